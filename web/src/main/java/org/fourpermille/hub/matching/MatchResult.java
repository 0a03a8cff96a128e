package org.fourpermille.hub.matching;

import java.util.List;

/**
 * A project or an offer in a ranking, as the page prints it: every text already in the reader's language.
 *
 * @param language the language of the title (its {@code lang})
 * @param tags     an offer's instruments, or a project's stage and its assessment mark
 * @param facts    an offer's ticket and deadline, or the funding a project seeks; null when there is nothing to say
 * @param interest the query of the "express interest" form for the pair
 * @param pair     the pair's open interest or agreement, or null: then no second interest is offered
 * @param pairText what the card says of it ("interest open since ...", "agreed on ..."), or null
 */
public record MatchResult(int rank, long id, String title, String language, String organisation, List<String> tags,
                          String facts, int score, List<CriterionLine> lines, String interest, PairState pair, String pairText) {

    /** "open" or "agreed" (the card's data attribute), or "" without an interest. */
    public String pairKind() {
        return pair == null ? "" : pair.agreed() ? "agreed" : "open";
    }
}
