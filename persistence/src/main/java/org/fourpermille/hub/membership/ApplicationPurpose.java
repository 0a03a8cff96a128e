package org.fourpermille.hub.membership;

/**
 * Why an application was made: to join the Initiative, or for a Partner organisation to become a Member
 * (it signs the governance declaration and goes through the same review). Stored by name.
 */
public enum ApplicationPurpose {
    JOIN,
    UPGRADE
}
