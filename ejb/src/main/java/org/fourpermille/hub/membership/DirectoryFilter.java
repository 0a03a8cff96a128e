package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fourpermille.hub.shared.SearchText;

/**
 * What a person looks for in the directory of organisations; every part is optional. The text matches
 * the name or the acronym anywhere, whatever the case and the accents. Only the secretariat and
 * administrators may look at suspended or withdrawn organisations: for everyone else the service
 * applies {@link #activeOnly()}.
 *
 * @param text    part of the name or acronym
 * @param type    only this organisation type
 * @param country ISO 3166-1 alpha-2 code
 * @param region  only countries of this region
 * @param level   only Partners or only Members
 * @param college only the types that belong to this College (the page reads it with {@link College#ofCode}, so an address naming another group leaves the filter open)
 * @param status  ACTIVE when not given
 */
public record DirectoryFilter(String text, OrganisationType type, String country, Region region, MembershipLevel level,
                              College college, OrganisationStatus status) implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int TEXT_LENGTH = 100;
    public static final DirectoryFilter ALL = new DirectoryFilter(null, null, null, null, null, null, null);

    public DirectoryFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > TEXT_LENGTH) {
            text = text.substring(0, TEXT_LENGTH);
        }
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (status == null) {
            status = OrganisationStatus.ACTIVE;
        }
    }

    /** The Colleges organisations belong to through their type, in the order of {@link College}. */
    public static Set<College> colleges() {
        Set<College> colleges = EnumSet.noneOf(College.class);
        for (OrganisationType candidate : OrganisationType.values()) {
            colleges.add(candidate.college());
        }
        return colleges;
    }

    /** The same filter restricted to active organisations, the only ones partners see. */
    public DirectoryFilter activeOnly() {
        return new DirectoryFilter(text, type, country, region, level, college, OrganisationStatus.ACTIVE);
    }

    /** The JPQL condition on {@code o} (an Organisation), starting with " WHERE". */
    String where() {
        StringBuilder where = new StringBuilder(" WHERE o.status = :status");
        if (text != null) {
            where.append(" AND (").append(SearchText.folded("o.name")).append(" LIKE :text OR ")
                    .append(SearchText.folded("o.acronym")).append(" LIKE :text)");
        }
        if (type != null) {
            where.append(" AND o.type = :type");
        }
        if (country != null) {
            where.append(" AND o.country = :country");
        }
        if (region != null) {
            where.append(" AND o.country IN :regionCountries");
        }
        if (level != null) {
            where.append(" AND o.level = :level");
        }
        if (college != null) {
            where.append(" AND o.type IN :collegeTypes");
        }
        return where.toString();
    }

    /** The values of the parameters {@link #where()} names. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("status", status);
        if (text != null) {
            parameters.put("text", SearchText.foldedContaining(text));
        }
        if (type != null) {
            parameters.put("type", type);
        }
        if (country != null) {
            parameters.put("country", country);
        }
        if (region != null) {
            parameters.put("regionCountries", region.countries());
        }
        if (level != null) {
            parameters.put("level", level);
        }
        if (college != null) {
            parameters.put("collegeTypes", typesOf(college));
        }
        return parameters;
    }

    static List<OrganisationType> typesOf(College college) {
        return Arrays.stream(OrganisationType.values()).filter(t -> t.college() == college).toList();
    }
}
