package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a ranking shows of an offer beside its score: enough to recognise it and decide to open it.
 *
 * @param language the language its title is written in
 */
public record OfferCard(long id, String title, String language, long organisationId, String organisationName,
                        List<String> instruments, BigDecimal ticketMin, BigDecimal ticketMax, String currency,
                        LocalDate deadline) implements Card {

    private static final long serialVersionUID = 1L;

    public OfferCard {
        instruments = List.copyOf(instruments);
    }
}
