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

    /** Whether only an appointment gives this role (a current STC term), never an administrator. */
    public boolean isByAppointment() {
        return this == STC_EXPERT;
    }

    /** The roles an administrator may give by hand. */
    public static Role[] givenByHand() {
        return java.util.Arrays.stream(values()).filter(r -> !r.isByAppointment()).toArray(Role[]::new);
    }
}
