/**
 * Signing in (with a throttle shared by all nodes), passwords (policy, hashing, reset and invitation
 * links), preferences, and the administration of accounts and roles.
 */
package org.fourpermille.hub.identity;
