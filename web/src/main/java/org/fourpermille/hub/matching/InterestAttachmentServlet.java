package org.fourpermille.hub.matching;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.groups.AttachmentFile;
import org.fourpermille.hub.shared.BusinessException;

/**
 * {@code /interests/attachment?message=M}: the file of a conversation message, always as a download and never
 * sniffed. Under the signed-in pages' constraint; the service lets only the two organisations (and the
 * secretariat) have it, everyone else gets a 404 as for an unknown id.
 */
@WebServlet("/interests/attachment")
public class InterestAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private InterestService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long messageId;
        try {
            messageId = Long.parseLong(request.getParameter("message"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentFile file;
        try {
            file = service.attachment(messageId);
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
