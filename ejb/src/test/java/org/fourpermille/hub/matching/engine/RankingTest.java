package org.fourpermille.hub.matching.engine;

import static org.fourpermille.hub.matching.engine.Fixtures.RATES;
import static org.fourpermille.hub.matching.engine.Fixtures.TODAY;
import static org.fourpermille.hub.matching.engine.Fixtures.offer;
import static org.fourpermille.hub.matching.engine.Fixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpermille.hub.matching.ClimateZone;
import org.fourpermille.hub.membership.Region;
import org.junit.jupiter.api.Test;

/** Order, ties, limits and counts of a ranking, in both directions. */
class RankingTest {

    private static final Profile STRONG = offer(10).practices(Set.of("AGROFORESTRY", "COVER_CROPS"))
            .climateZones(Set.of(ClimateZone.TROPICAL_DRY)).languages(Set.of("fr")).build();
    private static final Profile WEAK = offer(20).practices(Set.of("BIOCHAR"))
            .climateZones(Set.of(ClimateZone.BOREAL_MOIST)).languages(Set.of("es")).build();
    private static final Profile MIDDLE = offer(30).practices(Set.of("COVER_CROPS", "BIOCHAR")).build();
    private static final Profile CLOSED = offer(40).deadline(TODAY.minusDays(1)).build();
    private static final Profile ELSEWHERE = offer(50).regions(Set.of(Region.ASIA)).build();

    @Test
    void offers_come_best_first_and_the_ineligible_are_left_out() {
        Ranking ranking = MatchingEngine.rank(project(1).build(), List.of(WEAK, CLOSED, STRONG, ELSEWHERE, MIDDLE),
                Weights.DEFAULTS, RATES, TODAY, 10);
        assertEquals(List.of(10L, 30L, 20L), ranking.ids());
        assertEquals(5, ranking.candidates());
        assertEquals(3, ranking.eligible());
        assertEquals(Map.of(Exclusion.DEADLINE_PASSED, 1, Exclusion.GEOGRAPHY, 1), ranking.exclusions());
        assertEquals(List.of(), ranking.excluded(), "not asked for");
        List<Match> matches = ranking.matches();
        assertTrue(matches.get(0).score() > matches.get(1).score() && matches.get(1).score() > matches.get(2).score(),
                matches.toString());
    }

    @Test
    void an_offer_that_names_what_the_project_does_comes_before_one_open_to_anything() {
        Profile anything = offer(60).build();
        Profile named = offer(70).practices(Set.of("AGROFORESTRY")).climateZones(Set.of(ClimateZone.TROPICAL_DRY)).build();
        Ranking ranking = MatchingEngine.rank(project(1).build(), List.of(anything, named), Weights.DEFAULTS, RATES, TODAY, 10);
        assertEquals(List.of(70L, 60L), ranking.ids());
        assertTrue(ranking.matches().get(1).score() > 0, "the open offer stays eligible and scored");
    }

    @Test
    void the_excluded_are_listed_by_id_with_their_reason_when_asked() {
        Ranking ranking = MatchingEngine.rank(project(1).build(), List.of(ELSEWHERE, STRONG, CLOSED),
                Weights.DEFAULTS, RATES, TODAY, 10, true);
        assertEquals(List.of(40L, 50L), ranking.excluded().stream().map(Match::id).toList());
        assertEquals(List.of(Exclusion.DEADLINE_PASSED, Exclusion.GEOGRAPHY), ranking.excluded().stream().map(Match::exclusion).toList());
        assertEquals(List.of(10L), ranking.ids());
    }

    @Test
    void equal_scores_go_by_ascending_id_whatever_the_input_order() {
        List<Profile> same = new ArrayList<>();
        for (long id : new long[] {7, 3, 9, 1, 5}) {
            same.add(offer(id).build());
        }
        assertEquals(List.of(1L, 3L, 5L, 7L, 9L),
                MatchingEngine.rank(project(1).build(), same, Weights.DEFAULTS, RATES, TODAY, 10).ids());
        assertEquals(List.of(1L, 3L),
                MatchingEngine.rank(project(1).build(), same, Weights.DEFAULTS, RATES, TODAY, 2).ids(), "the limit keeps the lowest ids");
    }

    @Test
    void the_limit_keeps_the_best_and_counts_every_eligible() {
        Ranking top1 = MatchingEngine.rank(project(1).build(), List.of(WEAK, MIDDLE, STRONG), Weights.DEFAULTS, RATES, TODAY, 1);
        assertEquals(List.of(10L), top1.ids());
        assertEquals(3, top1.eligible());
        assertThrows(IllegalArgumentException.class,
                () -> MatchingEngine.rank(project(1).build(), List.of(STRONG), Weights.DEFAULTS, RATES, TODAY, 0));
    }

    @Test
    void changing_the_weights_changes_the_order() {
        // For a project written in Spanish: one offer shares its practices but works in French only,
        // the other shares no practice but works in Spanish.
        Profile spanish = project(1).languages(Set.of("es")).build();
        Profile frenchOnly = offer(30).practices(Set.of("COVER_CROPS", "AGROFORESTRY")).languages(Set.of("fr")).build();
        Profile spanishOnly = offer(20).practices(Set.of("BIOCHAR")).languages(Set.of("es")).build();
        assertEquals(List.of(30L, 20L),
                MatchingEngine.rank(spanish, List.of(spanishOnly, frenchOnly), Weights.DEFAULTS, RATES, TODAY, 5).ids());
        Weights languageFirst = Weights.DEFAULTS.with(Criterion.LANGUAGE, 100).with(Criterion.PRACTICES, 5);
        assertEquals(List.of(20L, 30L),
                MatchingEngine.rank(spanish, List.of(spanishOnly, frenchOnly), languageFirst, RATES, TODAY, 5).ids());
    }

    @Test
    void projects_are_ranked_for_an_offer_with_the_same_scores() {
        Profile fits = project(1).build();
        Profile assessed = project(2).assessed(true).build();
        Profile elsewhere = project(3).countries(Set.of("CN")).build();
        Profile otherPractices = project(4).practices(Set.of("BIOCHAR")).build();
        Profile africa = offer(10).regions(Set.of(Region.AFRICA)).practices(Set.of("AGROFORESTRY")).build();
        Ranking ranking = MatchingEngine.rank(africa, List.of(otherPractices, elsewhere, fits, assessed),
                Weights.DEFAULTS, RATES, TODAY, 10);
        assertEquals(List.of(2L, 1L, 4L), ranking.ids());
        assertEquals(Map.of(Exclusion.GEOGRAPHY, 1), ranking.exclusions());
        for (Match match : ranking.matches()) {
            Profile project = List.of(fits, assessed, otherPractices).stream().filter(p -> p.id() == match.id()).findFirst().orElseThrow();
            Match fromTheProject = MatchingEngine.evaluate(project, africa, Weights.DEFAULTS, RATES, TODAY);
            assertEquals(fromTheProject.share(), match.share(), "the pair scores the same from either side");
            assertEquals(fromTheProject.criteria(), match.criteria());
        }
    }

    @Test
    void a_closed_offer_has_no_projects() {
        Ranking ranking = MatchingEngine.rank(CLOSED, List.of(project(1).build(), project(2).build()),
                Weights.DEFAULTS, RATES, TODAY, 10);
        assertEquals(List.of(), ranking.matches());
        assertEquals(Map.of(Exclusion.DEADLINE_PASSED, 2), ranking.exclusions());
    }

    @Test
    void nothing_to_rank_gives_an_empty_ranking() {
        Ranking ranking = MatchingEngine.rank(project(1).build(), List.of(), Weights.DEFAULTS, RATES, TODAY, 20);
        assertEquals(List.of(), ranking.matches());
        assertEquals(0, ranking.candidates());
    }

    @Test
    void the_bounded_heap_gives_the_same_order_as_sorting_everything() {
        MatchingDataGenerator generator = new MatchingDataGenerator(7);
        List<Profile> offers = generator.offers(3000, 1, TODAY);
        Rates rates = MatchingDataGenerator.rates();
        for (Profile project : generator.projects(25, 1)) {
            List<Match> everything = new ArrayList<>();
            for (Profile offer : offers) {
                Match match = MatchingEngine.evaluate(project, offer, Weights.DEFAULTS, rates, TODAY);
                if (match.eligible()) {
                    everything.add(match);
                }
            }
            // Shares equal to nine digits are equal scores (sums of thirds may differ in the last bit).
            everything.sort(Comparator.comparingLong((Match m) -> -Math.round(m.share() * 1e9)).thenComparingLong(Match::id));
            Ranking ranking = MatchingEngine.rank(project, offers, Weights.DEFAULTS, rates, TODAY, 20);
            List<Long> expected = everything.stream().limit(20).map(Match::id).toList();
            assertEquals(expected, ranking.ids(), "project " + project);
            assertEquals(everything.size(), ranking.eligible());
            assertEquals(offers.size(), ranking.eligible() + ranking.exclusions().values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    @Test
    void a_list_without_random_access_is_ranked_the_same() {
        List<Profile> linked = new LinkedList<>(List.of(WEAK, MIDDLE, STRONG));
        assertEquals(List.of(10L, 30L, 20L), MatchingEngine.rank(project(1).build(), linked, Weights.DEFAULTS, RATES, TODAY, 10).ids());
    }
}
