package org.fourpermille.hub.membership;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Texts;
import org.fourpermille.hub.shared.UserPreferences;
import org.omnifaces.cdi.Param;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /join/application.xhtml[?key=...]}: the "Join the Initiative" form. Without a key it starts a
 * draft; with the emailed key it edits the draft (or answers the secretariat's question), takes the
 * documents and submits. Every request reloads the application from the database by its key, so a
 * draft survives the loss of a node and of the browser session alike.
 */
@Named("join")
@RequestScoped
public class JoinApplicationBacking {

    /** Uploads are named {@code upload_<DocumentKind>} in the page. */
    private static final String UPLOAD_PREFIX = "upload_";

    @Inject
    @Param(name = "key")
    private String key;

    @Inject
    private ApplicationDesk desk;
    @Inject
    private UserPreferences preferences;

    private MembershipApplication application;
    private ApplicationFormFields fields = new ApplicationFormFields();
    private String problem;

    @PostConstruct
    void load() {
        if (key == null) {
            return;
        }
        try {
            application = desk.open(key);
            fields = ApplicationFormFields.of(application.form());
        } catch (BusinessException e) {
            problem = Texts.text(e.messageKey(), e.arguments());
        }
    }

    /** Saves the form: creates the draft on the first save, and then shows it at its own address. */
    public String save() {
        try {
            if (application == null) {
                String newKey = desk.start(fields.toForm(), preferences.getLanguage());
                Texts.info(null, "join.saved.first");
                return "/join/application?faces-redirect=true&key=" + newKey;
            }
            application = desk.save(key, fields.toForm());
            Texts.info(null, "join.saved");
            return null;
        } catch (InvalidInputException e) {
            Texts.error(null, e);
            ApplicationFormFields.show("join", e.problems());
            return null;
        } catch (BusinessException e) {
            Texts.error(null, e);
            return null;
        }
    }

    public void upload(FileUploadEvent event) {
        String id = event.getComponent().getId();
        DocumentKind kind = DocumentKind.valueOf(id.substring(UPLOAD_PREFIX.length()));
        String fileName = event.getFile().getFileName();
        try {
            desk.attach(key, kind, fileName, event.getFile().getContent());
            application = desk.open(key);
            Texts.info(null, "join.document.added", fileName);
        } catch (BusinessException e) {
            Texts.error(null, e);
        }
    }

    public void remove(long documentId) {
        try {
            application = desk.removeDocument(key, documentId);
            Texts.info(null, "join.document.removed");
        } catch (BusinessException e) {
            Texts.error(null, e);
        }
    }

    /** Saves what is on the screen, then submits; a refused submission keeps everything typed. */
    public String submit() {
        try {
            desk.save(key, fields.toForm());
            MembershipApplication submitted = desk.submit(key);
            Texts.info(null, "join.submitted", submitted.getReference());
            return "/join/application?faces-redirect=true&key=" + key;
        } catch (InvalidInputException e) {
            Texts.error(null, "join.error.notSubmitted");
            e.problems().forEach(p -> Texts.error(null, p.messageKey(), p.arguments()));
            ApplicationFormFields.show("join", e.problems().stream().filter(p -> !p.field().startsWith("document_")).toList());
            return null;
        } catch (BusinessException e) {
            Texts.error(null, e);
            return null;
        }
    }

    /** An organisation's application to become a Member: its identity and level are fixed. */
    public boolean isUpgrade() {
        return application != null && application.isUpgrade();
    }

    public boolean isStarted() {
        return application != null;
    }

    public boolean isEditable() {
        return application == null ? problem == null : application.getStatus().isEditable();
    }

    public String getProblem() {
        return problem;
    }

    public MembershipApplication getApplication() {
        return application;
    }

    public ApplicationFormFields getFields() {
        return fields;
    }

    public String getKey() {
        return key;
    }

    /** The documents to provide, in the order the page lists them. */
    public List<DocumentKind> getRequiredDocuments() {
        return application == null ? List.of() : application.getRequiredDocuments();
    }

    public boolean isLegalProofExempt() {
        return application != null && application.getType().isLegalProofExempt();
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public LegalStatus[] getLegalStatuses() {
        return LegalStatus.values();
    }

    public MembershipLevel[] getLevels() {
        return MembershipLevel.values();
    }

    public List<SelectItem> getCountries() {
        return ApplicationFormFields.countries(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public long getMaxUploadBytes() {
        return org.fourpermille.hub.config.Setting.UPLOAD_MAX_BYTES.lookup(Long.class);
    }
}
