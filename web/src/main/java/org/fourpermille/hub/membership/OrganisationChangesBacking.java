package org.fourpermille.hub.membership;

import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Postback;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /secretariat/changes.xhtml[?id=...]}: the changes of name or type that representatives proposed,
 * oldest first; with an id, the decision form for that one (approve, or reject with a reason). The form
 * carries the version seen, so a colleague's decision in between is reported, not repeated.
 */
@Named("organisationChanges")
@RequestScoped
public class OrganisationChangesBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private OrganisationAdministration administration;

    private List<OrganisationChange> pending;
    private OrganisationChange selected;
    private int version;
    private String note;

    @PostConstruct
    void load() {
        pending = administration.pendingChanges();
        if (id != null) {
            try {
                selected = administration.change(id);
                version = selected.getVersion();
            } catch (BusinessException e) {
                Texts.error(null, e);
            }
        }
    }

    public String approve() {
        return decide(() -> administration.approveChange(id, version, note), "organisationChange.done.approved");
    }

    public String reject() {
        return decide(() -> administration.rejectChange(id, version, note), "organisationChange.done.rejected");
    }

    private String decide(Supplier<OrganisationChange> move, String doneKey) {
        try {
            OrganisationChange change = move.get();
            Texts.info(null, doneKey, change.getOrganisation().getName());
            return "/secretariat/changes?faces-redirect=true";
        } catch (BusinessException e) {
            Texts.error(null, e);
            pending = administration.pendingChanges();
            selected = administration.change(id);
            version = selected.getVersion();
            return null;
        }
    }

    /** The decision form: while a postback is processed it is there whenever a change was named, so a late decision is refused with a message. */
    public boolean isDeciding() {
        if (selected == null) {
            return false;
        }
        if (Postback.inProgress()) {
            return true;
        }
        return selected.getStatus() == OrganisationChangeStatus.PENDING;
    }

    public List<OrganisationChange> getPending() {
        return pending;
    }

    public OrganisationChange getSelected() {
        return selected;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
