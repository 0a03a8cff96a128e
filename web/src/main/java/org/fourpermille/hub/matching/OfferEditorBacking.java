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
 * {@code /offers/edit.xhtml} (publish an offer) and {@code /offers/edit.xhtml?id=O} (its organisation's
 * representatives change it). Anyone else asking for an offer's form gets a 404.
 */
@Named("offerEditor")
@RequestScoped
public class OfferEditorBacking {

    static final String FORM = "offerForm";

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private OfferService offers;

    private OfferFormFields form = new OfferFormFields();
    private Integer version;
    private boolean found = true;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            SupportOffer offer = offers.editable(id);
            form = OfferFormFields.of(offer.details());
            version = offer.getVersion();
        } catch (NotFoundException | EJBAccessException hidden) {
            found = false;
        }
    }

    public void requireFound() throws IOException {
        if (!found) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return found;
    }

    public boolean isNew() {
        return id == null;
    }

    public String save() {
        try {
            SupportOffer offer = id == null ? offers.publish(form.toDetails())
                    : offers.edit(id, version == null ? -1 : version, form.toDetails());
            Texts.info(null, id == null ? "offer.published" : "offer.saved");
            return "/offers/offer?faces-redirect=true&id=" + offer.getId();
        } catch (BusinessException refused) {
            FormRefusal.show(FORM, refused);
        } catch (EJBAccessException refused) {
            FormRefusal.show(refused);
        }
        return null;
    }

    public Long getId() {
        return id;
    }

    public OfferFormFields getForm() {
        return form;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
