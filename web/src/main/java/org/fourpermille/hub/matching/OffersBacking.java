package org.fourpermille.hub.matching;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.Navigation;
import org.fourpermille.hub.shared.Role;
import org.omnifaces.cdi.Param;

/**
 * {@code /offers/index.xhtml}: the open offers (soonest deadline first) narrowed by instrument, practice,
 * country, region or stage, or all of the reader's organisation's offers. The filter is in the address.
 */
@Named("offers")
@RequestScoped
public class OffersBacking {

    static final int PAGE_SIZE = 20;

    @Inject @Param(name = "instrument")
    private String instrument;
    @Inject @Param(name = "practice")
    private String practice;
    @Inject @Param(name = "country")
    private String country;
    @Inject @Param(name = "region")
    private String region;
    @Inject @Param(name = "stage")
    private String stage;
    @Inject @Param(name = "mine")
    private Boolean mine;
    @Inject @Param(name = "page")
    private Integer page;

    @Inject
    private OfferService service;
    @Inject
    private Navigation navigation;

    private List<SupportOffer> rows;
    private long total;
    private java.time.LocalDate today;

    @PostConstruct
    void load() {
        OfferFilter filter = new OfferFilter(MatchingChoices.parse(Instrument.class, instrument),
                practice == null || practice.isBlank() ? null : practice,
                country == null || !country.matches("[A-Za-z]{2}") ? null : country.toUpperCase(Locale.ROOT),
                MatchingChoices.parse(Region.class, region), MatchingChoices.parse(ProjectStage.class, stage),
                Boolean.TRUE.equals(mine));
        total = service.count(filter);
        rows = service.search(filter, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        today = service.today();
    }

    public boolean isMayPublish() {
        return navigation.has(Role.PARTNER_NAME) || navigation.has(Role.MEMBER_NAME);
    }

    /** "Open", "closed" (deadline passed) or "withdrawn", for the reader's own list. */
    public String state(SupportOffer offer) {
        return offer.getStatus() == OfferStatus.WITHDRAWN ? "WITHDRAWN" : offer.isOpen(today) ? "OPEN" : "CLOSED";
    }

    public String filter() {
        StringBuilder outcome = new StringBuilder("/offers/index?faces-redirect=true");
        ProjectsBacking.append(outcome, "instrument", instrument);
        ProjectsBacking.append(outcome, "practice", practice);
        ProjectsBacking.append(outcome, "country", country);
        ProjectsBacking.append(outcome, "region", region);
        ProjectsBacking.append(outcome, "stage", stage);
        ProjectsBacking.append(outcome, "mine", Boolean.TRUE.equals(mine) ? "true" : null);
        return outcome.toString();
    }

    public List<SupportOffer> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page == null || page < 1 ? 1 : page;
    }

    public int getPages() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String getInstrument() {
        return instrument;
    }

    public void setInstrument(String instrument) {
        this.instrument = instrument;
    }

    public String getPractice() {
        return practice;
    }

    public void setPractice(String practice) {
        this.practice = practice;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public Boolean getMine() {
        return Boolean.TRUE.equals(mine);
    }

    public void setMine(Boolean mine) {
        this.mine = mine;
    }
}
