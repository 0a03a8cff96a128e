package org.fourpermille.hub.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.MembershipLevel;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

/** The rules of a project, without a database. */
class ProjectRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Set<String> PRACTICES = Set.of("AGROFORESTRY", "COVER_CROPS", "BIOCHAR");
    private static final Set<String> CURRENCIES = Set.of("EUR", "XOF", "USD");

    private static final Organisation OWNER = new Organisation("Sols Vivants", "SV", OrganisationType.CIVIL_SOCIETY, "SN", null,
            MembershipLevel.PARTNER, LocalDate.of(2016, 3, 1));
    private static final Organisation OTHER = new Organisation("Terres Fertiles", null, OrganisationType.FUNDER, "FR", null,
            MembershipLevel.PARTNER, LocalDate.of(2017, 3, 1));
    private static final Account AWA = new Account("awa@sols-vivants.example", "Awa", SupportedLocale.FR, EnumSet.of(Role.PARTNER), NOW);

    /** A complete, acceptable form; tests change one value at a time. */
    private static Builder form() {
        return new Builder();
    }

    private static final class Builder {
        Map<SupportedLocale, LocalText> texts = Map.of(SupportedLocale.FR,
                new LocalText("Haies vives du bassin arachidier", "Des haies de Gliricidia autour de 400 parcelles."));
        ProjectStage stage = ProjectStage.SEEKING_FUNDING;
        List<String> countries = List.of("sn", "ML");
        Region region;
        Set<String> practices = Set.of("AGROFORESTRY");
        BigDecimal area = new BigDecimal("1200");
        Integer duration = 36;
        String currency = "XOF";
        BigDecimal budget = new BigDecimal("500000000");
        BigDecimal sought = new BigDecimal("350000000");
        BigDecimal baseline = new BigDecimal("18.5");
        Integer depth = 30;
        BigDecimal change = new BigDecimal("0.45");
        ProjectVisibility visibility = ProjectVisibility.DRAFT;

        ProjectDetails build() {
            return new ProjectDetails(texts, stage, region, CriteriaDetails.NONE.withCountries(countries)
                    .withClimateZones(Set.of(ClimateZone.TROPICAL_DRY)).withLandUses(Set.of(LandUse.CROPLAND, LandUse.AGROFORESTRY))
                    .withPractices(practices).withSdgs(Set.of(13, 2, 15)).withObjectives(Set.of(StrategicObjective.B)).withCurrency(currency),
                    area, duration, budget, sought, Set.of(Need.FUNDING, Need.MRV_SUPPORT), baseline, depth, change,
                    "Soil sampling at 0-30 cm every 3 years", visibility);
        }
    }

    private static Project create(ProjectDetails details) {
        return Project.create(OWNER, AWA, details, PRACTICES, CURRENCIES, NOW);
    }

    private static InvalidInputException refused(ProjectDetails details) {
        return assertThrows(InvalidInputException.class, () -> create(details));
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    private static List<String> keys(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void a_complete_form_gives_a_draft_with_canonical_codes_and_the_region_of_its_countries() {
        Project project = create(form().build());
        assertEquals(ProjectVisibility.DRAFT, project.getVisibility());
        assertEquals(List.of("ML", "SN"), project.getCriteria().getCountries());
        assertEquals(Region.AFRICA, project.getRegion(), "both countries lie in Africa");
        assertEquals(List.of(2, 13, 15), project.getCriteria().getSdgs());
        assertEquals(EnumSet.of(LandUse.CROPLAND, LandUse.AGROFORESTRY), project.getCriteria().getLandUses());
        assertEquals(new BigDecimal("1200.00"), project.getAreaHa());
        assertEquals(List.of(SupportedLocale.FR), project.getLanguages());
        assertEquals("Haies vives du bassin arachidier", project.title(Locale.ENGLISH), "the only text, whatever the language");
        assertTrue(project.isOwnedBy(OWNER));
        assertFalse(project.isOwnedBy(OTHER));
    }

    @Test
    void negative_area_funding_above_budget_and_implausible_soil_carbon_are_refused_each_on_its_field() {
        Builder form = form();
        form.area = new BigDecimal("-5");
        form.sought = new BigDecimal("600000000");
        form.change = new BigDecimal("12");
        form.baseline = new BigDecimal("1500");
        InvalidInputException refused = refused(form.build());
        assertEquals(List.of("area", "fundingSought", "baselineSoc", "expectedChange"), fields(refused));
        assertEquals(List.of("project.error.areaNotPositive", "project.error.soughtAboveBudget", "project.error.baselineSoc",
                "project.error.expectedChange"), keys(refused));
        assertEquals(List.of(new BigDecimal("-5"), new BigDecimal("10")), List.of(refused.problems().get(3).arguments()));
    }

    @Test
    void the_plausible_ranges_include_their_bounds_and_losses_down_to_five_tonnes() {
        Builder form = form();
        form.change = new BigDecimal("-5");
        form.baseline = new BigDecimal("1000");
        assertEquals(new BigDecimal("-5.000"), create(form.build()).getExpectedChange());
        form.change = new BigDecimal("-5.01");
        assertEquals(List.of("expectedChange"), fields(refused(form.build())));
        form.change = new BigDecimal("10");
        form.area = new BigDecimal("0");
        assertEquals(List.of("area"), fields(refused(form.build())));
        form.area = new BigDecimal("100000001");
        assertEquals(List.of("project.error.areaTooLarge"), keys(refused(form.build())));
    }

    @Test
    void a_baseline_stock_needs_its_depth_and_money_cannot_be_negative() {
        Builder form = form();
        form.depth = null;
        form.budget = new BigDecimal("-1");
        form.sought = null;
        InvalidInputException refused = refused(form.build());
        assertEquals(List.of("totalBudget", "baselineDepth"), fields(refused));
        assertEquals(List.of("matching.error.negativeAmount", "project.error.depthRequired"), keys(refused));
    }

    @Test
    void a_text_needs_both_title_and_summary_and_at_least_one_language_is_required() {
        Builder form = form();
        form.texts = Map.of(SupportedLocale.EN, new LocalText("Living hedges", "  "));
        assertEquals(List.of("summaryEn"), fields(refused(form.build())));
        form.texts = Map.of(SupportedLocale.ES, LocalText.EMPTY);
        assertEquals(List.of("project.error.textRequired"), keys(refused(form.build())));
    }

    @Test
    void countries_currency_practices_and_sdgs_come_from_their_lists() {
        Builder form = form();
        form.countries = List.of("SN", "XX");
        form.currency = "GBP";
        form.practices = Set.of("AGROFORESTRY", "MAGIC");
        InvalidInputException refused = refused(form.build());
        assertEquals(Set.of("countries", "currency", "practices"), Set.copyOf(fields(refused)));
        form = form();
        form.countries = List.of();
        assertEquals(List.of("project.error.countryRequired"), keys(refused(form.build())));
    }

    @Test
    void a_chosen_region_must_contain_the_countries() {
        Builder form = form();
        form.countries = List.of("SN", "FR");
        form.region = Region.AFRICA;
        InvalidInputException refused = refused(form.build());
        assertEquals(List.of("region"), fields(refused));
        assertEquals("FR", refused.problems().get(0).arguments()[0]);
        form.region = null;
        assertNull(create(form.build()).getRegion(), "two regions: none is recorded");
    }

    @Test
    void an_edit_that_is_refused_changes_nothing_and_a_retired_practice_stays_acceptable() {
        Project project = create(form().build());
        Builder form = form();
        form.texts = Map.of(SupportedLocale.EN, new LocalText("Living hedges", "Gliricidia hedges"));
        form.area = new BigDecimal("-1");
        assertThrows(InvalidInputException.class, () -> project.edit(form.build(), PRACTICES, CURRENCIES, NOW));
        assertEquals(new BigDecimal("1200.00"), project.getAreaHa());
        assertEquals(List.of(SupportedLocale.FR), project.getLanguages());

        form.area = new BigDecimal("900");
        project.edit(form.build(), Set.of("COVER_CROPS"), CURRENCIES, NOW.plusSeconds(60));
        assertEquals(List.of(SupportedLocale.EN), project.getLanguages(), "the French text was emptied, so removed");
        assertEquals(List.of("AGROFORESTRY"), project.getCriteria().getPractices(), "kept although no longer in the active list");
        assertEquals(NOW.plusSeconds(60), project.getUpdatedAt());
    }

    @Test
    void the_showcase_needs_a_positive_assessment_and_drafts_are_seen_by_their_organisation_and_staff_only() {
        Builder form = form();
        form.visibility = ProjectVisibility.SHOWCASE;
        assertEquals(List.of("project.error.showcaseNeedsAssessment"), keys(refused(form.build())));

        Project project = create(form().build());
        assertTrue(project.isVisibleTo(OWNER, false));
        assertFalse(project.isVisibleTo(OTHER, false));
        assertFalse(project.isVisibleTo(null, false));
        assertTrue(project.isVisibleTo(null, true));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> project.changeVisibility(ProjectVisibility.SHOWCASE, NOW));
        assertEquals("project.error.showcaseNeedsAssessment", refused.messageKey());

        project.changeVisibility(ProjectVisibility.PARTNERS, NOW);
        assertTrue(project.isVisibleTo(OTHER, false));
        project.recordPositiveAssessment(LocalDate.of(2026, 11, 20), NOW);
        assertEquals(ProjectVisibility.SHOWCASE, project.getVisibility(), "a positive assessment puts it in the showcase");
        project.changeVisibility(ProjectVisibility.DRAFT, NOW);
        assertEquals(ProjectVisibility.DRAFT, project.getVisibility(), "its owner may take it out");
        project.changeVisibility(ProjectVisibility.SHOWCASE, NOW);
        assertEquals(ProjectVisibility.SHOWCASE, project.getVisibility());
        project.withdrawAssessment(NOW);
        assertEquals(ProjectVisibility.PARTNERS, project.getVisibility());
    }

    @Test
    void the_form_shows_again_what_was_saved() {
        Project project = create(form().build());
        ProjectDetails details = project.details();
        assertEquals("Haies vives du bassin arachidier", details.text(SupportedLocale.FR).title());
        assertTrue(details.text(SupportedLocale.EN).isBlank());
        assertEquals(Set.of(2, 13, 15), details.criteria().sdgs());
        assertEquals(List.of("ML", "SN"), List.copyOf(details.criteria().countries()));
    }
}
