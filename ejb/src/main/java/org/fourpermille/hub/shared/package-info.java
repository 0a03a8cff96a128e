/**
 * Services every feature relies on: the database migration at start-up, the audit log, the request's
 * origin, the clock and the demo data of the one-command run.
 */
package org.fourpermille.hub.shared;
