package org.fourpermille.hub.membership;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.omnifaces.cdi.Param;

/**
 * {@code /directory/organisation.xhtml?id=...}: one organisation as the directory shows it. An unknown id,
 * or an organisation the reader may not see (suspended or withdrawn, for partners), answers with the
 * "page not found" page and status 404, as a missing page does.
 */
@Named("directoryOrganisation")
@RequestScoped
public class DirectoryOrganisationBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private OrganisationDirectory directory;

    private DirectoryProfile organisation;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            organisation = directory.organisation(id);
        } catch (BusinessException notFound) {
            organisation = null;
        }
    }

    /** Before the page renders: the 404 page instead when there is nothing to show. */
    public void requireFound() throws IOException {
        if (organisation == null) {
            NotFound.send();
        }
    }

    public DirectoryProfile getOrganisation() {
        return organisation;
    }

    public String countryName(String code) {
        return DirectoryBacking.countryName(code, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The name of the organisation's College in the reader's language. */
    public String getCollegeName() {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return directory.colleges(locale).getOrDefault(organisation.college(), organisation.college().code());
    }
}
