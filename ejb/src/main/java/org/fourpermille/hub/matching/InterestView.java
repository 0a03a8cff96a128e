package org.fourpermille.hub.matching;

import java.util.List;

/**
 * The conversation page of one interest: the interest, its messages, and what the caller may do now.
 *
 * @param mayDecide the caller speaks for the receiving organisation and the interest is pending
 * @param mayWithdraw the caller speaks for the organisation that sent it and it is pending
 * @param mayWrite the interest is accepted and the caller speaks for one of the two organisations
 * @param mayRecordOutcome as {@code mayWrite}, and no outcome yet
 */
public record InterestView(Interest interest, String projectTitle, List<MessageRow> messages, boolean mayDecide,
                           boolean mayWithdraw, boolean mayWrite, boolean mayRecordOutcome) {

    /** A message as shown: author, their organisation, text and the attached file's name (or null). */
    public record MessageRow(long id, String authorName, String organisationName, String body, String attachmentName,
                             java.time.Instant createdAt) {
    }
}
