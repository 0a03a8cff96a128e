package org.fourpermille.hub.matching.interests;

import java.io.Serializable;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.InterestService;
import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.groups.StagedFile;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.ViewScoped;
import org.primefaces.event.FileUploadEvent;

/**
 * The file chosen for the next message of a conversation, between its upload (checked and stored at once)
 * and the "send" button. The view keeps only the reference, never the bytes. The upload names the interest
 * with {@code <f:attribute name="interestId" .../>}.
 */
@Named("interestUpload")
@ViewScoped
public class InterestUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InterestService service;

    private StagedFile staged;

    public void upload(FileUploadEvent event) {
        Object interestId = event.getComponent().getAttributes().get("interestId");
        try {
            staged = service.stage(Long.parseLong(String.valueOf(interestId)), event.getFile().getFileName(),
                    event.getFile().getContent());
            Texts.info(null, "interest.fileStaged", staged.fileName());
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
        return Setting.UPLOAD_MAX_BYTES.lookup(Long.class);
    }
}
