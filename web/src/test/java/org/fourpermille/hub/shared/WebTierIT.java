package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.fourpermille.hub.shared.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every page owes its visitor: their language, security headers, a safe session cookie, error pages
 * that explain and lead back (never a stack trace), and health endpoints for the operators.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebTierIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @Test
    void anonymous_visitors_get_the_home_page_in_their_browsers_language() {
        assertTrue(new WebSession(base, "es-AR,es;q=0.9,en;q=0.5").get("").text()
                .contains("El espacio de trabajo de la Iniciativa"));
        assertTrue(new WebSession(base, "fr-CA,fr;q=0.9").get("index.xhtml").text()
                .contains("L'espace de travail de l'Initiative"));
        assertTrue(new WebSession(base, "de-DE,de;q=0.9").get("index.xhtml").text()
                .contains("The workspace of the"), "a language the platform does not speak falls back to English");
    }

    @Test
    void the_language_switch_sticks_for_the_session() {
        WebSession web = new WebSession(base, "en");
        Page spanish = web.get("index.xhtml?lang=es");
        assertFalse(spanish.uri().getQuery() != null && spanish.uri().getQuery().contains("lang"),
                "the switch redirects to the page without the parameter");
        assertEquals("es", spanish.document().selectFirst("html").attr("lang"));
        assertTrue(web.get("login.xhtml").text().contains("Iniciar sesión"));
    }

    @Test
    void every_page_carries_the_security_headers_and_a_safe_session_cookie() {
        WebSession web = new WebSession(base, "en");
        Page home = web.get("login.xhtml");
        String csp = home.header("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("'nonce-"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", home.header("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", home.header("X-Frame-Options").orElse(null));
        assertEquals("strict-origin-when-cross-origin", home.header("Referrer-Policy").orElse(null));
        String cookie = home.response().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("HUBSESSION=")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(home.header("X-Powered-By").isPresent(), "no server product in headers");
        String server = home.header("Server").orElse("");
        assertFalse(server.contains("Payara") || server.matches(".*\\d.*"), "no server version: " + server);

        Page css = web.get("jakarta.faces.resource/hub.css.xhtml?ln=hub");
        assertEquals(200, css.status());
        assertEquals("nosniff", css.header("X-Content-Type-Options").orElse(null));
    }

    @Test
    void a_form_sent_empty_lists_its_errors_in_a_valid_list_that_is_announced() {
        WebSession web = new WebSession(base, "en");
        Page empty = web.submit(web.get("join/application.xhtml"), "join", Map.of(), "save");
        org.jsoup.nodes.Element box = empty.document().selectFirst(".ui-messages-error");
        assertTrue(box != null, "the errors are listed: " + empty.text());
        assertEquals("alert", box.attr("role"), "the box of errors is announced: " + box.outerHtml());
        assertFalse(box.select("ul > li").isEmpty(), box.outerHtml());
        // A role on the items would make them no list items, and the list invalid (issue 18).
        assertTrue(box.select("ul > li[role]").isEmpty() && box.select("ul > :not(li)").isEmpty(), box.outerHtml());
    }

    @Test
    void a_missing_page_explains_itself_in_the_visitors_language_and_leads_back() {
        Page english = new WebSession(base, "en").get("no-such-page.xhtml");
        assertEquals(404, english.status());
        assertTrue(english.text().contains("Page not found"), english.text());
        assertTrue(english.has("backLink"));

        Page french = new WebSession(base, "fr").get("nothing/here.xhtml");
        assertEquals(404, french.status());
        assertTrue(french.text().contains("Page introuvable"), french.text());
        assertFalse(french.text().contains("Exception"), "never a stack trace");
    }

    @Test
    void a_partner_opening_an_administration_page_is_refused_with_an_explanation() {
        WebSession web = new WebSession(base, "en");
        Page login = web.get("login.xhtml");
        web.submit(login, "login", Map.of("email", "partner@example.org", "password", "Soil-Carbon-2050"), "submit");
        for (String page : List.of("admin/accounts.xhtml", "admin/audit.xhtml", "admin/mail.xhtml")) {
            Page refused = web.get(page);
            assertEquals(403, refused.status(), page);
            assertTrue(refused.text().contains("Access denied"), refused.text());
        }
    }

    @Test
    void readiness_checks_the_database_schema_and_liveness_the_jvm() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(root.resolve("health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\"") && ready.body().contains("UP"), ready.body());
        HttpResponse<String> live = client.send(HttpRequest.newBuilder(root.resolve("health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"jvm\""), live.body());
    }
}
