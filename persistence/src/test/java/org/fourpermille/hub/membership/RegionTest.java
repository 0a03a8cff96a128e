package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void countries_fall_in_the_regions_the_reports_use() {
        assertEquals(Optional.of(Region.EUROPE), Region.of("FR"));
        assertEquals(Optional.of(Region.AFRICA), Region.of("sn"));
        assertEquals(Optional.of(Region.ASIA), Region.of("IN"));
        assertEquals(Optional.of(Region.OCEANIA), Region.of("AU"));
        assertEquals(Optional.of(Region.NORTHERN_AMERICA), Region.of("CA"));
        assertEquals(Optional.of(Region.NORTHERN_AMERICA), Region.of("US"));
        assertEquals(Optional.of(Region.LATIN_AMERICA_CARIBBEAN), Region.of("MX"));
        assertEquals(Optional.of(Region.LATIN_AMERICA_CARIBBEAN), Region.of("AR"));
        assertEquals(Optional.of(Region.LATIN_AMERICA_CARIBBEAN), Region.of("HT"));
    }

    @Test
    void every_country_of_the_form_has_a_region_and_only_one() {
        List<String> without = Stream.of(Locale.getISOCountries()).filter(c -> Region.of(c).isEmpty()).toList();
        assertEquals(List.of(), without, "countries without a region");
        long placed = Stream.of(Region.values()).mapToLong(r -> r.countries().size()).sum();
        assertEquals(Locale.getISOCountries().length, placed);
        assertTrue(Region.EUROPE.countries().contains("DE"));
    }

    @Test
    void unknown_or_missing_codes_have_no_region() {
        assertEquals(Optional.empty(), Region.of(null));
        assertEquals(Optional.empty(), Region.of("ZZ"));
        assertEquals(Optional.empty(), Region.of("not a country"));
    }
}
