package org.fourpermille.hub.membership;

/** The legal form an applicant declares. Only non-commercial organisations can become Members. */
public enum LegalStatus {
    NON_PROFIT,
    COMMERCIAL,
    PUBLIC
}
