package org.fourpermille.hub.matching.interests;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.Instrument;
import org.fourpermille.hub.matching.InterestOutcome;
import org.fourpermille.hub.matching.InterestService;
import org.fourpermille.hub.matching.InterestView;
import org.fourpermille.hub.shared.FormSubmissions;
import org.fourpermille.hub.shared.FormToken;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /interests/interest.xhtml?id=...}: one interest and its private conversation: accept or decline
 * for the receiving organisation, messages with a file, the outcome. Anyone not of the two organisations
 * (nor the secretariat) gets a 404.
 */
@Named("interestPage")
@RequestScoped
public class InterestBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private InterestService service;
    @Inject
    private InterestUploadBacking upload;

    private InterestView view;
    private String declineReason;
    private String body;
    @Inject
    private FormSubmissions submissions;
    @Inject
    private FormToken formToken;

    private String outcome = InterestOutcome.AGREEMENT.name();
    private String amount;
    private String currency = "EUR";
    private Instrument instrument;
    private String notPursuedReason;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            view = service.view(id, InterestForms.locale());
        } catch (NotFoundException unknown) {
            view = null;
        }
    }

    public void requireFound() throws IOException {
        if (view == null) {
            NotFound.send();
        }
    }

    public String accept() {
        return InterestForms.attempt("decideForm", () -> {
            service.accept(id);
            Texts.info(null, "interest.accepted");
            return reload();
        });
    }

    public String decline() {
        return InterestForms.attempt("decideForm", () -> {
            service.decline(id, declineReason);
            Texts.info(null, "interest.declined");
            return reload();
        });
    }

    public String withdraw() {
        return InterestForms.attempt("withdrawForm", () -> {
            service.withdraw(id);
            Texts.info(null, "interest.withdrawn");
            return reload();
        });
    }

    public String send() {
        return InterestForms.attempt("messageForm", () -> {
            submissions.once(formToken.posted("messageForm"), "interest.message",
                    () -> service.write(id, body, upload.getStaged()).getId());
            upload.clear();
            Texts.info(null, "interest.messageSent");
            return reload();
        });
    }

    public String recordOutcome() {
        return InterestForms.attempt("outcomeForm", () -> {
            if (InterestOutcome.NOT_PURSUED.name().equals(outcome)) {
                service.recordNotPursued(id, notPursuedReason);
            } else {
                service.recordAgreement(id, InterestForms.amount(amount), currency, instrument);
            }
            Texts.info(null, "interest.outcomeRecorded");
            return reload();
        });
    }

    private String reload() {
        return "/interests/interest?faces-redirect=true&id=" + id;
    }

    public boolean isFound() {
        return view != null;
    }

    public InterestView getView() {
        return view;
    }

    public Instrument[] getInstruments() {
        return Instrument.values();
    }

    public List<String> getCurrencies() {
        return service.currencies();
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public void setInstrument(Instrument instrument) {
        this.instrument = instrument;
    }

    public String getNotPursuedReason() {
        return notPursuedReason;
    }

    public void setNotPursuedReason(String notPursuedReason) {
        this.notPursuedReason = notPursuedReason;
    }
}
