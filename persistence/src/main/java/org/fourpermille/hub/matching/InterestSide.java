package org.fourpermille.hub.matching;

/** Which side of a (project, offer) pair spoke first: the project's organisation or the offer's. */
public enum InterestSide {
    PROJECT,
    OFFER
}
