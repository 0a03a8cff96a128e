package org.fourpermille.hub.matching;

import java.io.Serializable;

import org.fourpermille.hub.matching.engine.Match;

/** An offer in a project's ranking: its place, its card and the explained score. */
public record RankedOffer(int rank, OfferCard offer, Match match) implements Serializable {

    private static final long serialVersionUID = 1L;
}
