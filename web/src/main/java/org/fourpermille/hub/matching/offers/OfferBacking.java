package org.fourpermille.hub.matching.offers;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.FormRefusal;
import org.fourpermille.hub.matching.ListingBacking;
import org.fourpermille.hub.matching.OfferService;
import org.fourpermille.hub.matching.SupportOffer;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Texts;

/**
 * {@code /offers/offer.xhtml?id=O}: an offer, whether it is still open, and for its organisation's
 * representatives the link to its form and the withdrawal.
 */
@Named("offerPage")
@RequestScoped
public class OfferBacking extends ListingBacking<SupportOffer> {

    @Inject
    private OfferService offers;

    private boolean open;

    @Override
    protected SupportOffer read(long id) {
        return offers.read(id);
    }

    @Override
    protected boolean mayEdit(long id) {
        return offers.mayEdit(id);
    }

    @Override
    protected void loaded(SupportOffer offer) {
        open = offer.isOpen(offers.today());
    }

    public SupportOffer getOffer() {
        return item();
    }

    public boolean isOpen() {
        return open;
    }

    public String withdraw() {
        try {
            offers.withdraw(id(), expectedVersion());
            Texts.info(null, "offer.withdrawnDone");
        } catch (BusinessException refused) {
            Texts.error(null, refused);
        } catch (EJBAccessException refused) {
            FormRefusal.show(refused);
        }
        return "/offers/offer?faces-redirect=true&id=" + id();
    }
}
