package org.fourpermille.hub.groups;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

/**
 * {@code /groups/attachment?post=P}: the file attached to a forum post. The path sits under the signed-in
 * pages' constraint; the service checks that the reader is in the post's group, so an outsider gets a 404
 * exactly as for an unknown id.
 */
@WebServlet("/groups/attachment")
public class AttachmentServlet extends AttachmentDownload {

    private static final long serialVersionUID = 1L;

    @Inject
    private Forum forum;

    @Override
    protected String parameter() {
        return "post";
    }

    @Override
    protected AttachmentFile find(long id) {
        return forum.attachment(id);
    }
}
