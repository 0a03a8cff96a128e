package org.fourpermille.hub.membership;

public enum MembershipLevel {
    /** Signed the declaration of intent on shared objectives. */
    PARTNER,
    /** Also signed the declaration on governance; sits in the Consortium. */
    MEMBER
}
