package org.fourpermille.hub.identity;

public enum AccountStatus {
    /** Created by an invitation; no password yet. */
    INVITED,
    ACTIVE,
    /** Cannot sign in; kept for the history. */
    DISABLED
}
