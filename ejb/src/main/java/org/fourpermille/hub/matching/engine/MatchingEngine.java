package org.fourpermille.hub.matching.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Ranks the offers for a project and the projects for an offer, in one loop over the other side. Both
 * directions apply the same filters
 * and criteria to each pair (see {@link Exclusion} and {@link Criterion}), so a pair scores the same
 * whichever side asks. The loop over the candidates allocates nothing: filters and scores read
 * precomputed masks and the best {@code limit} are kept in a bounded heap; explanations are built only
 * for those.
 *
 * <pre>
 * Ranking ranking = MatchingEngine.rank(project, openOffers, weights, rates, LocalDate.now(), 20);
 * for (Match match : ranking.matches()) { ... match.score(), match.met(), match.missed() ... }
 * </pre>
 */
public final class MatchingEngine {

    /** Scores are ordered on the share times this, so shares equal to nine digits tie and go by id. */
    private static final double KEY_SCALE = 1e9;

    private MatchingEngine() {
    }

    /** The best {@code limit} eligible candidates of the other side for a project or an offer, best first. */
    public static Ranking rank(Profile subject, List<Profile> candidates, Weights weights, Rates rates, LocalDate today,
                               int limit) {
        return rank(subject, candidates, weights, rates, today, limit, false);
    }

    /** As {@link #rank(Profile, List, Weights, Rates, LocalDate, int)}, listing the excluded candidates too if asked. */
    public static Ranking rank(Profile subject, List<Profile> candidates, Weights weights, Rates rates, LocalDate today,
                               int limit, boolean listExcluded) {
        Objects.requireNonNull(subject, "subject");
        List<Profile> indexed = indexed(candidates);
        Run run = new Run(weights, rates, today, limit, indexed.size(), listExcluded);
        boolean forProject = subject.side() == Side.PROJECT;
        for (int i = 0; i < indexed.size(); i++) {
            Profile candidate = indexed.get(i);
            Codes.require(candidate.side() != subject.side(), "a " + candidate.side() + " ranked for a " + subject.side());
            run.consider(forProject ? subject : candidate, forProject ? candidate : subject, candidate.id(), i);
        }
        List<Match> matches = new ArrayList<>();
        for (int slot : run.top.drainBestFirst()) {
            Profile candidate = indexed.get(slot);
            matches.add(run.explain(forProject ? subject : candidate, forProject ? candidate : subject, candidate.id()));
        }
        return run.ranking(matches);
    }

    /** How one pair fares, explained, whether eligible or not; for a page about a single pair. */
    public static Match evaluate(Profile project, Profile offer, Weights weights, Rates rates, LocalDate today) {
        Codes.require(project.side() == Side.PROJECT && offer.side() == Side.OFFER, "not a project and an offer");
        Run run = new Run(weights, rates, today, 1, 1, false);
        Exclusion exclusion = Fit.exclusion(project, offer, run.day, rates);
        return exclusion != null ? Match.excluded(offer.id(), exclusion) : run.explain(project, offer, offer.id());
    }

    private static <T> List<T> indexed(List<T> candidates) {
        return candidates instanceof RandomAccess ? candidates : List.copyOf(candidates);
    }

    /** The state of one ranking: parameters, counters and the heap. */
    private static final class Run {
        final Weights weights;
        final int[] weightArray;
        final int total;
        final Rates rates;
        final long day;
        final TopK top;
        final int candidates;
        final int[] excludedBy = new int[Exclusion.values().length];
        final List<Match> excluded;
        int eligible;

        Run(Weights weights, Rates rates, LocalDate today, int limit, int candidates, boolean listExcluded) {
            if (limit < 1) {
                throw new IllegalArgumentException("limit below 1: " + limit);
            }
            this.weights = Objects.requireNonNull(weights, "weights");
            this.weightArray = weights.byOrdinal();
            this.total = weights.total();
            this.rates = Objects.requireNonNull(rates, "rates");
            this.day = today.toEpochDay();
            this.top = new TopK(Math.min(limit, candidates));
            this.candidates = candidates;
            this.excluded = listExcluded ? new ArrayList<>() : null;
        }

        void consider(Profile project, Profile offer, long id, int slot) {
            Exclusion exclusion = Fit.exclusion(project, offer, day, rates);
            if (exclusion != null) {
                excludedBy[exclusion.ordinal()]++;
                if (excluded != null) {
                    excluded.add(Match.excluded(id, exclusion));
                }
                return;
            }
            eligible++;
            top.offer(Math.round(Fit.share(project, offer, weightArray, total) * KEY_SCALE), id, slot);
        }

        Match explain(Profile project, Profile offer, long id) {
            double share = Fit.share(project, offer, weightArray, total);
            return new Match(id, (int) Math.round(share * 100), share, Fit.explain(project, offer, weights), null);
        }

        Ranking ranking(List<Match> matches) {
            Map<Exclusion, Integer> counts = new EnumMap<>(Exclusion.class);
            for (Exclusion exclusion : Exclusion.values()) {
                if (excludedBy[exclusion.ordinal()] > 0) {
                    counts.put(exclusion, excludedBy[exclusion.ordinal()]);
                }
            }
            List<Match> excludedById = List.of();
            if (excluded != null) {
                excluded.sort(Comparator.comparingLong(Match::id));
                excludedById = excluded;
            }
            return new Ranking(matches, candidates, eligible, counts, excludedById);
        }
    }
}
