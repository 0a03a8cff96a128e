package org.fourpermille.hub.matching.interests;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

import org.fourpermille.hub.matching.InterestService;
import org.fourpermille.hub.groups.AttachmentDownload;
import org.fourpermille.hub.groups.AttachmentFile;

/**
 * {@code /interests/attachment?message=M}: the file of a conversation message. Under the signed-in pages'
 * constraint; the service lets only the two organisations (and the secretariat) have it, everyone else gets
 * a 404 as for an unknown id.
 */
@WebServlet("/interests/attachment")
public class InterestAttachmentServlet extends AttachmentDownload {

    private static final long serialVersionUID = 1L;

    @Inject
    private InterestService service;

    @Override
    protected String parameter() {
        return "message";
    }

    @Override
    protected AttachmentFile find(long id) {
        return service.attachment(id);
    }
}
