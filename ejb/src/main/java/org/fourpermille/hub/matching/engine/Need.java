package org.fourpermille.hub.matching.engine;

/** What a project looks for besides a place in a ranking. */
public enum Need {
    FUNDING,
    TECHNICAL_EXPERTISE,
    PARTNERS,
    TRAINING,
    MRV_SUPPORT
}
