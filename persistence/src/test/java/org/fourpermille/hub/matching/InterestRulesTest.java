package org.fourpermille.hub.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.MembershipLevel;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

/** The rules from interest to agreement, without a database. */
class InterestRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Organisation PROJECT_SIDE = new Organisation("Sols Vivants", null, OrganisationType.CIVIL_SOCIETY, "SN",
            null, MembershipLevel.PARTNER, LocalDate.of(2016, 3, 1));
    private static final Organisation FUNDER_SIDE = new Organisation("Fonds Sols", null, OrganisationType.FUNDER, "FR", null,
            MembershipLevel.PARTNER, LocalDate.of(2017, 3, 1));
    private static final Organisation THIRD = new Organisation("Terres Fertiles", null, OrganisationType.RESEARCH_EDUCATION, "FR",
            null, MembershipLevel.MEMBER, LocalDate.of(2018, 3, 1));
    private static final Account AWA = new Account("awa@sols.example", "Awa", SupportedLocale.FR, EnumSet.of(Role.PARTNER), NOW);
    private static final Account ANNE = new Account("anne@fonds.example", "Anne", SupportedLocale.EN, EnumSet.of(Role.PARTNER), NOW);

    private static Project project(Organisation owner) {
        ProjectDetails details = new ProjectDetails(
                Map.of(SupportedLocale.FR, new LocalText("Haies vives", "Des haies autour de 400 parcelles.")),
                ProjectStage.SEEKING_FUNDING, null, CriteriaDetails.NONE.withCountries(List.of("SN")).withCurrency("EUR"),
                null, null, null, null, Set.of(Need.FUNDING), null, null, null, null, ProjectVisibility.PARTNERS);
        return Project.create(owner, AWA, details, Set.of(), Set.of("EUR", "USD"), NOW);
    }

    private static SupportOffer offer(Organisation owner) {
        OfferDetails details = new OfferDetails(SupportedLocale.EN, "Soil grants", "Grants for soil carbon.", Set.of(Instrument.GRANT),
                List.of(), CriteriaDetails.NONE.withCurrency("USD"), Set.of(), Set.of(),
                Set.of(), Set.of(), null, null, TODAY.plusDays(30));
        return SupportOffer.publish(owner, ANNE, details, Set.of(), Set.of("EUR", "USD"), TODAY, NOW);
    }

    private static Interest fromProject() {
        return Interest.express(project(PROJECT_SIDE), offer(FUNDER_SIDE), InterestSide.PROJECT, AWA, "  We would like to talk. ", NOW);
    }

    private static Interest accepted() {
        Interest interest = fromProject();
        interest.accept(FUNDER_SIDE, ANNE, NOW);
        return interest;
    }

    private static String key(Runnable move) {
        return assertThrows(BusinessException.class, move::run).messageKey();
    }

    private static List<String> problems(Runnable move) {
        return assertThrows(InvalidInputException.class, move::run).problems().stream()
                .map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void an_interest_goes_from_one_side_to_the_other_and_needs_a_message() {
        Interest interest = fromProject();
        assertEquals("We would like to talk.", interest.getMessage());
        assertEquals(InterestStatus.PENDING, interest.getStatus());
        assertTrue(interest.isOpen());
        assertSame(PROJECT_SIDE, interest.getFromOrganisation());
        assertSame(FUNDER_SIDE, interest.getToOrganisation());
        assertTrue(interest.isReceivedBy(FUNDER_SIDE));
        assertFalse(interest.isReceivedBy(PROJECT_SIDE));
        assertFalse(interest.involves(THIRD));

        Interest fromOffer = Interest.express(project(PROJECT_SIDE), offer(FUNDER_SIDE), InterestSide.OFFER, ANNE, "Hello", NOW);
        assertSame(PROJECT_SIDE, fromOffer.getToOrganisation());

        assertEquals(List.of("message:error.required"), problems(() ->
                Interest.express(project(PROJECT_SIDE), offer(FUNDER_SIDE), InterestSide.PROJECT, AWA, "  ", NOW)));
        assertEquals("interest.error.sameOrganisation", key(() ->
                Interest.express(project(FUNDER_SIDE), offer(FUNDER_SIDE), InterestSide.PROJECT, ANNE, "Hi", NOW)));
    }

    @Test
    void only_the_receiving_side_decides_and_only_while_pending() {
        Interest interest = fromProject();
        assertEquals("interest.error.otherSideDecides", key(() -> interest.accept(PROJECT_SIDE, AWA, NOW)));
        assertEquals("interest.error.otherSideDecides", key(() -> interest.decline(THIRD, AWA, null, NOW)));
        interest.accept(FUNDER_SIDE, ANNE, NOW);
        assertEquals(InterestStatus.ACCEPTED, interest.getStatus());
        assertEquals(NOW, interest.getDecidedAt());
        assertEquals("interest.error.notPending", key(() -> interest.accept(FUNDER_SIDE, ANNE, NOW)));
        assertEquals("interest.error.notPending", key(() -> interest.decline(FUNDER_SIDE, ANNE, "no", NOW)));

        Interest declined = fromProject();
        declined.decline(FUNDER_SIDE, ANNE, " Outside our geography ", NOW);
        assertEquals(InterestStatus.DECLINED, declined.getStatus());
        assertEquals("Outside our geography", declined.getDeclineReason());
        assertFalse(declined.isOpen(), "a declined interest lets the pair start again");
    }

    @Test
    void only_the_sender_withdraws_a_pending_interest() {
        Interest interest = fromProject();
        assertEquals("interest.error.senderWithdraws", key(() -> interest.withdraw(FUNDER_SIDE, ANNE, NOW)));
        interest.withdraw(PROJECT_SIDE, AWA, NOW);
        assertEquals(InterestStatus.WITHDRAWN, interest.getStatus());
        assertEquals("interest.error.notPending", key(() -> interest.accept(FUNDER_SIDE, ANNE, NOW)));
    }

    @Test
    void messages_only_in_an_accepted_interest_and_only_between_the_two_organisations() {
        Interest pending = fromProject();
        assertEquals("interest.error.notAccepted", key(() -> pending.write(PROJECT_SIDE, AWA, "Hello", null, null, NOW)));
        Interest interest = accepted();
        assertEquals("interest.error.notAParty", key(() -> interest.write(THIRD, AWA, "Hello", null, null, NOW)));
        assertEquals(List.of("body:error.required"), problems(() -> interest.write(FUNDER_SIDE, ANNE, " ", null, null, NOW)));
        InterestMessage message = interest.write(FUNDER_SIDE, ANNE, " Here is our template. ", null, null, NOW);
        assertEquals("Here is our template.", message.getBody());
        assertFalse(message.hasAttachment());
        assertNull(message.getAttachmentName());
    }

    @Test
    void an_agreement_needs_a_positive_amount_and_an_instrument_and_is_recorded_once() {
        Interest pending = fromProject();
        assertEquals("interest.error.notAccepted", key(() ->
                pending.recordAgreement(FUNDER_SIDE, ANNE, new BigDecimal("50000"), "USD", Instrument.GRANT, NOW)));
        Interest interest = accepted();
        assertEquals("interest.error.notAParty", key(() ->
                interest.recordAgreement(THIRD, ANNE, new BigDecimal("50000"), "USD", Instrument.GRANT, NOW)));
        assertEquals(List.of("amount:interest.error.amountPositive", "instrument:interest.error.instrumentRequired"),
                problems(() -> interest.recordAgreement(FUNDER_SIDE, ANNE, BigDecimal.ZERO, "USD", null, NOW)));
        assertEquals(List.of("amount:error.required"),
                problems(() -> interest.recordAgreement(FUNDER_SIDE, ANNE, null, "USD", Instrument.GRANT, NOW)));
        assertEquals(List.of("amount:interest.error.amountFormat"),
                problems(() -> interest.recordAgreement(FUNDER_SIDE, ANNE, new BigDecimal("10.001"), "USD", Instrument.GRANT, NOW)));
        assertEquals(InterestOutcome.NONE, interest.getOutcome(), "a refused form changes nothing");

        interest.recordAgreement(PROJECT_SIDE, AWA, new BigDecimal("50000"), "USD", Instrument.GRANT, NOW);
        assertEquals(InterestOutcome.AGREEMENT, interest.getOutcome());
        assertEquals(new BigDecimal("50000.00"), interest.getAgreementAmount());
        assertEquals(Instrument.GRANT, interest.getAgreementInstrument());
        assertFalse(interest.isOpen());
        assertEquals("interest.error.outcomeRecorded", key(() -> interest.recordNotPursued(FUNDER_SIDE, ANNE, "changed our mind", NOW)));
    }

    @Test
    void not_pursued_needs_a_reason() {
        Interest interest = accepted();
        assertEquals(List.of("reason:error.required"), problems(() -> interest.recordNotPursued(FUNDER_SIDE, ANNE, "", NOW)));
        interest.recordNotPursued(FUNDER_SIDE, ANNE, "Budget cycle closed", NOW);
        assertEquals(InterestOutcome.NOT_PURSUED, interest.getOutcome());
        assertEquals("Budget cycle closed", interest.getNotPursuedReason());
        assertEquals("interest.error.outcomeRecorded", key(() ->
                interest.recordAgreement(FUNDER_SIDE, ANNE, BigDecimal.TEN, "EUR", Instrument.LOAN, NOW)));
    }

}
