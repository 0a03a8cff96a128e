package org.fourpermille.hub.matching.engine;

import static org.fourpermille.hub.matching.engine.Fixtures.TODAY;
import static org.fourpermille.hub.matching.engine.Fixtures.exclusion;
import static org.fourpermille.hub.matching.engine.Fixtures.offer;
import static org.fourpermille.hub.matching.engine.Fixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.fourpermille.hub.matching.ProjectStage;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;
import org.junit.jupiter.api.Test;

/** The hard filters, one at a time, against an offer that constrains nothing else. */
class FiltersTest {

    @Test
    void an_offer_that_states_nothing_takes_every_project() {
        assertNull(exclusion(project(1), offer(2)));
        assertNull(exclusion(Profile.project(1, OrganisationType.FUNDER, ProjectStage.IDEA), offer(2)),
                "even a project with nothing but its type and stage");
    }

    @Test
    void a_deadline_of_today_is_still_open_and_of_yesterday_is_closed() {
        assertNull(exclusion(project(1), offer(2).deadline(TODAY)));
        assertNull(exclusion(project(1), offer(2).deadline(TODAY.plusDays(30))));
        assertEquals(Exclusion.DEADLINE_PASSED, exclusion(project(1), offer(2).deadline(TODAY.minusDays(1))));
        assertTrue(offer(2).deadline(TODAY).build().isOpenOn(TODAY));
        assertFalse(offer(2).deadline(TODAY).build().isOpenOn(TODAY.plusDays(1)));
        assertTrue(offer(2).build().isOpenOn(TODAY.plusYears(50)), "no deadline: open for good");
    }

    @Test
    void the_stage_must_be_one_the_offer_lists() {
        assertNull(exclusion(project(1), offer(2).stages(Set.of(ProjectStage.SEEKING_FUNDING, ProjectStage.IMPLEMENTATION))));
        assertEquals(Exclusion.STAGE, exclusion(project(1), offer(2).stages(Set.of(ProjectStage.IDEA, ProjectStage.PREPARATION))));
    }

    @Test
    void the_owner_type_must_be_one_the_offer_lists() {
        assertNull(exclusion(project(1), offer(2).organisationTypes(Set.of(OrganisationType.CIVIL_SOCIETY))));
        assertEquals(Exclusion.ORGANISATION_TYPE,
                exclusion(project(1), offer(2).organisationTypes(Set.of(OrganisationType.FARMERS_ORGANISATION, OrganisationType.RESEARCH_EDUCATION))));
    }

    @Test
    void an_offer_for_some_countries_takes_projects_in_one_of_them() {
        assertNull(exclusion(project(1), offer(2).countries(Set.of("ML", "SN"))));
        assertEquals(Exclusion.GEOGRAPHY, exclusion(project(1), offer(2).countries(Set.of("ML", "BF"))));
        assertNull(exclusion(project(1).countries(Set.of("FR", "SN")), offer(2).countries(Set.of("sn"))),
                "one eligible country of a multi-country project is enough; codes in any case");
    }

    @Test
    void an_offer_for_a_region_takes_projects_whose_country_lies_in_it_or_that_name_it() {
        assertNull(exclusion(project(1), offer(2).regions(Set.of(Region.AFRICA))));
        assertEquals(Exclusion.GEOGRAPHY, exclusion(project(1), offer(2).regions(Set.of(Region.EUROPE, Region.ASIA))));
        assertNull(exclusion(project(1).countries(Set.of()).region(Region.AFRICA), offer(2).regions(Set.of(Region.AFRICA))),
                "a regional project without countries");
    }

    @Test
    void countries_and_regions_of_an_offer_add_up() {
        Profile.Builder franceOrAfrica = offer(2).countries(Set.of("FR")).regions(Set.of(Region.AFRICA));
        assertNull(exclusion(project(1), franceOrAfrica));
        assertNull(exclusion(project(1).countries(Set.of("FR")), franceOrAfrica));
        assertEquals(Exclusion.GEOGRAPHY, exclusion(project(1).countries(Set.of("DE")), franceOrAfrica));
    }

    @Test
    void a_project_that_names_no_place_fits_only_worldwide_offers() {
        Profile.Builder nowhere = project(1).countries(Set.of());
        assertNull(exclusion(nowhere, offer(2)));
        assertEquals(Exclusion.GEOGRAPHY, exclusion(nowhere, offer(2).regions(Set.of(Region.AFRICA))));
        assertEquals(Exclusion.GEOGRAPHY, exclusion(nowhere, offer(2).countries(Set.of("SN"))));
    }

    @Test
    void the_first_failing_filter_is_the_reason_given() {
        Profile.Builder everythingWrong = offer(2).deadline(TODAY.minusDays(3)).stages(Set.of(ProjectStage.IDEA))
                .organisationTypes(Set.of(OrganisationType.FUNDER)).countries(Set.of("FR"));
        assertEquals(Exclusion.DEADLINE_PASSED, exclusion(project(1), everythingWrong));
        assertEquals(Exclusion.STAGE, exclusion(project(1), everythingWrong.deadline(null)));
        assertEquals(Exclusion.ORGANISATION_TYPE, exclusion(project(1), everythingWrong.stages(Set.of())));
        assertEquals(Exclusion.GEOGRAPHY, exclusion(project(1), everythingWrong.organisationTypes(Set.of())));
        assertNull(exclusion(project(1), everythingWrong.countries(Set.of())));
    }

    @Test
    void the_filters_are_the_same_whichever_side_asks() {
        Profile project = project(1).build();
        Profile offer = offer(2).regions(Set.of(Region.EUROPE)).build();
        Ranking forProject = MatchingEngine.rank(project, java.util.List.of(offer), Weights.DEFAULTS, Fixtures.RATES, TODAY, 5, true);
        Ranking forOffer = MatchingEngine.rank(offer, java.util.List.of(project), Weights.DEFAULTS, Fixtures.RATES, TODAY, 5, true);
        assertEquals(Exclusion.GEOGRAPHY, forProject.excluded().get(0).exclusion());
        assertEquals(Exclusion.GEOGRAPHY, forOffer.excluded().get(0).exclusion());
        assertEquals(1L, forOffer.excluded().get(0).id(), "the project is named by its id");
    }
}
