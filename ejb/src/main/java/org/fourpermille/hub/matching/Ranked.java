package org.fourpermille.hub.matching;

import java.io.Serializable;

import org.fourpermille.hub.matching.engine.Match;

/** A project or an offer in a ranking: its place, its card and the explained score. */
public record Ranked<C extends Card>(int rank, C card, Match match) implements Serializable {

    private static final long serialVersionUID = 1L;
}
