package org.fourpermille.hub.shared;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fourpermille.hub.shared.operations.RequestMetrics;

/**
 * Runs first on every request, and decides what never reaches a page:
 * <ul>
 * <li>security headers on every response, the caller's address for the audit log and the throttle, and
 * the request's id in the answer and in the log ({@link RequestId});</li>
 * <li>methods other than GET, HEAD and POST (405), and control characters in the address (400): a NUL byte
 * in a filter would otherwise reach PostgreSQL, which refuses it with an error page;</li>
 * <li>control characters in the fields of a POST that is not a Faces form (Faces forms say it next to the
 * field, see {@link TextInputConverter});</li>
 * <li>a multipart request larger than the platform reads, answered with the "too large" page instead of the
 * error the container would raise when a page reads its fields;</li>
 * <li>{@code /metrics} for the operator only ({@link OperatorAccess}), and every request timed for it
 * ({@link RequestMetrics});</li>
 * <li>the language links of anonymous visitors ({@code ?lang=fr}): the choice is kept for what they read
 * (cookie, or session if there is one) and the same page comes back without the parameter, at a path this
 * site serves ({@link LocalPath}), never at an address that a crafted request line points elsewhere.
 * A GET never writes to an account: a signed-in person's choice is saved by the header's form (a POST).</li>
 * </ul>
 * On an error dispatch it only hands the error page a request it can render ({@link ErrorDispatch}).
 */
@WebFilter(filterName = "RequestFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(RequestFilter.class.getName());

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    static final String ALLOW = "GET, HEAD, POST";

    @Inject
    private RequestOrigin origin;

    @Inject
    private UserPreferences preferences;

    @Inject
    private RequestMetrics metrics;

    private transient OperatorAccess operator;

    @Override
    public void init() throws ServletException {
        operator = OperatorAccess.fromSettings();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            if (!preferences.isDecided()) {
                preferences.localeFor(request, response); // an error the container raised before this filter ran
            }
            chain.doFilter(ErrorDispatch.request(request), ErrorDispatch.response(response));
            return;
        }
        long started = System.nanoTime();
        String id = RequestId.of(request.getHeader(RequestId.HEADER));
        response.setHeader(RequestId.HEADER, id);
        try (RequestId.Scope named = RequestId.enter(id)) {
            handle(request, response, chain);
            metrics.record(request, response, System.nanoTime() - started);
        } catch (IOException | ServletException | RuntimeException failed) {
            if (DatabaseOutage.isCause(failed) && DatabaseOutage.answer(request, response, preferences.localeFor(request, response))) {
                LOG.warning(() -> "Answered 503: the database is out of reach (" + failed + ")");
                metrics.record(request, response, System.nanoTime() - started);
                return;
            }
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR); // what the container will answer
            metrics.record(request, response, System.nanoTime() - started);
            throw failed;
        }
    }

    private void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8"); // before anything reads a parameter
        }
        origin.remoteAddress(request.getRemoteAddr());
        preferences.localeFor(request, response); // first: every refusal below is said in the reader's language
        Responses.securityHeaders(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.endsWith(".xhtml") && !path.endsWith("/")) {
            response.setHeader(Responses.CSP, Responses.DEFAULT_CSP);
        }
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", ALLOW);
            if ("OPTIONS".equals(request.getMethod())) {
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            }
            return;
        }
        if (ControlCharacters.inUrlEncoded(request.getRequestURI()) || ControlCharacters.inUrlEncoded(request.getQueryString())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (path.equals("/metrics") || path.startsWith("/metrics/")) {
            if (!operator.allows(request.getRemoteAddr(), request.getHeader("Authorization"),
                    request.getHeader("X-Forwarded-For") != null)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND); // nothing to see here for anyone else
                return;
            }
        } else if ("POST".equals(request.getMethod()) && !readableBody(request, response, path)) {
            return;
        }
        Optional<SupportedLocale> chosen = SupportedLocale.fromTag(request.getParameter("lang"));
        if (chosen.isPresent() && "GET".equals(request.getMethod())) {
            preferences.choose(chosen.get());
            Responses.redirect(request, response, request.getContextPath()
                    + LocalPath.of(withoutLang(path, request.getQueryString())).orElse("/"));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the body of a POST can be given to a page; if not, the answer has been sent. */
    private static boolean readableBody(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        if (Responses.isMultipart(request)) {
            if (Responses.announcesOversizeUpload(request)) {
                tooLarge(request, response);
                return false;
            }
            try {
                request.getParts(); // read now, within the limits of web.xml, so no page meets the failure
            } catch (IllegalStateException overLimit) {
                tooLarge(request, response);
                return false;
            } catch (ServletException | IOException unreadable) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return false;
            }
        }
        if (!path.endsWith(".xhtml")) {
            for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
                for (String value : field.getValue()) {
                    if (ControlCharacters.in(value) || ControlCharacters.in(field.getKey())) {
                        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The "too large" page. The request's body is not read (its connection is closed after the answer),
     * so an Ajax upload is sent there by a partial response and a plain form by a redirect.
     */
    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            // Let the container meet the limit now: the error page's rendering asks for a parameter of this
            // same request (CDI's conversation id), which must find the parameters already given up.
            request.getParameter("cid");
        } catch (RuntimeException overLimit) {
            // expected: the body is over the limit
        }
        response.setHeader("Connection", "close");
        String page = request.getContextPath() + "/error/upload-too-large.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            Responses.redirect(request, response, page);
        } else {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    static String withoutLang(String path, String query) {
        String kept = query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return path + (kept.isEmpty() ? "" : "?" + kept);
    }
}
