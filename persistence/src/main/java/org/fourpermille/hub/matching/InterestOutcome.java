package org.fourpermille.hub.matching;

/** How the conversation of an accepted interest ended: not yet, an agreement, or not pursued. */
public enum InterestOutcome {
    NONE,
    AGREEMENT,
    NOT_PURSUED
}
