package org.fourpermille.hub.membership;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.ibm.icu.util.Region.RegionType;

/**
 * The world regions the directory and the statistics group countries by: the continents of the UN M49
 * standard, with the Americas split into Northern America and Latin America and the Caribbean, as the
 * UN and the Initiative's reports do. Which country lies where comes from ICU's copy of M49, not from a
 * hand-kept list.
 */
public enum Region {
    AFRICA,
    ASIA,
    EUROPE,
    LATIN_AMERICA_CARIBBEAN,
    NORTHERN_AMERICA,
    OCEANIA;

    private static final Map<Region, Set<String>> COUNTRIES = new EnumMap<>(Region.class);

    static {
        for (Region region : values()) {
            COUNTRIES.put(region, new TreeSet<>());
        }
        for (String country : Locale.getISOCountries()) {
            of(country).ifPresent(region -> COUNTRIES.get(region).add(country));
        }
    }

    /** The region of an ISO 3166-1 alpha-2 country code, if ICU places it in one (Antarctica is in none). */
    public static java.util.Optional<Region> of(String country) {
        if (country == null) {
            return java.util.Optional.empty();
        }
        com.ibm.icu.util.Region place;
        try {
            place = com.ibm.icu.util.Region.getInstance(country.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
        com.ibm.icu.util.Region continent = place.getContainingRegion(RegionType.CONTINENT);
        if (continent == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(switch (continent.toString()) {
            case "002" -> AFRICA;
            case "142" -> ASIA;
            case "150" -> EUROPE;
            case "009" -> OCEANIA;
            case "019" -> isNorthernAmerica(place) ? NORTHERN_AMERICA : LATIN_AMERICA_CARIBBEAN;
            default -> null;
        });
    }

    private static boolean isNorthernAmerica(com.ibm.icu.util.Region place) {
        com.ibm.icu.util.Region subcontinent = place.getContainingRegion(RegionType.SUBCONTINENT);
        return subcontinent != null && "021".equals(subcontinent.toString());
    }

    /** The ISO codes of the countries in this region, sorted. */
    public List<String> countries() {
        return List.copyOf(COUNTRIES.get(this));
    }
}
