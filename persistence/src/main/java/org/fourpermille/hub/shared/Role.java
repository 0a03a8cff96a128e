package org.fourpermille.hub.shared;

/**
 * Platform roles, the groups returned by the identity store and checked by {@code @RolesAllowed}.
 * Group roles (facilitator, chair, ...) are data of the groups feature, not constants here.
 */
public enum Role {
    PARTNER,
    MEMBER,
    SECRETARIAT,
    STC_EXPERT,
    ADMIN;

    // Constant strings for annotations, which cannot use enum names.
    public static final String PARTNER_NAME = "PARTNER";
    public static final String MEMBER_NAME = "MEMBER";
    public static final String SECRETARIAT_NAME = "SECRETARIAT";
    public static final String STC_EXPERT_NAME = "STC_EXPERT";
    public static final String ADMIN_NAME = "ADMIN";
}
