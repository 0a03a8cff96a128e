package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.MembershipLevel;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

/** The rules of the decisions register and of consultations, without a database. */
class GovernanceRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final List<String> NAMES = List.of("Consortium", "Consortium", "Consorcio");
    private static final List<String> NONE = java.util.Arrays.asList(null, null, null);

    private static HubGroup group(GroupKind kind) {
        return new HubGroup(kind.name(), kind, 1, NAMES, NONE, NOW);
    }

    private static Account representative(MembershipLevel level) {
        Organisation organisation = new Organisation("Sols Vivants", "SV", OrganisationType.CIVIL_SOCIETY, "SN", null, level,
                LocalDate.of(2016, 3, 1));
        Account account = new Account("awa@sols-vivants.example", "Awa", SupportedLocale.FR, EnumSet.of(Role.PARTNER), NOW);
        account.setPassword("hash");
        account.joinOrganisation(organisation);
        return account;
    }

    private static Consultation consultation(Instant opensAt, Instant closesAt, Integer quorum, String options) {
        return Consultation.create(group(GroupKind.CONSORTIUM), "Adopt the 2027 work plan?", null, opensAt, closesAt, quorum,
                options, null, NOW);
    }

    private static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    private static List<String> keys(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void a_consultation_needs_two_different_options_a_question_and_a_quorum_in_percent() {
        InvalidInputException one = assertThrows(InvalidInputException.class,
                () -> consultation(null, NOW.plus(Duration.ofDays(7)), 50, "Yes\n\n  "));
        assertEquals(List.of("governance.error.twoOptions"), keys(one));
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> consultation(null, NOW.plus(Duration.ofDays(7)), 50, "Yes\n yes "));
        assertEquals(List.of("governance.error.optionTwice"), keys(twice));
        InvalidInputException everything = assertThrows(InvalidInputException.class, () -> Consultation.create(
                group(GroupKind.BUREAU), " ", null, null, null, 0, "", null, NOW));
        assertEquals(List.of("question", "closesAt", "quorum", "options"), fields(everything));
        assertThrows(InvalidInputException.class, () -> consultation(null, NOW.plus(Duration.ofDays(1)), 101, "Yes\nNo"));

        Consultation fine = consultation(null, NOW.plus(Duration.ofDays(7)), 50, "Yes\n\nNo\nAbstain\n");
        assertEquals(List.of("Yes", "No", "Abstain"), fine.getOptions().stream().map(ConsultationOption::getLabel).toList());
        assertEquals(List.of(1, 2, 3), fine.getOptions().stream().map(ConsultationOption::getPosition).toList());
    }

    @Test
    void it_closes_after_it_opens_and_not_in_the_past_and_a_past_opening_means_now() {
        InvalidInputException past = assertThrows(InvalidInputException.class,
                () -> consultation(null, NOW.minusSeconds(1), 50, "Yes\nNo"));
        assertEquals(List.of("governance.error.closesInPast"), keys(past));
        InvalidInputException before = assertThrows(InvalidInputException.class,
                () -> consultation(NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(2)), 50, "Yes\nNo"));
        assertEquals(List.of("governance.error.closesBeforeOpens"), keys(before));

        Consultation late = consultation(NOW.minus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(2)), 50, "Yes\nNo");
        assertEquals(NOW, late.getOpensAt());
        assertEquals(ConsultationStatus.OPEN, late.status(NOW));
    }

    @Test
    void the_status_follows_the_clock_and_staff_move_the_times_to_open_or_close_early() {
        Consultation c = consultation(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(8)), 50, "Yes\nNo");
        assertEquals(ConsultationStatus.DRAFT, c.status(NOW));
        assertEquals(ConsultationStatus.OPEN, c.status(NOW.plus(Duration.ofDays(1))));
        assertEquals(ConsultationStatus.CLOSED, c.status(NOW.plus(Duration.ofDays(8))));
        assertEquals("governance.error.notOpen", assertThrows(BusinessException.class, () -> c.closeNow(NOW)).messageKey());

        c.openNow(NOW);
        assertEquals(ConsultationStatus.OPEN, c.status(NOW));
        assertEquals("governance.error.notDraft", assertThrows(BusinessException.class, () -> c.openNow(NOW)).messageKey());
        c.closeNow(NOW.plusSeconds(60));
        assertEquals(ConsultationStatus.CLOSED, c.status(NOW.plusSeconds(60)));
        assertEquals(ConsultationStatus.OPEN, c.status(NOW.plusSeconds(59)));
    }

    @Test
    void only_representatives_of_active_member_organisations_in_the_body_vote_while_it_is_open() {
        Consultation c = consultation(null, NOW.plus(Duration.ofDays(7)), 50, "Yes\nNo");
        ConsultationOption yes = c.getOptions().get(0);
        Account member = representative(MembershipLevel.MEMBER);
        c.checkVote(member, true, yes, NOW);

        assertEquals("governance.error.membersOnly",
                assertThrows(BusinessException.class, () -> c.checkVote(representative(MembershipLevel.PARTNER), true, yes, NOW)).messageKey());
        assertEquals("governance.error.membersOnly",
                assertThrows(BusinessException.class, () -> c.checkVote(member, false, yes, NOW)).messageKey(),
                "a Member representative outside the Bureau does not vote in the Bureau");
        Account suspended = representative(MembershipLevel.MEMBER);
        Organisation.of(suspended).suspend("staff", "Dues unpaid", NOW);
        assertFalse(Consultation.mayVote(suspended, true));
        assertEquals("governance.error.chooseOption",
                assertThrows(BusinessException.class, () -> c.checkVote(member, true, null, NOW)).messageKey());
        ConsultationOption elsewhere = consultation(null, NOW.plus(Duration.ofDays(7)), 50, "A\nB").getOptions().get(0);
        assertThrows(BusinessException.class, () -> c.checkVote(member, true, elsewhere, NOW));
        assertEquals("governance.error.notOpen",
                assertThrows(BusinessException.class, () -> c.checkVote(member, true, yes, NOW.plus(Duration.ofDays(7)))).messageKey());
    }

    @Test
    void the_quorum_is_a_share_of_the_eligible_organisations_rounded_up_and_needs_at_least_one_vote() {
        assertTrue(Consultation.quorumMet(4, 7, 50));
        assertFalse(Consultation.quorumMet(3, 7, 50), "50 % of 7 organisations needs 4");
        assertTrue(Consultation.quorumMet(2, 3, 66));
        assertFalse(Consultation.quorumMet(2, 3, 67));
        assertTrue(Consultation.quorumMet(5, 5, 100));
        assertFalse(Consultation.quorumMet(0, 0, 50), "nobody voting never makes a quorum");
        assertTrue(Consultation.quorumMet(1, 1, 1));
    }

    @Test
    void only_governing_bodies_hold_consultations_and_keep_decisions() {
        assertEquals("governance.error.notGoverning", assertThrows(BusinessException.class, () -> Consultation.create(
                group(GroupKind.INTERFACE), "Q?", null, null, NOW.plusSeconds(60), 50, "Yes\nNo", null, NOW)).messageKey());
        assertEquals("governance.error.notGoverning", assertThrows(BusinessException.class, () -> Decision.record(
                group(GroupKind.TASK_FORCE), "TF-1", "Resolved.", TODAY, null, null, NOW, TODAY)).messageKey());
    }

    @Test
    void a_decision_has_a_reference_a_resolution_a_past_date_and_links_inside_the_platform_or_https() {
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> Decision.record(
                group(GroupKind.CONSORTIUM), " ", "", TODAY.plusDays(1), "Minutes | http://example.org/minutes.pdf", null, NOW, TODAY));
        assertEquals(List.of("reference", "resolution", "decidedOn", "links"), fields(empty));
        assertEquals(List.of("governance.error.referenceRequired", "governance.error.resolutionRequired",
                "governance.error.decidedInFuture", "governance.error.linkAddress"), keys(empty));

        Decision decision = Decision.record(group(GroupKind.BUREAU), " BUR-2026-03 ", " The Bureau adopts the budget. ", TODAY,
                "Budget 2026 | /groups/document.xhtml?id=4\n\nhttps://4p1000.org/minutes.pdf\n", null, NOW, TODAY);
        assertEquals("BUR-2026-03", decision.getReference());
        assertEquals("The Bureau adopts the budget.", decision.getResolution());
        assertEquals(List.of("Budget 2026", "https://4p1000.org/minutes.pdf"),
                decision.getLinks().stream().map(DecisionLink::getTitle).toList());
        assertFalse(decision.getLinks().get(0).isExternal());
        assertTrue(decision.getLinks().get(1).isExternal());

        assertFalse(DecisionLink.acceptable("//evil.example/x"), "a protocol-relative address leaves the platform");
        assertFalse(DecisionLink.acceptable("javascript:alert(1)"));
        assertFalse(DecisionLink.acceptable("/\\evil.example.org"), "a browser reads /\\ as // and leaves the platform");
        assertFalse(DecisionLink.acceptable("/%2F%2Fevil.example.org"));
        assertFalse(DecisionLink.acceptable("/..//evil.example.org"));
        assertTrue(DecisionLink.acceptable("/groups/decisions.xhtml?group=2"));
        assertFalse(DecisionLink.acceptable("https://"));
        assertFalse(DecisionLink.acceptable("/groups/a b"));
    }
}
