package org.fourpermille.hub.groups;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.shared.BusinessException;

/**
 * A file attached to something a person wrote, served by the id in one request parameter: always as a
 * download (never shown in the page's origin), never sniffed into something else, never cached by shared
 * caches. A malformed id, an unknown one and one the reader may not see all get the same 404.
 */
public abstract class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The request parameter that carries the id. */
    protected abstract String parameter();

    /** The file, after the service checked the reader may have it; a refusal is a {@link BusinessException}. */
    protected abstract AttachmentFile find(long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter(parameter()));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentFile file;
        try {
            file = find(id);
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
