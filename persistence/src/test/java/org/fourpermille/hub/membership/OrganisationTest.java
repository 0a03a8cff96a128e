package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.Appointed;
import org.fourpermille.hub.identity.AccountStatus;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static Organisation ngo(MembershipLevel level) {
        return new Organisation("Sols Vivants", "SV", OrganisationType.CIVIL_SOCIETY, "SN", null, level, LocalDate.of(2016, 3, 1));
    }

    private static Account representative(Organisation organisation, Role... roles) {
        Account account = new Account("awa@sols-vivants.example", "Awa", SupportedLocale.FR, EnumSet.of(Role.PARTNER, roles), NOW);
        account.setPassword("hash");
        account.joinOrganisation(organisation);
        return account;
    }

    @Test
    void suspension_and_withdrawal_take_the_partner_and_member_roles_away_and_reinstatement_gives_them_back() {
        Organisation organisation = ngo(MembershipLevel.MEMBER);
        Account awa = Appointed.asStcExpert(representative(organisation, Role.MEMBER));
        assertEquals(Set.of(Role.PARTNER, Role.MEMBER, Role.STC_EXPERT), awa.getEffectiveRoles());

        BusinessException noReason = assertThrows(BusinessException.class, () -> organisation.suspend("staff", "  ", NOW));
        assertEquals("organisation.error.reasonRequired", noReason.messageKey());
        OrganisationEvent suspended = organisation.suspend("staff", "Unpaid", NOW);
        assertEquals(OrganisationEventType.SUSPENDED, suspended.getType());
        assertEquals("Unpaid", suspended.getNote());
        assertEquals(Set.of(Role.STC_EXPERT), awa.getEffectiveRoles(), "the expert role is the person's own");
        assertFalse(awa.hasRole(Role.MEMBER));
        assertEquals(Set.of(Role.PARTNER, Role.MEMBER), awa.getRoles(), "stored roles stay for reinstatement");

        assertEquals("organisation.error.status.SUSPENDED",
                assertThrows(BusinessException.class, () -> organisation.suspend("staff", "Again", NOW)).messageKey());
        assertEquals("organisation.error.status.SUSPENDED",
                assertThrows(BusinessException.class, () -> organisation.editProfile("X", null, null, "awa", NOW)).messageKey());
        organisation.reinstate("staff", "Paid", NOW);
        assertTrue(awa.hasRole(Role.MEMBER));

        organisation.withdraw("awa", null, NOW);
        assertEquals(OrganisationStatus.WITHDRAWN, organisation.getStatus());
        assertTrue(awa.getEffectiveRoles().contains(Role.STC_EXPERT) && !awa.hasRole(Role.PARTNER));
        assertEquals("organisation.error.status.WITHDRAWN",
                assertThrows(BusinessException.class, () -> organisation.withdraw("awa", null, NOW)).messageKey());
    }

    @Test
    void a_removed_person_loses_the_organisation_roles_and_without_any_other_role_the_account_is_disabled() {
        Organisation organisation = ngo(MembershipLevel.MEMBER);
        Account awa = representative(organisation, Role.MEMBER);
        awa.describeForDirectory("Director", true);
        awa.leaveOrganisation();
        assertEquals(Set.of(), awa.getRoles());
        assertEquals(AccountStatus.DISABLED, awa.getStatus());
        assertFalse(awa.isListedInDirectory());
        assertFalse(organisation.represents(awa));

        Account expert = Appointed.asStcExpert(representative(organisation));
        expert.leaveOrganisation();
        assertEquals(Set.of(Role.STC_EXPERT), expert.getEffectiveRoles());
        assertTrue(expert.canSignIn(), "an expert appointed to the STC stays an expert");
    }

    @Test
    void the_stc_expert_role_is_given_by_an_appointment_never_by_hand() {
        BusinessException byHand = assertThrows(BusinessException.class,
                () -> new Account("omar@example.org", "Omar", SupportedLocale.EN, EnumSet.of(Role.STC_EXPERT), NOW));
        assertEquals("account.error.roleByAppointment", byHand.messageKey());
        Account awa = representative(ngo(MembershipLevel.MEMBER));
        assertEquals("account.error.roleByAppointment",
                assertThrows(BusinessException.class, () -> awa.replaceRoles(EnumSet.of(Role.PARTNER, Role.STC_EXPERT))).messageKey());
        assertFalse(awa.hasRole(Role.STC_EXPERT));
    }

    @Test
    void the_main_contact_is_handed_only_to_an_active_representative_of_the_same_organisation() {
        Organisation organisation = ngo(MembershipLevel.PARTNER);
        Account awa = representative(organisation);
        organisation.appointMainContact(awa);
        Account outsider = new Account("x@elsewhere.example", "X", SupportedLocale.EN, EnumSet.of(Role.PARTNER), NOW);
        outsider.setPassword("hash");
        assertEquals("organisation.error.notARepresentative",
                assertThrows(BusinessException.class, () -> organisation.handOverMainContact(outsider, "awa", NOW)).messageKey());
        Account invited = new Account("new@sols-vivants.example", "New", SupportedLocale.FR, EnumSet.of(Role.PARTNER), NOW);
        invited.joinOrganisation(organisation);
        assertEquals("organisation.error.notARepresentative",
                assertThrows(BusinessException.class, () -> organisation.handOverMainContact(invited, "awa", NOW)).messageKey(),
                "someone who has not accepted yet cannot take the role");
        assertEquals("organisation.error.alreadyMainContact",
                assertThrows(BusinessException.class, () -> organisation.handOverMainContact(awa, "awa", NOW)).messageKey());
        invited.setPassword("hash");
        OrganisationEvent handed = organisation.handOverMainContact(invited, "awa", NOW);
        assertEquals("new@sols-vivants.example", handed.getSubject());
        assertTrue(organisation.isMainContact(invited) && !organisation.isMainContact(awa));
    }

    @Test
    void representatives_change_acronym_website_and_description_with_every_problem_reported_at_once() {
        Organisation organisation = ngo(MembershipLevel.PARTNER);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> organisation.editProfile("X".repeat(41), "not a site", "D".repeat(4001), "awa", NOW));
        assertEquals(List.of("acronym", "website", "description"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("SV", organisation.getAcronym(), "nothing changed");

        OrganisationEvent edited = organisation.editProfile("SV", "sols-vivants.example", "Living soils", "awa", NOW).orElseThrow();
        assertEquals("website, description", edited.getSubject());
        assertEquals("https://sols-vivants.example", organisation.getWebsite());
        assertTrue(organisation.editProfile("SV", "https://sols-vivants.example", "Living soils", "awa", NOW).isEmpty(),
                "no step in the timeline when nothing changed");
    }

    @Test
    void a_change_of_name_or_type_applies_only_when_approved_and_a_member_never_becomes_commercial() {
        Organisation member = ngo(MembershipLevel.MEMBER);
        InvalidInputException commercial = assertThrows(InvalidInputException.class,
                () -> new OrganisationChange(member, "Sols Vivants SA", OrganisationType.PRIVATE_COMPANY, null, "awa", NOW));
        assertEquals("application.error.memberNonProfit", commercial.problems().get(0).messageKey());
        InvalidInputException same = assertThrows(InvalidInputException.class,
                () -> new OrganisationChange(member, " Sols Vivants ", OrganisationType.CIVIL_SOCIETY, null, "awa", NOW));
        assertEquals("organisation.error.nothingChanged", same.problems().get(0).messageKey());

        OrganisationChange change = new OrganisationChange(member, "Sols Vivants International", OrganisationType.FARMERS_ORGANISATION,
                "New statutes", "awa", NOW);
        assertEquals("Sols Vivants", member.getName(), "waits for the secretariat");
        assertEquals("Sols Vivants → Sols Vivants International; CIVIL_SOCIETY → FARMERS_ORGANISATION", change.describe());
        assertEquals("organisation.error.reasonRequired",
                assertThrows(BusinessException.class, () -> change.reject("staff", null, NOW)).messageKey());
        change.approve("staff", null, NOW);
        assertEquals("Sols Vivants International", member.getName());
        assertEquals(OrganisationType.FARMERS_ORGANISATION.college(), member.getType().college());
        assertEquals("organisation.error.changeDecided",
                assertThrows(BusinessException.class, () -> change.reject("staff", "Too late", NOW)).messageKey());
    }

    @Test
    void an_upgrade_asks_only_for_the_governance_declaration_keeps_the_organisation_and_makes_it_a_member() {
        Organisation partner = ngo(MembershipLevel.PARTNER);
        ApplicationForm people = new ApplicationForm("Another name", null, OrganisationType.PRIVATE_COMPANY, "US", null,
                LegalStatus.COMMERCIAL, MembershipLevel.PARTNER, "Awa", "Director", "awa@sols-vivants.example",
                "Moussa", "President", "moussa@sols-vivants.example");
        MembershipApplication upgrade = MembershipApplication.upgrade(partner, people, SupportedLocale.FR, "hash", NOW);
        assertEquals("Sols Vivants", upgrade.getOrganisationName(), "the organisation's identity is not the form's");
        assertEquals(MembershipLevel.MEMBER, upgrade.getLevel());
        assertEquals(List.of(DocumentKind.DECLARATION_GOVERNANCE), upgrade.getRequiredDocuments());

        partner.upgradeToMember(DecidingBody.CONSORTIUM, LocalDate.of(2026, 11, 20), "staff", "APP-2026-00001", NOW);
        assertEquals(MembershipLevel.MEMBER, partner.getLevel());
        assertEquals("organisation.error.alreadyMember", assertThrows(BusinessException.class,
                () -> MembershipApplication.upgrade(partner, people, SupportedLocale.FR, "hash2", NOW)).messageKey());
        Organisation company = new Organisation("TerraCarbon", null, OrganisationType.PRIVATE_COMPANY, "FR", null,
                MembershipLevel.PARTNER, LocalDate.of(2016, 3, 1));
        assertEquals("application.error.memberNonProfit", assertThrows(BusinessException.class,
                () -> MembershipApplication.upgrade(company, people, SupportedLocale.FR, "hash3", NOW)).messageKey());
    }

    @Test
    void partner_and_member_follow_the_organisation_level_whatever_the_stored_roles_say() {
        Organisation partner = ngo(MembershipLevel.PARTNER);
        Account stale = representative(partner, Role.MEMBER);
        assertEquals(Set.of(Role.PARTNER), stale.getEffectiveRoles(), "a Partner organisation gives no Consortium seat");
        Account imported = new Account("new@sols-vivants.example", "New", SupportedLocale.FR, EnumSet.noneOf(Role.class), NOW);
        imported.joinOrganisation(ngo(MembershipLevel.MEMBER));
        assertEquals(Set.of(Role.PARTNER, Role.MEMBER), imported.getEffectiveRoles());
        partner.upgradeToMember(DecidingBody.BUREAU, LocalDate.of(2026, 11, 20), "staff", "APP-2026-00002", NOW);
        assertTrue(stale.hasRole(Role.MEMBER));
    }
}
