package org.fourpermille.hub.matching.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.fourpermille.hub.membership.Region;

/** Checks and normalises the codes profiles are built from, and turns them into masks. */
final class Codes {

    /** SDGs take bits 0..16 of a goal mask, the strategic objectives A..F bits 17..22. */
    static final int SDG_COUNT = 17;
    static final String OBJECTIVES = "ABCDEF";

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final ConcurrentHashMap<String, Integer> REGION_BITS = new ConcurrentHashMap<>();

    private Codes() {
    }

    static Set<String> countries(Collection<String> values) {
        Set<String> countries = new TreeSet<>();
        for (String value : values) {
            String country = value.strip().toUpperCase(Locale.ROOT);
            require(COUNTRY.matcher(country).matches(), "not an ISO 3166-1 alpha-2 country code: " + value);
            countries.add(country);
        }
        return Collections.unmodifiableSet(countries);
    }

    static Set<String> languages(Collection<String> values) {
        Set<String> languages = new TreeSet<>();
        for (String value : values) {
            String language = value.strip().toLowerCase(Locale.ROOT);
            require(LANGUAGE.matcher(language).matches(), "not an ISO 639 language code: " + value);
            languages.add(language);
        }
        return Collections.unmodifiableSet(languages);
    }

    static Set<String> practices(Collection<String> values) {
        Set<String> practices = new TreeSet<>();
        for (String value : values) {
            String practice = value.strip();
            require(!practice.isEmpty(), "a practice code is blank");
            practices.add(practice);
        }
        return Collections.unmodifiableSet(practices);
    }

    static Set<Integer> sdgs(Collection<Integer> values) {
        Set<Integer> sdgs = new TreeSet<>();
        for (Integer sdg : values) {
            require(sdg != null && sdg >= 1 && sdg <= SDG_COUNT, "not an SDG: " + sdg);
            sdgs.add(sdg);
        }
        return Collections.unmodifiableSet(sdgs);
    }

    static Set<String> objectives(Collection<String> values) {
        Set<String> objectives = new TreeSet<>();
        for (String value : values) {
            String objective = value.strip().toUpperCase(Locale.ROOT);
            require(objective.length() == 1 && OBJECTIVES.contains(objective), "not a strategic objective (A..F): " + value);
            objectives.add(objective);
        }
        return Collections.unmodifiableSet(objectives);
    }

    static String currency(String value) {
        String currency = value.strip().toUpperCase(Locale.ROOT);
        require(CURRENCY.matcher(currency).matches(), "not an ISO 4217 currency code: " + value);
        return currency;
    }

    /**
     * The currency of a profile's amounts, checked with them: a project's funding sought is not negative, an
     * offer's ticket range is positive and in order. Null when there is no amount.
     */
    static String money(Side side, BigDecimal minimum, BigDecimal maximum, String code) {
        if (minimum == null && maximum == null) {
            return null;
        }
        if (side == Side.PROJECT) {
            require(minimum.signum() >= 0, "funding sought is negative: " + minimum);
            require(code != null, "funding sought without a currency");
        } else {
            require(code != null, "a ticket size without a currency");
            require(minimum == null || minimum.signum() >= 0, "negative minimum ticket: " + minimum);
            require(maximum == null || maximum.signum() > 0, "maximum ticket not positive: " + maximum);
            require(minimum == null || maximum == null || minimum.compareTo(maximum) <= 0,
                    "minimum ticket above the maximum: " + minimum + " > " + maximum);
        }
        return currency(code);
    }

    static <E extends Enum<E>> Set<E> enums(Class<E> type, Collection<E> values) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E value : values) {
            require(value != null, "a null " + type.getSimpleName());
            set.add(value);
        }
        return Collections.unmodifiableSet(set);
    }

    static int mask(Collection<? extends Enum<?>> values) {
        int mask = 0;
        for (Enum<?> value : values) {
            mask |= 1 << value.ordinal();
        }
        return mask;
    }

    static int goalMask(Set<Integer> sdgs, Set<String> objectives) {
        int mask = 0;
        for (int sdg : sdgs) {
            mask |= 1 << (sdg - 1);
        }
        for (String objective : objectives) {
            mask |= 1 << (SDG_COUNT + OBJECTIVES.indexOf(objective));
        }
        return mask;
    }

    /** The goals of a mask as shown in an explanation: "SDG13" for an SDG, "B" for a strategic objective. */
    static List<String> goals(int mask) {
        List<String> goals = new ArrayList<>();
        for (int bit = 0; bit < SDG_COUNT + OBJECTIVES.length(); bit++) {
            if ((mask & (1 << bit)) != 0) {
                goals.add(bit < SDG_COUNT ? "SDG" + (bit + 1) : String.valueOf(OBJECTIVES.charAt(bit - SDG_COUNT)));
            }
        }
        return goals;
    }

    /** The regions of these countries, as a mask; ICU is asked once per country and node. */
    static int regionMask(Set<String> countries) {
        int mask = 0;
        for (String country : countries) {
            mask |= REGION_BITS.computeIfAbsent(country, c -> Region.of(c).map(region -> 1 << region.ordinal()).orElse(0));
        }
        return mask;
    }

    static <E extends Enum<E>> List<String> names(E[] constants, int mask) {
        List<String> names = new ArrayList<>();
        for (E constant : constants) {
            if ((mask & (1 << constant.ordinal())) != 0) {
                names.add(constant.name());
            }
        }
        return names;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
