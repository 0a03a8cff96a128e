/**
 * Signing in (with a throttle shared by all nodes), passwords (policy, hashing, reset and invitation
 * links), preferences, and the administration of accounts and roles. {@code Invitations} invites a
 * person for every flow that brings one in (approval, a colleague, an administrator's invitation);
 * accepting fires {@code InvitationAccepted}, which features above observe in the same transaction.
 */
package org.fourpermille.hub.identity;
