package org.fourpermille.hub.membership;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.StoredFile;

/**
 * {@code /secretariat/document?id=...[&download=true]}: a document of an application, shown in the
 * browser (PDF, image) or downloaded. The path sits under the secretariat's security constraint and the
 * service checks the role again; every access is audited by the service.
 */
@WebServlet("/secretariat/document")
public class ApplicationDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicationReview review;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long documentId;
        try {
            documentId = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ApplicationDocument document;
        try {
            document = review.document(documentId);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile file = document.getFile();
        String disposition = "true".equals(request.getParameter("download")) ? "attachment" : "inline";
        response.setContentType(file.getMediaType());
        response.setContentLengthLong(file.getSizeBytes());
        response.setHeader("Content-Disposition", disposition + "; filename*=UTF-8''"
                + URLEncoder.encode(document.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.getContent());
    }
}
