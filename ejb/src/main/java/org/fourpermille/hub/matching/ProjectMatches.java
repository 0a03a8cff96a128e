package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fourpermille.hub.matching.engine.Exclusion;
import org.fourpermille.hub.matching.engine.Weights;

/**
 * The open offers ranked for one project.
 *
 * @param project    the project, or null when it cannot be matched now (its organisation is not active)
 * @param offers     the best offers, best first
 * @param open       how many offers are open today
 * @param eligible   how many of them pass every filter
 * @param exclusions how many open offers each filter left out
 * @param weights    the weights the scores were computed with
 * @param practices  the practices' names by code
 * @param generation the catalogue's generation
 */
public record ProjectMatches(long projectId, ProjectCard project, List<RankedOffer> offers, int open, int eligible,
                             Map<Exclusion, Integer> exclusions, Weights weights, Map<String, PracticeLabel> practices,
                             long generation) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ProjectMatches {
        offers = List.copyOf(offers);
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        counts.putAll(exclusions);
        exclusions = Collections.unmodifiableMap(counts);
        practices = Map.copyOf(practices);
    }

    public boolean isMatchable() {
        return project != null;
    }
}
