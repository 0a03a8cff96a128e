package org.fourpermille.hub.matching.engine;

import static org.fourpermille.hub.matching.engine.Fixtures.offer;
import static org.fourpermille.hub.matching.engine.Fixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.fourpermille.hub.matching.ProjectStage;

/** Profiles, weights and rates check what they are given, once, when built. */
class ProfilesTest {

    @Test
    void codes_are_normalised_and_sorted() {
        Profile profile = project(1).countries(List.of(" sn", "FR ", "SN")).languages(List.of("EN", "fr"))
                .objectives(List.of("b", "A")).practices(List.of(" BIOCHAR ", "AGROFORESTRY")).fundingSought(BigDecimal.TEN, "usd").build();
        assertEquals(List.of("FR", "SN"), List.copyOf(profile.countries()));
        assertEquals(List.of("en", "fr"), List.copyOf(profile.languages()));
        assertEquals(List.of("A", "B"), List.copyOf(profile.objectives()));
        assertEquals(List.of("AGROFORESTRY", "BIOCHAR"), List.copyOf(profile.practices()));
        assertEquals("USD", profile.currency());
        assertThrows(UnsupportedOperationException.class, () -> profile.countries().add("ML"));
    }

    @Test
    void impossible_values_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> project(1).sdgs(Set.of(18)).build());
        assertThrows(IllegalArgumentException.class, () -> project(1).sdgs(Set.of(0)).build());
        assertThrows(IllegalArgumentException.class, () -> project(1).objectives(Set.of("G")).build());
        assertThrows(IllegalArgumentException.class, () -> project(1).countries(Set.of("SEN")).build());
        assertThrows(IllegalArgumentException.class, () -> project(1).languages(Set.of("french")).build());
        assertThrows(IllegalArgumentException.class, () -> project(1).practices(Set.of(" ")).build());
        assertThrows(IllegalArgumentException.class, () -> project(1).fundingSought(new BigDecimal("-1"), "EUR").build());
        assertThrows(IllegalArgumentException.class, () -> project(1).fundingSought(BigDecimal.TEN, null).build());
        assertThrows(IllegalArgumentException.class, () -> project(1).fundingSought(BigDecimal.TEN, "EURO").build());
        assertThrows(IllegalArgumentException.class,
                () -> offer(2).ticket(new BigDecimal("20"), new BigDecimal("10"), "EUR").build(), "minimum above maximum");
        assertThrows(IllegalArgumentException.class, () -> offer(2).ticket(BigDecimal.ONE, null, null).build());
        assertThrows(NullPointerException.class, () -> Profile.project(1, null, ProjectStage.IDEA));
    }

    @Test
    void a_minimum_equal_to_the_maximum_is_one_exact_ticket() {
        Profile exact = offer(2).ticket(new BigDecimal("5000"), new BigDecimal("5000.00"), "EUR").build();
        assertEquals(new BigDecimal("5000"), exact.ticketMin());
    }

    @Test
    void profiles_are_equal_by_their_content() {
        assertEquals(project(1).build(), project(1).build());
        assertTrue(!project(1).build().equals(project(1).assessed(true).build()));
        assertEquals(offer(2).languages(Set.of("fr")).build(), offer(2).languages(Set.of("FR")).build());
    }

    @Test
    void weights_stay_between_zero_and_the_maximum() {
        assertEquals(100, Weights.DEFAULTS.total());
        assertEquals(Weights.DEFAULTS, Weights.of(Weights.DEFAULTS.asMap()));
        assertThrows(IllegalArgumentException.class, () -> Weights.DEFAULTS.with(Criterion.LANGUAGE, -1));
        assertThrows(IllegalArgumentException.class, () -> Weights.DEFAULTS.with(Criterion.LANGUAGE, Weights.MAX + 1));
        assertEquals(0, Weights.of(Map.of(Criterion.PRACTICES, 5)).of(Criterion.LANGUAGE), "unnamed criteria weigh nothing");
        assertEquals(7, Weights.DEFAULTS.with(Criterion.LANGUAGE, 7).of(Criterion.LANGUAGE));
        assertEquals(15, Weights.DEFAULTS.of(Criterion.LANGUAGE), "with() leaves the original alone");
    }

    @Test
    void rates_always_know_the_euro_at_one_and_refuse_nonsense() {
        Rates rates = Rates.of(Map.of("usd", new BigDecimal("1.08")));
        assertTrue(rates.knows("EUR") && rates.knows("USD"));
        assertEquals(Optional.of(new BigDecimal("1.08")), rates.unitsPerEur("USD"));
        assertEquals(0, new BigDecimal("100").compareTo(rates.toEur(new BigDecimal("108"), "USD").orElseThrow()));
        assertEquals(Optional.empty(), rates.toEur(BigDecimal.ONE, "GBP"));
        assertThrows(IllegalArgumentException.class, () -> Rates.of(Map.of("USD", BigDecimal.ZERO)));
        assertThrows(IllegalArgumentException.class, () -> Rates.of(Map.of("EUR", new BigDecimal("1.1"))));
        assertThrows(IllegalArgumentException.class, () -> Rates.of(Map.of("US", BigDecimal.ONE)));
    }
}
