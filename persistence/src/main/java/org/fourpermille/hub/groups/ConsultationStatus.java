package org.fourpermille.hub.groups;

/** Where a consultation stands, read from the clock: before it opens, while votes are taken, after. */
public enum ConsultationStatus {
    DRAFT,
    OPEN,
    CLOSED
}
