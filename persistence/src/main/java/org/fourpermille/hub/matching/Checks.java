package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.fourpermille.hub.shared.FieldProblem;

/**
 * Checks and canonical forms of typed values shared by projects, offers and interests: criteria are stored as sorted lists of codes,
 * so that two equal choices are equal lists (EclipseLink finds changes by {@code equals}) and pages list
 * them in a stable order.
 */
final class Checks {

    /** numeric(18, 2): amounts stay under a thousand million million. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");
    static final int MAX_SDG = 17;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Checks() {
    }

    static String text(String value, String field, int maxLength, boolean required, List<FieldProblem> problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            if (required) {
                problems.add(FieldProblem.of(field, "error.required"));
            }
            return null;
        }
        if (clean.length() > maxLength) {
            problems.add(FieldProblem.of(field, "error.tooLong", maxLength));
        }
        return clean;
    }

    /** Upper-case ISO 3166-1 alpha-2 codes, sorted and without repeats; a problem for each unknown code. */
    static List<String> countries(Collection<String> values, String field, List<FieldProblem> problems) {
        TreeSet<String> clean = new TreeSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String code = value.strip().toUpperCase(Locale.ROOT);
            if (COUNTRIES.contains(code)) {
                clean.add(code);
            } else {
                problems.add(FieldProblem.of(field, "matching.error.country", value.strip()));
            }
        }
        return List.copyOf(clean);
    }

    static <E extends Enum<E>> List<String> codes(Collection<E> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).distinct().sorted().map(Enum::name).toList();
    }

    static <E extends Enum<E>> Set<E> enums(List<String> codes, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String code : codes) {
            try {
                set.add(Enum.valueOf(type, code));
            } catch (IllegalArgumentException retired) {
                // A constant removed from the code: the stored value is ignored, not fatal.
            }
        }
        return set;
    }

    /** Known codes of the reference list, sorted; a problem naming each unknown one. */
    static List<String> referenceCodes(Collection<String> values, Set<String> known, String field, List<FieldProblem> problems) {
        TreeSet<String> clean = new TreeSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (known.contains(value)) {
                clean.add(value);
            } else {
                problems.add(FieldProblem.of(field, "matching.error.unknownPractice", value));
            }
        }
        return List.copyOf(clean);
    }

    static List<Integer> sdgs(Collection<Integer> values, String field, List<FieldProblem> problems) {
        TreeSet<Integer> clean = new TreeSet<>();
        for (Integer value : values == null ? List.<Integer>of() : values) {
            if (value == null) {
                continue;
            }
            if (value < 1 || value > MAX_SDG) {
                problems.add(FieldProblem.of(field, "matching.error.sdg", MAX_SDG));
            } else {
                clean.add(value);
            }
        }
        return List.copyOf(clean);
    }

    static String currency(String value, Set<String> known, String field, List<FieldProblem> problems) {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            problems.add(FieldProblem.of(field, "error.required"));
            return null;
        }
        if (!known.contains(code)) {
            problems.add(FieldProblem.of(field, "matching.error.currency", code));
            return null;
        }
        return code;
    }

    /**
     * A money amount: not negative, below {@link #MAX_AMOUNT}, kept to the cent. Null stays null.
     */
    static BigDecimal amount(BigDecimal value, String field, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            problems.add(FieldProblem.of(field, "matching.error.negativeAmount"));
            return null;
        }
        if (value.compareTo(MAX_AMOUNT) >= 0) {
            problems.add(FieldProblem.of(field, "matching.error.amountTooLarge"));
            return null;
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    static boolean outside(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.compareTo(min) < 0 || value.compareTo(max) > 0;
    }
}
