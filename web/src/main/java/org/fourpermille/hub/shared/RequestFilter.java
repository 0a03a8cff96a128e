package org.fourpermille.hub.shared;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs first on every request: security headers on every response, the caller's address for the audit
 * log and the throttle, and the language switch ({@code ?lang=fr} on any page: kept in the session and,
 * for a signed-in person, saved to their account; then the same page is shown again without the parameter).
 */
@WebFilter(filterName = "RequestFilter", urlPatterns = "/*", asyncSupported = true)
public class RequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** For responses that are not Faces pages; PrimeFaces sends its own, with a nonce, for pages. */
    static final String DEFAULT_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Inject
    private RequestOrigin origin;

    @Inject
    private UserPreferences preferences;

    @Inject
    private Event<LanguageChosen> languageChosen;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8"); // before anything reads a parameter
        }
        origin.remoteAddress(request.getRemoteAddr());
        preferences.localeFor(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.endsWith(".xhtml") && !path.endsWith("/")) {
            response.setHeader("Content-Security-Policy", DEFAULT_CSP);
        }
        Optional<SupportedLocale> chosen = SupportedLocale.fromTag(request.getParameter("lang"));
        if (chosen.isPresent() && "GET".equals(request.getMethod())) {
            preferences.choose(chosen.get());
            if (request.getUserPrincipal() != null) {
                languageChosen.fire(new LanguageChosen(chosen.get()));
            }
            response.sendRedirect(withoutLang(request));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String withoutLang(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : request.getQueryString()
                .replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return request.getRequestURI() + (query.isEmpty() ? "" : "?" + query);
    }
}
