/**
 * Services every feature relies on and that know no feature: the database migration at start-up, the
 * audit log, the request's origin, the clock, file content checks. Mail is {@code shared.mail}; the demo
 * data of the one-command run is its own package, {@code demo}.
 */
package org.fourpermille.hub.shared;
