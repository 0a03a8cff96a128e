package org.fourpermille.hub.matching.engine;

import static org.fourpermille.hub.matching.engine.Fixtures.RATES;
import static org.fourpermille.hub.matching.engine.Fixtures.TODAY;
import static org.fourpermille.hub.matching.engine.Fixtures.evaluate;
import static org.fourpermille.hub.matching.engine.Fixtures.offer;
import static org.fourpermille.hub.matching.engine.Fixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.fourpermille.hub.matching.ClimateZone;
import org.fourpermille.hub.matching.LandUse;

/** Each criterion's fraction and explanation, and how the weights make the score. */
class CriteriaTest {

    private static CriterionResult result(Profile.Builder project, Profile.Builder offer, Criterion criterion) {
        return evaluate(project.build(), offer.build()).criterion(criterion);
    }

    @Test
    void practices_count_the_share_in_common_over_the_shorter_list() {
        CriterionResult half = result(project(1).practices(Set.of("AGROFORESTRY", "COVER_CROPS")),
                offer(2).practices(Set.of("COVER_CROPS", "BIOCHAR", "WATER_MANAGEMENT")), Criterion.PRACTICES);
        assertEquals(0.5, half.fraction());
        assertTrue(half.partlyMet());
        assertEquals(List.of("COVER_CROPS"), half.common());

        CriterionResult specialist = result(project(1).practices(Set.of("AGROFORESTRY", "COVER_CROPS", "BIOCHAR")),
                offer(2).practices(Set.of("BIOCHAR")), Criterion.PRACTICES);
        assertTrue(specialist.met(), "an offer for biochar only fits a project that does biochar among other things");

        CriterionResult none = result(project(1), offer(2).practices(Set.of("BIOCHAR")), Criterion.PRACTICES);
        assertTrue(none.missed());
        assertEquals(List.of(), none.common());
    }

    @Test
    void an_empty_list_on_the_offer_is_open_and_on_the_project_is_missed() {
        CriterionResult open = result(project(1), offer(2), Criterion.PRACTICES);
        assertTrue(open.open() && open.partlyMet(), "no preference earns half: " + open);
        assertEquals(50, open.percent());
        CriterionResult nothingStated = result(project(1).practices(Set.of()), offer(2).practices(Set.of("BIOCHAR")), Criterion.PRACTICES);
        assertTrue(nothingStated.missed() && !nothingStated.open());
        assertTrue(result(project(1).practices(Set.of()), offer(2), Criterion.PRACTICES).open(), "both empty: the offer takes anything");
        assertTrue(result(project(1).climateZones(Set.of()), offer(2).climateZones(Set.of(ClimateZone.TROPICAL_DRY)),
                Criterion.CLIMATE_ZONE).missed());
        assertTrue(result(project(1).landUses(Set.of()), offer(2).landUses(Set.of(LandUse.CROPLAND)), Criterion.LAND_USE).missed());
        assertTrue(result(project(1).sdgs(Set.of()).objectives(Set.of()), offer(2).sdgs(Set.of(13)), Criterion.SDGS_OBJECTIVES).missed());
        assertTrue(result(project(1).languages(Set.of()), offer(2).languages(Set.of("fr")), Criterion.LANGUAGE).missed());
    }

    @Test
    void a_climate_zone_in_common_meets_the_criterion() {
        CriterionResult met = result(project(1).climateZones(Set.of(ClimateZone.TROPICAL_DRY, ClimateZone.TROPICAL_MOIST)),
                offer(2).climateZones(Set.of(ClimateZone.TROPICAL_MOIST, ClimateZone.TROPICAL_WET)), Criterion.CLIMATE_ZONE);
        assertTrue(met.met());
        assertEquals(List.of("TROPICAL_MOIST"), met.common());
        assertTrue(result(project(1), offer(2).climateZones(Set.of(ClimateZone.BOREAL_DRY)), Criterion.CLIMATE_ZONE).missed());
        assertTrue(result(project(1), offer(2), Criterion.CLIMATE_ZONE).open());
    }

    @Test
    void a_land_use_in_common_meets_the_criterion() {
        CriterionResult met = result(project(1).landUses(Set.of(LandUse.CROPLAND, LandUse.AGROFORESTRY)),
                offer(2).landUses(Set.of(LandUse.AGROFORESTRY)), Criterion.LAND_USE);
        assertTrue(met.met());
        assertEquals(List.of("AGROFORESTRY"), met.common());
        assertTrue(result(project(1), offer(2).landUses(Set.of(LandUse.WETLAND_PEATLAND)), Criterion.LAND_USE).missed());
    }

    @Test
    void sdgs_and_strategic_objectives_count_together() {
        CriterionResult result = result(project(1).sdgs(Set.of(2, 13, 15)).objectives(Set.of("B")),
                offer(2).sdgs(Set.of(13, 1)).objectives(Set.of("B", "E")), Criterion.SDGS_OBJECTIVES);
        // Project: SDG2, SDG13, SDG15, B (4); offer: SDG1, SDG13, B, E (4); in common SDG13 and B.
        assertEquals(0.5, result.fraction());
        assertEquals(List.of("SDG13", "B"), result.common());
        assertTrue(result(project(1).sdgs(Set.of(13)).objectives(Set.of()), offer(2).objectives(Set.of("B")), Criterion.SDGS_OBJECTIVES)
                .missed(), "an SDG is no objective");
    }

    @Test
    void one_language_in_common_is_enough() {
        CriterionResult met = result(project(1).languages(Set.of("fr", "en")), offer(2).languages(Set.of("EN", "es")), Criterion.LANGUAGE);
        assertTrue(met.met());
        assertEquals(List.of("en"), met.common());
        assertTrue(result(project(1), offer(2).languages(Set.of("es")), Criterion.LANGUAGE).missed());
    }

    @Test
    void a_positive_assessment_meets_its_criterion_whatever_the_offer() {
        assertTrue(result(project(1).assessed(true), offer(2), Criterion.ASSESSMENT).met());
        CriterionResult notAssessed = result(project(1), offer(2), Criterion.ASSESSMENT);
        assertTrue(notAssessed.missed());
        assertFalse(notAssessed.open());
    }

    @Test
    void the_score_is_the_weighted_share_of_the_criteria_met() {
        // Defaults 30/15/15/15/15/10. The offer takes anything (half of 90) and the project is not assessed: 45.
        assertEquals(45, evaluate(project(1).build(), offer(2).build()).score());
        assertEquals(55, evaluate(project(1).assessed(true).build(), offer(2).build()).score());
        // Half the practices (15 of 30), a wrong zone (0 of 15), three open criteria (half of 45): 37.5, shown as 38.
        Match match = evaluate(project(1).build(),
                offer(2).practices(Set.of("COVER_CROPS", "BIOCHAR")).climateZones(Set.of(ClimateZone.BOREAL_DRY)).build());
        assertEquals(38, match.score());
        assertEquals(0.375, match.share(), 1e-12);
        assertEquals(List.of(), match.met());
        assertEquals(List.of(Criterion.PRACTICES, Criterion.LAND_USE, Criterion.SDGS_OBJECTIVES, Criterion.LANGUAGE),
                match.partlyMet().stream().map(CriterionResult::criterion).toList());
        // The same with the land use, goals and language named as the project's: 15 + 45 = 60.
        Match named = evaluate(project(1).build(), offer(2).practices(Set.of("COVER_CROPS", "BIOCHAR"))
                .climateZones(Set.of(ClimateZone.BOREAL_DRY)).landUses(Set.of(LandUse.CROPLAND)).sdgs(Set.of(13))
                .languages(Set.of("fr")).build());
        assertEquals(List.of(Criterion.LAND_USE, Criterion.SDGS_OBJECTIVES, Criterion.LANGUAGE),
                named.met().stream().map(CriterionResult::criterion).toList(), named.toString());
        assertEquals(60, named.score());
        assertEquals(List.of(Criterion.CLIMATE_ZONE, Criterion.ASSESSMENT), match.missed().stream().map(CriterionResult::criterion).toList());
        assertEquals(30, match.criterion(Criterion.PRACTICES).weight());
        assertEquals(50, match.criterion(Criterion.PRACTICES).percent());
    }

    @Test
    void weights_change_the_score_and_zero_weights_leave_the_explanation() {
        Weights onlyAssessment = Weights.of(Map.of(Criterion.ASSESSMENT, 5));
        Match notAssessed = MatchingEngine.evaluate(project(1).build(), offer(2).build(), onlyAssessment, RATES, TODAY);
        assertEquals(0, notAssessed.score());
        assertEquals(6, notAssessed.criteria().size(), "every criterion is still explained");
        assertEquals(List.of(), notAssessed.met(), "criteria of weight 0 are neither met nor missed for the reader");
        assertEquals(1, notAssessed.missed().size());

        Weights none = Weights.of(Map.of());
        assertEquals(0, MatchingEngine.evaluate(project(1).assessed(true).build(), offer(2).build(), none, RATES, TODAY).score());
    }

    @Test
    void fractions_of_a_point_round_to_the_nearest_whole_score() {
        // Practices 1 of 3 met (project has three, offer three with one shared): 30 * 1/3 = 10; half of the four open ones: 40.
        Match match = evaluate(project(1).practices(Set.of("AGROFORESTRY", "COVER_CROPS", "BIOCHAR")).build(),
                offer(2).practices(Set.of("BIOCHAR", "MULCHING", "COMPOSTING")).build());
        assertEquals(40, match.score());
        Weights thirds = Weights.of(Map.of(Criterion.PRACTICES, 1, Criterion.CLIMATE_ZONE, 1, Criterion.ASSESSMENT, 1));
        // Two open criteria of three, each for half, the project not assessed: 1/3.
        assertEquals(33, MatchingEngine.evaluate(project(1).build(), offer(2).build(), thirds, RATES, TODAY).score());
    }

    @Test
    void an_excluded_pair_has_its_reason_and_no_score() {
        Match excluded = evaluate(project(1).build(), offer(2).countries(Set.of("FR")).build());
        assertFalse(excluded.eligible());
        assertEquals(Exclusion.GEOGRAPHY, excluded.exclusion());
        assertEquals(0, excluded.score());
        assertEquals(List.of(), excluded.criteria());
    }
}
