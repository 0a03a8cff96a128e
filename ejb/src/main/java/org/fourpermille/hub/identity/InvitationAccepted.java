package org.fourpermille.hub.identity;

import java.time.Instant;

/**
 * Fired when an invited person sets their first password. Observers run synchronously, inside the
 * transaction that activates the account, so what they write stands or falls with it: membership
 * records the step in the organisation's timeline without identity knowing organisations.
 */
public record InvitationAccepted(Account account, Instant at) {
}
