package org.fourpermille.hub.membership;

/** Where a proposed change of name or type stands. Stored by name: never rename a constant. */
public enum OrganisationChangeStatus {
    PENDING,
    APPROVED,
    REJECTED
}
