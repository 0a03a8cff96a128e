package org.fourpermille.hub.matching.offers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.EditorBacking;
import org.fourpermille.hub.matching.OfferService;
import org.fourpermille.hub.matching.SupportOffer;
import org.fourpermille.hub.shared.Texts;

/** {@code /offers/edit.xhtml} (publish an offer) and {@code /offers/edit.xhtml?id=O}: see {@link EditorBacking}. */
@Named("offerEditor")
@RequestScoped
public class OfferEditorBacking extends EditorBacking<SupportOffer, OfferFormFields> {

    @Inject
    private OfferService offers;

    public OfferEditorBacking() {
        super(new OfferFormFields());
    }

    @Override
    protected SupportOffer editable(long id) {
        return offers.editable(id);
    }

    @Override
    protected OfferFormFields formOf(SupportOffer offer) {
        return OfferFormFields.of(offer.details());
    }

    @Override
    protected SupportOffer store(Long id, int expectedVersion, OfferFormFields form) {
        return id == null ? offers.publish(form.toDetails()) : offers.edit(id, expectedVersion, form.toDetails());
    }

    @Override
    protected void confirm(SupportOffer offer, boolean created) {
        Texts.info(null, created ? "offer.published" : "offer.saved");
    }

    @Override
    protected String formId() {
        return "offerForm";
    }

    @Override
    protected String page() {
        return "/offers/offer";
    }

    @Override
    protected java.util.Map<String, String> texts(OfferFormFields shown) {
        return shown.texts();
    }
}
