package org.fourpermille.hub.shared;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request that failed because the database cannot be reached (restarted, failed over, the network in
 * between): the person is told the platform is back in a moment, with status 503 and {@code Retry-After},
 * instead of the error page, which itself needs the database (the header's notification badge, the menu)
 * and would end in a bare 500. Nothing is lost: what was being saved was not committed, and the session is
 * in the data grid, not in the database.
 *
 * <p>The answer is a small page written here, in the reader's language (known without the database: the
 * session or the language cookie), with the site's style sheet, served by Faces without the database.
 */
public final class DatabaseOutage {

    /** How long a reader, a browser or a load balancer should wait before trying again, in seconds. */
    static final String RETRY_AFTER = "30";

    /**
     * The resource adapter's wrappers of a connection it could not make or use; their JDBC cause, when there
     * is one, says the same with SQLState class 08.
     */
    private static final Set<String> POOL_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException",
            "jakarta.resource.spi.LocalTransactionException");

    private DatabaseOutage() {
    }

    /** Whether {@code failure} comes from the database being out of reach (not from a query or a rule). */
    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true; // connection exception: cannot connect, connection lost, connection closed
            }
            if (cause instanceof SocketException || POOL_FAILURES.contains(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().startsWith("Error in allocating a connection")) {
                return true; // the pool's own words when it could not hand out a connection
            }
        }
        return false;
    }

    /** Writes the "back in a moment" answer, unless something was already sent (then nothing can be changed). */
    public static boolean answer(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        if (response.isCommitted()) {
            return false;
        }
        response.resetBuffer();
        response.setHeader("Cache-Control", "no-store");
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // Faces' script follows only a partial response: the page is asked again, and shows the text below.
            response.setStatus(HttpServletResponse.SC_OK);
            Responses.redirect(request, response, request.getRequestURI());
            return true;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = escape(Texts.text(locale, "error.unavailable.title"));
        String text = escape(Texts.text(locale, "error.unavailable.text"));
        String again = escape(Texts.text(locale, "error.unavailable.again"));
        String context = request.getContextPath();
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + context + "/jakarta.faces.resource/hub.css.xhtml?ln=hub\"/></head>"
                + "<body><main id=\"main\"><section class=\"hub-narrow hub-error\" aria-labelledby=\"errorTitle\">"
                + "<h1 id=\"errorTitle\">" + title + "</h1><p>" + text + "</p>"
                + "<p><a class=\"hub-button\" href=\"" + escape(request.getRequestURI()) + "\">" + again + "</a></p>"
                + "</section></main></body></html>");
        return true;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
