package org.fourpermille.hub.matching.offers;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import org.fourpermille.hub.matching.Instrument;
import org.fourpermille.hub.matching.ListingsBacking;
import org.fourpermille.hub.matching.MatchingChoices;
import org.fourpermille.hub.matching.OfferFilter;
import org.fourpermille.hub.matching.OfferService;
import org.fourpermille.hub.matching.OfferStatus;
import org.fourpermille.hub.matching.SupportOffer;

/**
 * {@code /offers/index.xhtml}: the open offers (soonest deadline first) narrowed by instrument, practice,
 * country, region or stage, or all of the reader's organisation's offers; see {@link ListingsBacking}.
 */
@Named("offers")
@RequestScoped
public class OffersBacking extends ListingsBacking<SupportOffer, OfferFilter> {

    @Inject @Param(name = "instrument")
    private String instrument;

    @Inject
    private OfferService service;

    private LocalDate today;

    @Override
    protected OfferFilter criteria() {
        today = service.today();
        return new OfferFilter(MatchingChoices.parse(Instrument.class, instrument), practiceFilter(), countryFilter(),
                regionFilter(), stageFilter(), getMine());
    }

    @Override
    protected long count(OfferFilter filter) {
        return service.count(filter);
    }

    @Override
    protected List<SupportOffer> search(OfferFilter filter, int first, int max) {
        return service.search(filter, first, max);
    }

    @Override
    protected String page() {
        return "/offers/index";
    }

    @Override
    protected void appendOwn(StringBuilder outcome) {
        append(outcome, "instrument", instrument);
    }

    /** "Open", "closed" (deadline passed) or "withdrawn", for the reader's own list. */
    public String state(SupportOffer offer) {
        return offer.getStatus() == OfferStatus.WITHDRAWN ? "WITHDRAWN" : offer.isOpen(today) ? "OPEN" : "CLOSED";
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }
}
