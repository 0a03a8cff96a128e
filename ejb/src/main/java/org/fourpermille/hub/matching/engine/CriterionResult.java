package org.fourpermille.hub.matching.engine;

import java.io.Serializable;
import java.util.List;

/**
 * How one criterion went for a pair: what it weighs, how much of it was met, and what the two sides
 * have in common, which is what a person reads to see why a result ranks where it does.
 *
 * @param criterion the criterion
 * @param weight    its weight when the score was computed
 * @param fraction  0 (missed) to 1 (met); half when open
 * @param open      the offer states nothing for this criterion and so accepts anything, for half the weight
 * @param common    what both sides share: practice codes, zone or land use names, language codes,
 *                  "SDG13"-style SDGs and "A".."F" objectives; empty when open or missed
 */
public record CriterionResult(Criterion criterion, int weight, double fraction, boolean open, List<String> common)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public CriterionResult {
        common = List.copyOf(common);
    }

    public boolean met() {
        return fraction >= 1;
    }

    public boolean missed() {
        return fraction <= 0;
    }

    public boolean partlyMet() {
        return !met() && !missed();
    }

    /** The fraction as a whole percentage, for display. */
    public int percent() {
        return (int) Math.round(fraction * 100);
    }
}
