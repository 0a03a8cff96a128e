package org.fourpermille.hub.matching.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One ranked candidate (an offer for a project, or a project for an offer) and why it ranks there.
 * An excluded candidate, listed only when asked, has its {@link #exclusion()} and no criteria.
 *
 * @param id        the candidate's id
 * @param score     0..100, the weighted share of the criteria met, rounded
 * @param share     the same share, unrounded, 0..1
 * @param criteria  every criterion, in the order of {@link Criterion}
 * @param exclusion the first filter the pair failed, or null when eligible
 */
public record Match(long id, int score, double share, List<CriterionResult> criteria, Exclusion exclusion) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Match {
        criteria = List.copyOf(criteria);
    }

    static Match excluded(long id, Exclusion exclusion) {
        return new Match(id, 0, 0, List.of(), exclusion);
    }

    public boolean eligible() {
        return exclusion == null;
    }

    /** The criteria fully met, weight above zero. */
    public List<CriterionResult> met() {
        List<CriterionResult> met = new ArrayList<>();
        for (CriterionResult result : criteria) {
            if (result.weight() > 0 && result.met()) {
                met.add(result);
            }
        }
        return met;
    }

    /** The criteria partly met, weight above zero. */
    public List<CriterionResult> partlyMet() {
        List<CriterionResult> partly = new ArrayList<>();
        for (CriterionResult result : criteria) {
            if (result.weight() > 0 && result.partlyMet()) {
                partly.add(result);
            }
        }
        return partly;
    }

    /** The criteria missed, weight above zero. */
    public List<CriterionResult> missed() {
        List<CriterionResult> missed = new ArrayList<>();
        for (CriterionResult result : criteria) {
            if (result.weight() > 0 && result.missed()) {
                missed.add(result);
            }
        }
        return missed;
    }

    /** The result for one criterion. */
    public CriterionResult criterion(Criterion criterion) {
        for (CriterionResult result : criteria) {
            if (result.criterion() == criterion) {
                return result;
            }
        }
        throw new IllegalArgumentException("no " + criterion + " in an excluded match");
    }
}
