package org.fourpermille.hub.groups;

import java.util.List;

/**
 * One consultation as the caller may see it now. What is hidden is null, never an empty stand-in:
 * {@code results} and {@code quorumMet} until closing; {@code turnout} before closing except for staff;
 * {@code voters} (the organisations that voted, never how) except for staff.
 *
 * @param myVote   the option the caller's organisation chose, or null
 * @param myVoteBy the representative of the caller's organisation whose vote stands (the last to vote), or null
 * @param myVoteAt when that vote was cast or last changed, or null
 * @param mayVote  the caller may cast or change their organisation's vote now
 */
public record ConsultationView(Consultation consultation, ConsultationStatus status, GroupPass pass, boolean mayVote,
                               Long myVote, String myVoteBy, java.time.Instant myVoteAt, Long turnout, List<OptionResult> results, Boolean quorumMet,
                               List<String> voters) {

    public boolean isClosed() {
        return status == ConsultationStatus.CLOSED;
    }
}
