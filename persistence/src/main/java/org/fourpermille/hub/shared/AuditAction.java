package org.fourpermille.hub.shared;

/** Kinds of audited events. Stored by name: never rename a constant, add new ones. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGN_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    ACCOUNT_INVITED,
    INVITATION_ACCEPTED,
    ROLES_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED
}
