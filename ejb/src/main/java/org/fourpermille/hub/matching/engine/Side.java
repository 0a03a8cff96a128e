package org.fourpermille.hub.matching.engine;

/**
 * The two sides of matching: a project looks for support, an offer gives it. A ranking is asked for one
 * side and lists the other; the rules of a pair read the same whichever side asks.
 */
public enum Side {
    PROJECT,
    OFFER;

    /** The side a ranking for this one lists. */
    public Side other() {
        return this == PROJECT ? OFFER : PROJECT;
    }
}
