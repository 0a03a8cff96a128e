package org.fourpermille.hub.matching.interests;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.Interest;
import org.fourpermille.hub.matching.InterestDraft;
import org.fourpermille.hub.matching.InterestService;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /interests/new.xhtml?project=P&offer=O}: the caller's organisation expresses interest, from its
 * project toward an offer or from its offer toward a project (the matching pages link here). A pair the
 * caller may not act on is a 404.
 */
@Named("newInterest")
@RequestScoped
public class NewInterestBacking {

    @Inject
    @Param(name = "project")
    private Long projectId;

    @Inject
    @Param(name = "offer")
    private Long offerId;

    @Inject
    private InterestService service;

    private InterestDraft draft;
    private String message;

    @PostConstruct
    void load() {
        if (projectId == null || offerId == null) {
            return;
        }
        try {
            draft = service.draft(projectId, offerId);
        } catch (BusinessException unknownOrSuspended) {
            draft = null;
        }
    }

    public void requireFound() throws IOException {
        if (draft == null) {
            NotFound.send();
        }
    }

    public String send() {
        return InterestForms.attempt("interestForm", () -> {
            Interest interest = service.express(projectId, offerId, message);
            Texts.info(null, "interest.sent", interest.getToOrganisation().getName());
            return "/interests/interest?faces-redirect=true&id=" + interest.getId();
        });
    }

    public boolean isFound() {
        return draft != null;
    }

    public InterestDraft getDraft() {
        return draft;
    }

    public String getProjectTitle() {
        return draft.project().title(InterestForms.locale());
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
