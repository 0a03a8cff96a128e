package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fourpermille.hub.matching.engine.Exclusion;
import org.fourpermille.hub.matching.engine.Side;
import org.fourpermille.hub.matching.engine.Weights;

/**
 * The other side ranked for one project (the open offers) or one offer (the projects shown to partners).
 *
 * @param side       the side of the subject: PROJECT for "matches for this project"
 * @param subject    the project's or offer's card, or null when it cannot be matched now (a project whose
 *                   organisation is not active; an offer withdrawn, past its deadline or of an inactive organisation)
 * @param results    the best candidates, best first
 * @param candidates how many candidates there are today (open offers, or projects visible beyond their organisation)
 * @param eligible   how many of them pass every filter
 * @param exclusions how many candidates each filter left out
 * @param weights    the weights the scores were computed with
 * @param practices  the practices' names by code
 * @param generation the catalogue's generation
 */
public record Matches<S extends Card, C extends Card>(Side side, long subjectId, S subject, List<Ranked<C>> results,
                                                      int candidates, int eligible, Map<Exclusion, Integer> exclusions,
                                                      Weights weights, Map<String, PracticeLabel> practices, long generation)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public Matches {
        results = List.copyOf(results);
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        counts.putAll(exclusions);
        exclusions = Collections.unmodifiableMap(counts);
        practices = Map.copyOf(practices);
    }

    /** Whether the subject can be matched now (for an offer: whether it is open). */
    public boolean isMatchable() {
        return subject != null;
    }
}
