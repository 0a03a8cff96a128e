package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class DirectoryFilterTest {

    private static final Pattern PARAMETER = Pattern.compile(":([a-zA-Z]+)");

    @Test
    void an_empty_filter_shows_the_active_organisations_only() {
        assertEquals(" WHERE o.status = :status", DirectoryFilter.ALL.where());
        assertEquals(Map.of("status", OrganisationStatus.ACTIVE), DirectoryFilter.ALL.parameters());
    }

    @Test
    void every_part_of_the_filter_adds_its_condition_and_binds_what_it_names() {
        DirectoryFilter filter = new DirectoryFilter(" Fundación ", OrganisationType.FUNDER, "ar", Region.LATIN_AMERICA_CARIBBEAN,
                MembershipLevel.PARTNER, College.PUBLIC, OrganisationStatus.SUSPENDED);
        String where = filter.where();
        Map<String, Object> parameters = filter.parameters();
        Matcher names = PARAMETER.matcher(where);
        while (names.find()) {
            assertTrue(parameters.containsKey(names.group(1)), "unbound :" + names.group(1) + " in " + where);
        }
        assertEquals("%fundacion%", parameters.get("text"));
        assertEquals("AR", parameters.get("country"));
        assertEquals(OrganisationStatus.SUSPENDED, parameters.get("status"));
        assertEquals(List.of(OrganisationType.STATE_OR_LOCAL_GOVERNMENT, OrganisationType.INTERNATIONAL_ORGANISATION,
                OrganisationType.FUNDER), parameters.get("collegeTypes"));
        @SuppressWarnings("unchecked")
        List<String> countries = (List<String>) parameters.get("regionCountries");
        assertTrue(countries.contains("AR") && countries.contains("BR") && !countries.contains("US"), countries.toString());
        assertTrue(where.contains("o.acronym"), "the acronym is searched too: " + where);
    }

    @Test
    void partners_see_active_organisations_whatever_status_they_ask_for() {
        DirectoryFilter asked = new DirectoryFilter("sol", null, null, null, null, null, OrganisationStatus.WITHDRAWN);
        DirectoryFilter allowed = asked.activeOnly();
        assertEquals(OrganisationStatus.ACTIVE, allowed.parameters().get("status"));
        assertEquals("sol", allowed.text());
    }

    @Test
    void blank_fields_and_groups_that_are_no_college_are_ignored() {
        DirectoryFilter filter = new DirectoryFilter("   ", null, " ", null, null, College.ofCode("CONSORTIUM").orElse(null), null);
        assertNull(filter.text());
        assertNull(filter.country());
        assertNull(filter.college());
        assertEquals(DirectoryFilter.ALL, filter);
        assertEquals(5, DirectoryFilter.colleges().size());
        assertTrue(College.ofCode("FUNDERS").isEmpty());
        assertEquals(College.PUBLIC, College.ofCode("COLLEGE_PUBLIC").orElseThrow());
    }

    @Test
    void a_very_long_search_text_is_cut() {
        DirectoryFilter filter = new DirectoryFilter("x".repeat(500), null, null, null, null, null, null);
        assertEquals(DirectoryFilter.TEXT_LENGTH, filter.text().length());
    }
}
