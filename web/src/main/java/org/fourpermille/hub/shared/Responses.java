package org.fourpermille.hub.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the platform answers outside a page: its security headers, a redirect that a Faces Ajax request
 * follows too, and the limit of a multipart request (the same figure as {@code max-request-size} in
 * {@code web.xml}, which a test compares).
 */
public final class Responses {

    /** For responses that are not Faces pages; PrimeFaces sends its own, with a nonce, for pages. */
    public static final String DEFAULT_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static final String CSP = "Content-Security-Policy";

    /** Bytes of one multipart request: a 50 MiB file and a mebibyte of form fields. */
    public static final long MULTIPART_REQUEST_LIMIT = 53_477_376L;

    private Responses() {
    }

    public static void securityHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        // Payara names itself and its version in the Server header of the application at the root; say nothing.
        response.setHeader("Server", "hub");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /**
     * Sends the browser to a path of this site (context path included by the caller): a 303 after a POST
     * so the browser asks with GET, a partial response for a Faces Ajax request, which follows only that.
     */
    public static void redirect(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
        } else if ("POST".equals(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", target);
        } else {
            response.sendRedirect(target);
        }
    }

    /** Whether a multipart request says it is larger than the platform reads (chunked ones are found on reading). */
    public static boolean announcesOversizeUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > MULTIPART_REQUEST_LIMIT;
    }

    public static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }
}
