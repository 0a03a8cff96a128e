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
 * {@code /groups/file?version=...[&inline=true]}: one version of a group's document, through the service
 * (which checks the group and audits the download). Someone outside the group gets the same 404 as for an
 * id that does not exist. PDF and images may be shown in the browser (the document page previews them in
 * a frame of the same origin); anything else is always an attachment, and nothing is sniffed.
 */
@WebServlet("/groups/file")
public class DocumentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * For a preview: the document may sit in a frame of the platform's own pages, and the browser's PDF
     * viewer needs {@code object-src 'self'}; nothing else runs or loads.
     */
    static final String PREVIEW_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
    /** For a download, which the browser never renders. */
    static final String ATTACHMENT_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

    @Inject
    private DocumentLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long versionId;
        try {
            versionId = Long.parseLong(request.getParameter("version"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentDownload download;
        try {
            download = library.download(versionId);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean inline = "true".equals(request.getParameter("inline")) && download.mayShowInline();
        response.setContentType(download.mediaType());
        response.setContentLength(download.content().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", disposition(inline, download.fileName()));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Security-Policy", inline ? PREVIEW_CSP : ATTACHMENT_CSP);
        response.setHeader("X-Frame-Options", inline ? "SAMEORIGIN" : "DENY");
        response.getOutputStream().write(download.content());
    }

    /** RFC 6266 with the RFC 5987 form for any name, and a plain ASCII name for old clients. */
    static String disposition(boolean inline, String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace('"', '_').replace('\\', '_');
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
