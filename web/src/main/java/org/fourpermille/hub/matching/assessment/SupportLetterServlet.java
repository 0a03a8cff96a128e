package org.fourpermille.hub.matching.assessment;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.matching.AssessmentService;
import org.fourpermille.hub.matching.SupportLetterFacts;
import org.fourpermille.hub.shared.BusinessException;

/**
 * {@code /assessment/letter?request=R}: the letter of support of a positively assessed project, a PDF in the
 * owner's language. Under the signed-in pages' constraint; the service lets only the owner's representatives
 * and the secretariat have it: anyone else gets a 404, exactly as for an unknown id.
 */
@WebServlet("/assessment/letter")
public class SupportLetterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AssessmentService assessments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SupportLetterFacts facts;
        try {
            facts = assessments.letter(Long.parseLong(request.getParameter("request")));
        } catch (NumberFormatException | BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = SupportLetterPdf.write(facts);
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"letter-of-support-" + facts.requestId() + ".pdf\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
