package org.fourpermille.hub.identity;

public enum TokenPurpose {
    PASSWORD_RESET,
    INVITATION
}
