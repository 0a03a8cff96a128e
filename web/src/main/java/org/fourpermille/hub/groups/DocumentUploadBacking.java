package org.fourpermille.hub.groups;

import java.io.Serializable;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;

/**
 * The file chosen on a library page, between its upload (checked and stored at once) and the form that
 * publishes it as a document or a new version. The view keeps only the reference, never the bytes. The
 * upload component names the group with {@code <f:attribute name="groupId" .../>}.
 */
@Named("documentUpload")
@ViewScoped
public class DocumentUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DocumentLibrary library;

    private StagedFile staged;

    public void upload(FileUploadEvent event) {
        Object groupId = event.getComponent().getAttributes().get("groupId");
        String fileName = event.getFile().getFileName();
        try {
            staged = library.stage(Long.parseLong(String.valueOf(groupId)), fileName, event.getFile().getContent());
            Texts.info(null, "document.staged", staged.fileName());
        } catch (BusinessException e) {
            staged = null;
            Texts.error(null, e);
        }
    }

    public StagedFile getStaged() {
        return staged;
    }

    public void clear() {
        staged = null;
    }

    public long getMaxUploadBytes() {
        return org.fourpermille.hub.config.Setting.UPLOAD_MAX_BYTES.lookup(Long.class);
    }
}
