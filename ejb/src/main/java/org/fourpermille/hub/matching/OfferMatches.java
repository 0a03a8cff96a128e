package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fourpermille.hub.matching.engine.Exclusion;
import org.fourpermille.hub.matching.engine.Weights;

/**
 * The projects ranked for one offer.
 *
 * @param offer      the offer, or null when it is not open (withdrawn, past its deadline, organisation not active)
 * @param projects   the best projects, best first
 * @param visible    how many projects are visible beyond their organisation (the candidates)
 * @param eligible   how many of them pass every filter
 * @param exclusions how many candidates each filter left out
 * @param weights    the weights the scores were computed with
 * @param practices  the practices' names by code
 */
public record OfferMatches(long offerId, OfferCard offer, List<RankedProject> projects, int visible, int eligible,
                           Map<Exclusion, Integer> exclusions, Weights weights, Map<String, PracticeLabel> practices,
                           long generation) implements Serializable {

    private static final long serialVersionUID = 1L;

    public OfferMatches {
        projects = List.copyOf(projects);
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        counts.putAll(exclusions);
        exclusions = Collections.unmodifiableMap(counts);
        practices = Map.copyOf(practices);
    }

    public boolean isOpen() {
        return offer != null;
    }
}
