package org.fourpermille.hub.matching;

/** What a project looks for on the Projects Interface. */
public enum Need {
    FUNDING,
    TECHNICAL_EXPERTISE,
    PARTNERS,
    TRAINING,
    MRV_SUPPORT
}
