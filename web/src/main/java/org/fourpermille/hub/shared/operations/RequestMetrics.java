package org.fourpermille.hub.shared.operations;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Requests, their latency and their errors per page, for the operator's {@code /metrics}: a timer
 * {@code hub_requests} and a counter {@code hub_request_errors} (status class 4xx or 5xx), both tagged with
 * the page. The page is the Faces view's path ({@code /groups/topic.xhtml}, without its query) or, for
 * the other servlets, their mapping ({@code /documents/file/*}), the stylesheets, scripts and images together
 * as {@code (resources)}; every address that was not found counts
 * as one page {@code (not found)}, so a scanner cannot make the list of pages grow without end.
 */
@ApplicationScoped
public class RequestMetrics {

    static final String NOT_FOUND = "(not found)";
    static final String RESOURCES = "(resources)";

    private static final Metadata REQUESTS = Metadata.builder().withName("hub_requests")
            .withDescription("Requests answered, with their duration, per page").withUnit(MetricUnits.SECONDS).build();
    private static final Metadata ERRORS = Metadata.builder().withName("hub_request_errors")
            .withDescription("Requests answered with a refusal (4xx) or a server error (5xx), per page").build();

    @Inject
    private MetricRegistry registry;

    public void record(HttpServletRequest request, HttpServletResponse response, long nanos) {
        int status = response.getStatus();
        Tag page = new Tag("page", pageOf(request, status));
        registry.timer(REQUESTS, page).update(Duration.ofNanos(nanos));
        if (status >= 400) {
            registry.counter(ERRORS, page, new Tag("status", status >= 500 ? "5xx" : "4xx")).inc();
        }
    }

    static String pageOf(HttpServletRequest request, int status) {
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return NOT_FOUND;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/jakarta.faces.resource/")) {
            return RESOURCES;
        }
        if (path.endsWith(".xhtml")) {
            return path;
        }
        HttpServletMapping mapping = request.getHttpServletMapping();
        String pattern = mapping == null ? "" : mapping.getPattern();
        return pattern.isEmpty() || "/".equals(pattern) ? path.equals("/") ? "/" : "(static)" : pattern;
    }
}
