package org.fourpermille.hub.membership;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.shared.BusinessException;

/**
 * {@code /directory/logo?id=...}: an organisation's logo for the directory's pages. The path sits under
 * the signed-in pages' security constraint and the service checks the role again. The ETag is the file's
 * SHA-256, so a browser asks again only when the logo changed; the pages add {@code &v=} with the same
 * hash to the address, so a new logo shows at once. Only the person's own browser may keep a copy.
 */
@WebServlet("/directory/logo")
public class DirectoryLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String CACHE = "private, max-age=86400";

    @Inject
    private OrganisationDirectory directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long organisationId;
        try {
            organisationId = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Logo logo;
        try {
            logo = directory.logo(organisationId);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + logo.sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE);
        String known = request.getHeader("If-None-Match");
        if (known != null && (known.contains(etag) || known.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(logo.mediaType());
        response.setContentLength(logo.content().length);
        response.setHeader("Content-Disposition", "inline");
        response.getOutputStream().write(logo.content());
    }
}
