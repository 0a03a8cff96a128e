package org.fourpermille.hub.matching.interests;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.InterestRow;
import org.fourpermille.hub.matching.InterestService;

/** {@code /interests/index.xhtml}: the interests of the caller's organisation, sent and received (all, for the secretariat). */
@Named("interests")
@RequestScoped
public class InterestsBacking {

    @Inject
    private InterestService service;

    private List<InterestRow> rows;

    public List<InterestRow> getRows() {
        if (rows == null) {
            rows = service.mine(InterestForms.locale());
        }
        return rows;
    }
}
