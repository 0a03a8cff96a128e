package org.fourpermille.hub.membership;

/** The steps in an application's history. Stored by name: never rename a constant. */
public enum ApplicationEventType {
    CREATED,
    DOCUMENT_ADDED,
    DOCUMENT_REMOVED,
    SUBMITTED,
    RESUBMITTED,
    INFO_REQUESTED,
    RECOMMENDED,
    APPROVED,
    REJECTED,
    REOPENED
}
