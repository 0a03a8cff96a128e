package org.fourpermille.hub.matching.engine;

import static org.fourpermille.hub.matching.engine.Fixtures.exclusion;
import static org.fourpermille.hub.matching.engine.Fixtures.offer;
import static org.fourpermille.hub.matching.engine.Fixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The ticket range, compared after conversion through the rates table (units per euro). */
class TicketTest {

    private static Profile.Builder seeking(String amount, String currency) {
        return project(1).fundingSought(new BigDecimal(amount), currency);
    }

    private static Profile.Builder ticket(String min, String max, String currency) {
        return offer(2).ticket(min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max), currency);
    }

    @Test
    void in_one_currency_both_bounds_are_included() {
        assertNull(exclusion(seeking("10000", "EUR"), ticket("10000", "50000", "EUR")));
        assertNull(exclusion(seeking("50000", "EUR"), ticket("10000", "50000", "EUR")));
        assertEquals(Exclusion.TICKET_BELOW_MINIMUM, exclusion(seeking("9999.99", "EUR"), ticket("10000", "50000", "EUR")));
        assertEquals(Exclusion.TICKET_ABOVE_MAXIMUM, exclusion(seeking("50000.01", "EUR"), ticket("10000", "50000", "EUR")));
    }

    @Test
    void one_currency_needs_no_rate_even_when_the_table_lacks_it() {
        assertNull(exclusion(seeking("5000000", "KES"), ticket("1000000", null, "KES"), Rates.EURO_ONLY));
    }

    @Test
    void an_open_bound_does_not_limit() {
        assertNull(exclusion(seeking("1", "EUR"), ticket(null, "50000", "EUR")));
        assertNull(exclusion(seeking("900000000", "EUR"), ticket("10000", null, "EUR")));
        assertEquals(Exclusion.TICKET_BELOW_MINIMUM, exclusion(seeking("1", "EUR"), ticket("10000", null, "EUR")));
    }

    @Test
    void a_project_seeking_no_funding_or_an_offer_without_ticket_is_not_filtered_on_amounts() {
        assertNull(exclusion(project(1).fundingSought(null, null), ticket("10000", "50000", "EUR")));
        assertNull(exclusion(seeking("1", "KES"), offer(2), Rates.EURO_ONLY), "no ticket, no rate needed either");
    }

    @Test
    void amounts_in_two_currencies_are_compared_in_euros_exactly_at_the_bounds() {
        // 1.08 USD per euro: 10,800 USD is exactly 10,000 EUR.
        assertNull(exclusion(seeking("10800", "USD"), ticket("10000", "20000", "EUR")));
        assertEquals(Exclusion.TICKET_BELOW_MINIMUM, exclusion(seeking("10799.99", "USD"), ticket("10000", "20000", "EUR")));
        assertNull(exclusion(seeking("21600", "USD"), ticket("10000", "20000", "EUR")));
        assertEquals(Exclusion.TICKET_ABOVE_MAXIMUM, exclusion(seeking("21600.01", "USD"), ticket("10000", "20000", "EUR")));
        // Euros against a range in US dollars: the other way round.
        assertNull(exclusion(seeking("10000", "EUR"), ticket("10800", "21600", "USD")));
        assertEquals(Exclusion.TICKET_BELOW_MINIMUM, exclusion(seeking("9999.99", "EUR"), ticket("10800", "21600", "USD")));
    }

    @Test
    void two_foreign_currencies_are_compared_through_the_euro() {
        // 655.957 XOF and 1.08 USD per euro: 65,595,700 XOF = 100,000 EUR = 108,000 USD.
        assertNull(exclusion(seeking("65595700", "XOF"), ticket("108000", "200000", "USD")));
        assertEquals(Exclusion.TICKET_BELOW_MINIMUM, exclusion(seeking("65595699", "XOF"), ticket("108000", "200000", "USD")));
        assertNull(exclusion(seeking("65595700", "XOF"), ticket("50000", "108000", "USD")));
        assertEquals(Exclusion.TICKET_ABOVE_MAXIMUM, exclusion(seeking("65595701", "XOF"), ticket("50000", "108000", "USD")));
    }

    @Test
    void a_rate_whose_double_rounds_still_gives_the_exact_answer_at_the_bound() {
        // Both amounts are exactly one euro, but the doubles of 0.333...3 and 0.333...2 are the same number:
        // only the exact comparison can tell the second one is below the minimum.
        Rates thirds = Rates.of(Map.of("ABC", new BigDecimal("0.3333333333333333333"), "DEF", new BigDecimal("0.1")));
        assertNull(exclusion(seeking("0.3333333333333333333", "ABC"), ticket("0.1", null, "DEF"), thirds));
        assertEquals(Exclusion.TICKET_BELOW_MINIMUM,
                exclusion(seeking("0.3333333333333333332", "ABC"), ticket("0.1", null, "DEF"), thirds));
    }

    @Test
    void a_missing_rate_excludes_with_its_own_reason() {
        assertEquals(Exclusion.RATE_MISSING, exclusion(seeking("10000", "KES"), ticket("1000", "20000", "EUR")));
        assertEquals(Exclusion.RATE_MISSING, exclusion(seeking("10000", "EUR"), ticket("1000", "20000", "GBP")));
        assertEquals(Exclusion.RATE_MISSING, exclusion(seeking("10000", "USD"), ticket("1000", "20000", "GBP")));
        assertEquals(Exclusion.RATE_MISSING, exclusion(seeking("1000000", "KES"), ticket("1000", "20000", "EUR")));
        assertNull(exclusion(seeking("1000000", "KES"), ticket("1000", "20000", "EUR"),
                Rates.of(Map.of("KES", new BigDecimal("140.5")))), "with the rate, 1,000,000 KES is about 7,117 EUR: in");
    }
}
