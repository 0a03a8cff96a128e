package org.fourpermille.hub.groups;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Postback;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /groups/document.xhtml?id=D}: one document: a preview of its latest version (PDF, image), every
 * version with its download, a new version, comments, and hiding it (its uploader, moderators). An
 * unknown id, a hidden document and a group the reader is not in all give the same 404, except that the
 * group's moderators still see a hidden document's page, marked hidden, to show it again.
 */
@Named("documentPage")
@RequestScoped
public class DocumentBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private DocumentLibrary library;
    @Inject
    private DocumentUploadBacking upload;

    private DocumentPage page;
    private String body;
    private String note;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            page = library.page(id);
        } catch (NotFoundException unknown) {
            page = null;
        }
    }

    public void requireFound() throws IOException {
        if (page == null) {
            NotFound.send();
        }
    }

    public String comment() {
        return attempt("commentForm", () -> {
            library.comment(id, body);
            Texts.info(null, "document.commented");
            return reload();
        });
    }

    public String addVersion() {
        return attempt("versionForm", () -> {
            DocumentVersion added = library.addVersion(id, upload.getStaged(), note);
            upload.clear();
            Texts.info(null, "document.versionAdded", added.getNumber());
            return reload();
        });
    }

    public String hide() {
        return attempt("hideForm", () -> {
            long groupId = page.document().getGroup().getId();
            library.hide(id);
            Texts.info(null, "document.hidden");
            // A moderator stays on the page, which now offers to show the document again.
            return page.pass().mayModerate() ? reload() : "/groups/documents?faces-redirect=true&group=" + groupId;
        });
    }

    public String show() {
        return attempt("showForm", () -> {
            library.show(id);
            Texts.info(null, "document.shownAgain");
            return reload();
        });
    }

    private String reload() {
        return "/groups/document?faces-redirect=true&id=" + id;
    }

    private static String attempt(String formId, Supplier<String> move) {
        try {
            return move.get();
        } catch (InvalidInputException e) {
            Texts.error(null, e);
            e.problems().forEach(p -> Texts.error(formId + ":" + p.field(), p.messageKey(), p.arguments()));
            return null;
        } catch (BusinessException e) {
            Texts.error(null, e);
            return null;
        }
    }

    public boolean isFound() {
        return page != null;
    }

    public boolean isMayHide() {
        return page != null && !page.document().isHidden() && (Postback.inProgress() || page.mayHide());
    }

    /** Only moderators ever see a hidden document's page (see the service). */
    public boolean isHidden() {
        return page != null && page.document().isHidden();
    }

    public GroupDocument getDoc() {
        return page.document();
    }

    public HubGroup getGroup() {
        return page.document().getGroup();
    }

    public DocumentVersion getLatest() {
        return page.versions().get(0);
    }

    public List<DocumentVersion> getVersions() {
        return page.versions();
    }

    public List<DocumentComment> getComments() {
        return page.comments();
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
