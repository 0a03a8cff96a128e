package org.fourpermille.hub.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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

/** The rules of a support offer and of the reference data, without a database. */
class SupportOfferTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Set<String> PRACTICES = Set.of("AGROFORESTRY", "BIOCHAR");
    private static final Set<String> CURRENCIES = Set.of("EUR", "USD");
    private static final Organisation FUND = new Organisation("Fonds Sols", null, OrganisationType.FUNDER, "FR", null,
            MembershipLevel.PARTNER, LocalDate.of(2017, 3, 1));
    private static final Account ANNE = new Account("anne@fonds.example", "Anne", SupportedLocale.FR, EnumSet.of(Role.PARTNER), NOW);

    private static OfferDetails offer(BigDecimal min, BigDecimal max, LocalDate deadline) {
        return new OfferDetails(SupportedLocale.EN, "Soil carbon grants", "Grants for soil carbon projects in West Africa.",
                Set.of(Instrument.GRANT, Instrument.TECHNICAL_ASSISTANCE), List.of("soil health", "Soil Health", "gender"),
                CriteriaDetails.NONE.withCountries(List.of("sn")).withClimateZones(Set.of(ClimateZone.TROPICAL_DRY))
                        .withPractices(Set.of("AGROFORESTRY")).withSdgs(Set.of(13)).withCurrency("USD"),
                Set.of(Region.AFRICA), Set.of(ProjectStage.SEEKING_FUNDING), Set.of(OrganisationType.CIVIL_SOCIETY),
                Set.of(SupportedLocale.FR, SupportedLocale.EN), min, max, deadline);
    }

    private static SupportOffer publish(OfferDetails details) {
        return SupportOffer.publish(FUND, ANNE, details, PRACTICES, CURRENCIES, TODAY, NOW);
    }

    private static List<String> keys(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void an_offer_is_open_until_the_end_of_its_deadline_day_and_never_once_withdrawn() {
        SupportOffer offer = publish(offer(new BigDecimal("10000"), new BigDecimal("250000"), TODAY.plusDays(30)));
        assertEquals(List.of("soil health", "gender"), offer.getThemes(), "repeats ignoring case are dropped");
        assertEquals(List.of("SN"), offer.getCriteria().getCountries());
        assertTrue(offer.isOpen(TODAY));
        assertTrue(offer.isOpen(TODAY.plusDays(30)));
        assertFalse(offer.isOpen(TODAY.plusDays(31)));
        offer.withdraw(NOW);
        assertFalse(offer.isOpen(TODAY));
        assertEquals("offer.error.withdrawn", assertThrows(BusinessException.class, () -> offer.withdraw(NOW)).messageKey());
        assertThrows(BusinessException.class,
                () -> offer.edit(offer(null, null, null), PRACTICES, CURRENCIES, TODAY, NOW));
    }

    @Test
    void an_offer_without_deadline_stays_open() {
        assertTrue(publish(offer(null, null, null)).isOpen(TODAY.plusYears(5)));
    }

    @Test
    void a_minimum_above_the_maximum_and_a_past_deadline_are_refused_on_their_fields() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> publish(offer(new BigDecimal("500000"), new BigDecimal("100000"), TODAY.minusDays(1))));
        assertEquals(List.of("ticketMin", "deadline"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(List.of("offer.error.minAboveMax", "offer.error.deadlinePast"), keys(refused));
        assertEquals(List.of("matching.error.negativeAmount"),
                keys(assertThrows(InvalidInputException.class, () -> publish(offer(new BigDecimal("-1"), null, null)))));
    }

    @Test
    void an_offer_needs_a_title_a_description_and_an_instrument() {
        OfferDetails empty = new OfferDetails(SupportedLocale.FR, " ", null, Set.of(), null,
                CriteriaDetails.NONE.withCurrency("EUR"), null, null, null, null, null, null, null);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> publish(empty));
        assertEquals(List.of("title", "description", "instruments"), refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void an_edit_may_keep_a_past_deadline_but_not_set_one() {
        SupportOffer offer = publish(offer(null, null, TODAY));
        LocalDate later = TODAY.plusDays(10);
        offer.edit(offer(null, new BigDecimal("5000"), TODAY), PRACTICES, CURRENCIES, later, NOW);
        assertEquals(new BigDecimal("5000.00"), offer.getTicketMax());
        assertEquals(List.of("offer.error.deadlinePast"), keys(assertThrows(InvalidInputException.class,
                () -> offer.edit(offer(null, null, TODAY.plusDays(1)), PRACTICES, CURRENCIES, later, NOW))));
    }

    @Test
    void geography_is_the_countries_or_the_regions_named() {
        SupportOffer offer = publish(offer(null, null, null));
        assertTrue(offer.coversCountry("SN"));
        assertTrue(offer.coversCountry("KE"), "Kenya is in Africa");
        assertFalse(offer.coversCountry("BR"));
    }

    @Test
    void currency_rates_convert_through_the_euro_and_the_euro_stays_one() {
        CurrencyRate usd = CurrencyRate.create("usd", new BigDecimal("1.16"), "secretariat@example.org", NOW);
        assertEquals(new BigDecimal("100.00"), usd.toEur(new BigDecimal("116")));
        assertEquals(new BigDecimal("116.00"), usd.fromEur(new BigDecimal("100")));
        assertEquals(List.of("currency.error.rate"), keys(assertThrows(InvalidInputException.class,
                () -> usd.change(new BigDecimal("-2"), "secretariat@example.org", NOW))));
        CurrencyRate eur = CurrencyRate.create("EUR", null, "seed", NOW);
        assertEquals("currency.error.eurFixed",
                assertThrows(BusinessException.class, () -> eur.change(BigDecimal.TEN, "secretariat@example.org", NOW)).messageKey());
        assertEquals(List.of("currency.error.code"), keys(assertThrows(InvalidInputException.class,
                () -> CurrencyRate.create("ABC", BigDecimal.ONE, "x", NOW))));
    }

    @Test
    void a_new_practice_gets_a_code_from_its_english_label_and_needs_three_labels() {
        Practice practice = Practice.create(null, "No-till farming", "Semis direct", "Siembra directa", 90);
        assertEquals("NO_TILL_FARMING", practice.getCode());
        assertEquals("Siembra directa", practice.label(java.util.Locale.forLanguageTag("es")));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Practice.create(null, "Mulching", "", null, 100));
        assertEquals(List.of("labelFr", "labelEs"), refused.problems().stream().map(FieldProblem::field).toList());
        assertThrows(InvalidInputException.class, () -> practice.rename("Zero tillage", null, "Labranza cero"));
        assertEquals("No-till farming", practice.getLabelEn(), "a refused rename changes nothing");
    }

    @Test
    void the_array_converters_read_what_the_driver_or_eclipselink_hand_over() {
        TextArrayConverter text = new TextArrayConverter();
        assertEquals(List.of("A", "B"), text.convertToEntityAttribute(new String[] {"A", "B"}));
        assertEquals(List.of("A", "B"), text.convertToEntityAttribute(new java.util.Vector<>(List.of("A", "B"))));
        assertEquals(List.of("A", "B"), text.convertToEntityAttribute("{A,B}"));
        assertEquals(List.of(), text.convertToEntityAttribute(null));
        SmallintArrayConverter small = new SmallintArrayConverter();
        assertEquals(List.of(2, 13), small.convertToEntityAttribute(new Short[] {2, 13}));
        Object column = small.convertToDatabaseColumn(List.of(2, 13));
        assertEquals(List.of((short) 2, (short) 13), List.of((Short[]) column));
    }
}
