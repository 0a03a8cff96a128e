package org.fourpermille.hub.membership;

import static org.fourpermille.hub.membership.RegistryRowsTest.HEADER;
import static org.fourpermille.hub.membership.RegistryRowsTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.fourpermille.hub.membership.RegistryPlan.Action;
import org.fourpermille.hub.membership.RegistryProblem.Kind;
import org.junit.jupiter.api.Test;

/** What the lines of a registry file do to the organisations already in the registry, and the export's round trip. */
class RegistryPlanTest {

    private static final LocalDate JOINED = LocalDate.of(2016, 3, 1);

    private static Organisation ngo() {
        return new Organisation("Sols Vivants", "SV", OrganisationType.CIVIL_SOCIETY, "SN", "https://www.solsvivants.org",
                MembershipLevel.MEMBER, JOINED);
    }

    private static Organisation company() {
        return new Organisation("TerraCarbon Solutions", "TCS", OrganisationType.PRIVATE_COMPANY, "FR", null,
                MembershipLevel.PARTNER, JOINED);
    }

    private static List<Action> actions(RegistryPlan plan) {
        return plan.steps().stream().map(RegistryPlan.Step::action).toList();
    }

    @Test
    void a_line_is_an_existing_organisation_by_country_and_name_or_website_otherwise_a_new_one() {
        Organisation ngo = ngo();
        RegistryPlan plan = RegistryPlan.of(parse(HEADER
                + "SOLS VIVANTS,SV,CIVIL_SOCIETY,SN,,MEMBER,2016-03-01,NON_PROFIT,ACTIVE\n"
                + "Living Soils,SV,CIVIL_SOCIETY,SN,solsvivants.org/en,MEMBER,2016-03-01,,\n"
                + "Sols Vivants,SV,CIVIL_SOCIETY,ML,,,2016-03-01,,\n"
                + "Suelos Vivos,SV,CIVIL_SOCIETY,ML,http://solsvivants.org,,2016-03-01,,\n"), List.of(ngo));

        assertEquals(List.of(RegistryProblem.of(3, null, Kind.SAME_EXISTING, 2, "Sols Vivants")), plan.problems(),
                "two lines cannot both be the same organisation of the registry");
        assertEquals(List.of(Action.UPDATE, Action.CREATE, Action.CREATE), actions(plan));
        assertSame(ngo, plan.steps().get(0).existing(), "matched by name, whatever its case");
        assertEquals(List.of("name", "website"), ngo.registryDifferences(plan.steps().get(0).entry()));
        assertNull(plan.steps().get(1).existing(), "the same name in another country is another organisation");
        assertNull(plan.steps().get(2).existing(), "the same website in another country is another organisation");
    }

    @Test
    void changed_values_update_and_blank_optional_values_keep_the_current_ones() {
        Organisation ngo = ngo();
        ngo.suspend("secretariat@example.org", "Unpaid", java.time.Instant.now());
        RegistryPlan plan = RegistryPlan.of(parse(HEADER
                + "Sols Vivants (SV),SV,CIVIL_SOCIETY,SN,www.solsvivants.org,,2016-03-01,,\n"), List.of(ngo));

        assertEquals(List.of(Action.UPDATE), actions(plan));
        RegistryEntry entry = plan.steps().get(0).entry();
        assertEquals(MembershipLevel.MEMBER, entry.level(), "a blank level keeps the current one");
        assertEquals(OrganisationStatus.SUSPENDED, entry.status(), "a blank status never reinstates");
        assertEquals(List.of("name"), ngo.registryDifferences(entry));
    }

    @Test
    void a_column_the_file_lacks_leaves_its_values_alone_but_a_blank_cell_of_a_present_column_clears_them() {
        Organisation ngo = ngo();
        RegistryPlan without = RegistryPlan.of(parse("name,type,country,joined_on\nSols Vivants,CIVIL_SOCIETY,SN,2016-03-01\n"),
                List.of(ngo));
        RegistryPlan blank = RegistryPlan.of(parse(HEADER + "Sols Vivants,,CIVIL_SOCIETY,SN,,,2016-03-01,,\n"), List.of(ngo));

        assertEquals(List.of(Action.UNCHANGED), actions(without));
        assertEquals(List.of(Action.UPDATE), actions(blank));
        assertEquals(List.of("acronym", "website"), ngo.registryDifferences(blank.steps().get(0).entry()));
    }

    @Test
    void new_organisations_get_the_defaults_partner_active_and_the_legal_status_of_their_type() {
        RegistryPlan plan = RegistryPlan.of(parse(HEADER
                + "Ministère de l'Utopie,,STATE_OR_LOCAL_GOVERNMENT,FR,,,2016-03-01,,\n"), List.of());

        RegistryEntry entry = plan.steps().get(0).entry();
        assertEquals(MembershipLevel.PARTNER, entry.level());
        assertEquals(OrganisationStatus.ACTIVE, entry.status());
        assertEquals(LegalStatus.PUBLIC, entry.legalStatus());
    }

    @Test
    void a_member_cannot_be_commercial_by_type_or_by_legal_status_written_or_kept() {
        Organisation commercialNgo = Organisation.fromRegistry(new RegistryEntry("Green Trade", null,
                OrganisationType.CIVIL_SOCIETY, "KE", null, MembershipLevel.PARTNER, JOINED, LegalStatus.COMMERCIAL,
                OrganisationStatus.ACTIVE));
        RegistryPlan plan = RegistryPlan.of(parse(HEADER
                + "New Company,,PRIVATE_COMPANY,FR,,MEMBER,2016-03-01,,\n"
                + "New Association,,CIVIL_SOCIETY,FR,,MEMBER,2016-03-01,COMMERCIAL,\n"
                + "Green Trade,,CIVIL_SOCIETY,KE,,MEMBER,2016-03-01,,\n"), List.of(commercialNgo));

        assertEquals(List.of(RegistryProblem.of(2, "level", Kind.MEMBER_COMMERCIAL),
                RegistryProblem.of(3, "level", Kind.MEMBER_COMMERCIAL),
                RegistryProblem.of(4, "level", Kind.MEMBER_COMMERCIAL)), plan.problems());
        assertTrue(plan.steps().isEmpty());
    }

    @Test
    void a_line_matching_two_organisations_of_the_registry_is_refused() {
        Organisation first = ngo();
        Organisation second = new Organisation("Terre Vivante", null, OrganisationType.CIVIL_SOCIETY, "SN",
                "https://terrevivante.sn", MembershipLevel.PARTNER, JOINED);
        RegistryPlan plan = RegistryPlan.of(parse(HEADER
                + "Sols Vivants,SV,CIVIL_SOCIETY,SN,terrevivante.sn,MEMBER,2016-03-01,,\n"), List.of(first, second));

        assertEquals(List.of(RegistryProblem.of(2, null, Kind.AMBIGUOUS, "Sols Vivants", "Terre Vivante")), plan.problems());
    }

    @Test
    void importing_the_export_changes_nothing_whatever_the_names_hold() {
        Organisation tricky = new Organisation("=HYPERLINK(\"x\"), \"Les Amis\"; de la Terre", "-AT", OrganisationType.CIVIL_SOCIETY,
                "CI", "https://amis.example.org/sols?a=1,2", MembershipLevel.MEMBER, JOINED);
        List<Organisation> registry = List.of(ngo(), company(), tricky);

        byte[] csv = RegistryCsv.write(registry);
        RegistryRows read = RegistryRows.parse(csv, RegistryLabels.empty(), RegistryRowsTest.TODAY);
        RegistryPlan plan = RegistryPlan.of(read, registry);

        assertEquals(List.of(), read.problems());
        assertEquals(List.of(), plan.problems());
        assertEquals(List.of(Action.UNCHANGED, Action.UNCHANGED, Action.UNCHANGED), actions(plan));
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFname,acronym,type,country,website,level,joined_on,legal_status,status,region\r\n"), text);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"x\"\"), \"\"Les Amis\"\"; de la Terre\""),
                "a name a spreadsheet would run as a formula is written as text: " + text);
        assertTrue(text.contains("Sols Vivants,SV,CIVIL_SOCIETY,SN,https://www.solsvivants.org,MEMBER,2016-03-01,NON_PROFIT,ACTIVE,AFRICA"), text);
    }
}
