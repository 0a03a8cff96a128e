package org.fourpermille.hub.matching.engine;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a ranking: the best eligible candidates, best first (equal scores by ascending id), and
 * the counts a page shows beside them.
 *
 * @param matches    at most the limit asked, best first
 * @param candidates how many candidates were looked at
 * @param eligible   how many passed every filter (may exceed the matches listed)
 * @param exclusions how many each filter excluded (only reasons that excluded someone)
 * @param excluded   the excluded candidates by ascending id, with their reason, when asked; otherwise empty
 */
public record Ranking(List<Match> matches, int candidates, int eligible, Map<Exclusion, Integer> exclusions, List<Match> excluded)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public Ranking {
        matches = List.copyOf(matches);
        Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
        counts.putAll(exclusions);
        exclusions = Collections.unmodifiableMap(counts);
        excluded = List.copyOf(excluded);
    }

    /** The ids of the matches, best first. */
    public List<Long> ids() {
        return matches.stream().map(Match::id).toList();
    }
}
