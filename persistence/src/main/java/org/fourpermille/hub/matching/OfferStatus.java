package org.fourpermille.hub.matching;

/** A published offer is open until its deadline (computed, see {@link SupportOffer#isOpen}); a withdrawn one never again. */
public enum OfferStatus {
    PUBLISHED,
    WITHDRAWN
}
