package org.fourpermille.hub.matching;

import java.time.Instant;

/**
 * One line of "my organisation's interests": the pair, who spoke first, where it stands, and whether it
 * was sent by the caller's organisation ({@code outgoing}) or received.
 */
public record InterestRow(long id, String projectTitle, String offerTitle, String fromOrganisation, String toOrganisation,
                          boolean outgoing, InterestStatus status, InterestOutcome outcome, Instant createdAt) {
}
