package org.fourpermille.hub.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.Query;

import org.fourpermille.hub.membership.Region;

/**
 * A WHERE clause over array columns, built condition by condition with numbered parameters. Native SQL
 * because JPQL knows nothing of {@code = ANY(array)} and {@code &&}; the list pages then load the
 * entities of one page by id.
 */
final class SqlFilter {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds a condition whose {@code ?} placeholders take the values in order. */
    SqlFilter where(String condition, Object... values) {
        StringBuilder numbered = new StringBuilder();
        int next = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                parameters.add(values[next++]);
                numbered.append('?').append(parameters.size());
            } else {
                numbered.append(c);
            }
        }
        conditions.add(numbered.toString());
        return this;
    }

    /**
     * The array literal of a region's countries, for {@code column && ...}. Written into the SQL (the codes
     * come from ICU and are checked to be two capital letters), as the driver binds no array through a
     * native query of EclipseLink reliably.
     */
    static String countriesOf(Region region) {
        List<String> codes = region.countries().stream().filter(c -> COUNTRY.matcher(c).matches()).toList();
        return "'{" + String.join(",", codes) + "}'::text[]";
    }

    String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    int nextParameter() {
        return parameters.size() + 1;
    }

    Query bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
