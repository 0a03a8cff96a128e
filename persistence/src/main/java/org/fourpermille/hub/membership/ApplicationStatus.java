package org.fourpermille.hub.membership;

/**
 * Where an application stands. The moves between them are methods of {@link MembershipApplication},
 * which refuse what the workflow does not allow.
 */
public enum ApplicationStatus {
    /** Being written by the applicant; only the applicant (through the emailed link) sees it. */
    DRAFT,
    /** Waiting for the secretariat. */
    SUBMITTED,
    /** The secretariat asked for more information; the applicant edits and resubmits. */
    INFO_REQUESTED,
    /** The secretariat recommends it to the Bureau or Consortium. */
    RECOMMENDED,
    APPROVED,
    REJECTED;

    /** Open applications count for the "one application per organisation" rule. */
    public boolean isOpen() {
        return this == SUBMITTED || this == INFO_REQUESTED || this == RECOMMENDED;
    }

    /** The applicant may change the form. */
    public boolean isEditable() {
        return this == DRAFT || this == INFO_REQUESTED;
    }
}
