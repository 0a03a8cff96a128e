package org.fourpermille.hub.matching.engine;

import static org.fourpermille.hub.matching.engine.Fixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The generator repeats itself for one seed and makes data on which every filter and criterion has work. */
class MatchingDataGeneratorTest {

    @Test
    void one_seed_gives_the_same_profiles_another_different_ones() {
        assertEquals(new MatchingDataGenerator(42).projects(200, 1), new MatchingDataGenerator(42).projects(200, 1));
        assertEquals(new MatchingDataGenerator(42).offers(200, 1, TODAY), new MatchingDataGenerator(42).offers(200, 1, TODAY));
        assertNotEquals(new MatchingDataGenerator(42).projects(200, 1), new MatchingDataGenerator(43).projects(200, 1));
    }

    @Test
    void ids_follow_from_the_first() {
        List<Profile> offers = new MatchingDataGenerator(1).offers(3, 500, TODAY);
        assertEquals(List.of(500L, 501L, 502L), offers.stream().map(Profile::id).toList());
    }

    @Test
    void the_data_exercises_every_filter_and_leaves_plenty_eligible() {
        MatchingDataGenerator generator = new MatchingDataGenerator(42);
        List<Profile> offers = generator.offers(2000, 1, TODAY);
        List<Profile> projects = generator.projects(200, 1);
        Map<Exclusion, Integer> reasons = new EnumMap<>(Exclusion.class);
        long eligible = 0;
        for (Profile project : projects) {
            Ranking ranking = MatchingEngine.rank(project, offers, Weights.DEFAULTS, MatchingDataGenerator.rates(), TODAY, 10);
            eligible += ranking.eligible();
            ranking.exclusions().forEach((reason, count) -> reasons.merge(reason, count, Integer::sum));
            assertTrue(ranking.matches().isEmpty() || ranking.matches().get(0).score() > 0);
        }
        double share = eligible / (double) (offers.size() * projects.size());
        assertTrue(share > 0.05 && share < 0.6, "share of eligible pairs: " + share);
        for (Exclusion reason : Exclusion.values()) {
            if (reason != Exclusion.RATE_MISSING) {
                assertTrue(reasons.getOrDefault(reason, 0) > 0, reason + " never excludes: " + reasons);
            }
        }
        assertEquals(0, reasons.getOrDefault(Exclusion.RATE_MISSING, 0), "the generator's rates cover its currencies");
    }
}
