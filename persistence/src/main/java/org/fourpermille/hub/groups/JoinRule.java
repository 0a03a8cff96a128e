package org.fourpermille.hub.groups;

/** How a person comes into a group. */
public enum JoinRule {
    /** Follows the organisation: its type (a College), funders (Funders), Member level (Consortium). */
    AUTOMATIC,
    /** Any partner joins or leaves at will (Interfaces). */
    OPEN,
    /** A person asks; a facilitator of the group accepts or declines (Task Forces, individuals). */
    ON_REQUEST,
    /** The secretariat appoints for a term (STC, Bureau). */
    APPOINTED
}
