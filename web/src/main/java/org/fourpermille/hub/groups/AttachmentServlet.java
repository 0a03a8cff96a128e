package org.fourpermille.hub.groups;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.shared.BusinessException;

/**
 * {@code /groups/attachment?post=P}: the file attached to a forum post, always as a download (never shown
 * in the page's origin) and never sniffed into something else. The path sits under the signed-in pages'
 * constraint; the service checks that the reader is in the post's group, so an outsider gets a 404
 * exactly as for an unknown id.
 */
@WebServlet("/groups/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Forum forum;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long postId;
        try {
            postId = Long.parseLong(request.getParameter("post"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentFile file;
        try {
            file = forum.attachment(postId);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.mediaType());
        response.setContentLength(file.content().length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.content());
    }
}
