package org.fourpermille.hub.matching;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The marketplace on the Projects Interface's front page: the latest projects shown to partners and the newest open offers. */
@Named("marketplace")
@RequestScoped
public class MarketplaceBacking {

    static final int SHOWN = 5;

    @Inject
    private ProjectService projects;
    @Inject
    private OfferService offers;

    private List<Project> latestProjects;
    private List<SupportOffer> latestOffers;

    public List<Project> getProjects() {
        if (latestProjects == null) {
            latestProjects = projects.latestVisible(SHOWN);
        }
        return latestProjects;
    }

    public List<SupportOffer> getOffers() {
        if (latestOffers == null) {
            latestOffers = offers.latestOpen(SHOWN);
        }
        return latestOffers;
    }
}
