package org.fourpermille.hub.matching;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /offers/offer.xhtml?id=O}: an offer, whether it is still open, and for its organisation's
 * representatives the link to its form and the withdrawal.
 */
@Named("offerPage")
@RequestScoped
public class OfferBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private OfferService offers;

    private SupportOffer offer;
    private boolean editable;
    private boolean open;
    private Integer version;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            offer = offers.read(id);
            editable = offers.mayEdit(id);
            open = offer.isOpen(offers.today());
            version = offer.getVersion();
        } catch (NotFoundException | EJBAccessException hidden) {
            offer = null;
        }
    }

    public void requireFound() throws IOException {
        if (offer == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return offer != null;
    }

    public SupportOffer getOffer() {
        return offer;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isOpen() {
        return open;
    }

    public String withdraw() {
        try {
            offers.withdraw(id, version == null ? -1 : version);
            Texts.info(null, "offer.withdrawnDone");
        } catch (BusinessException refused) {
            Texts.error(null, refused);
        } catch (EJBAccessException refused) {
            FormRefusal.show(refused);
        }
        return "/offers/offer?faces-redirect=true&id=" + id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
