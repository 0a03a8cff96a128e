package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fourpermille.hub.membership.MembershipApplication;
import org.fourpermille.hub.shared.WebSession.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    // ---- issue 18: codes, country codes and ISO dates in what people read ----

    private static final List<String> DEMO_PEOPLE = List.of("partner@example.org", "member@example.org",
            "secretariat@example.org", "expert@example.org", "funder@example.org", "admin@example.org");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /**
     * The secretariat's pages whose subject is the codes themselves: the registry import describes its file
     * format (the columns' codes, dates as 2016-03-01), the reference list shows each practice's code beside its
     * names so the secretariat can keep it.
     */
    private static final Set<String> CODES_ARE_THE_SUBJECT = Set.of("secretariat/registry.xhtml", "secretariat/reference.xhtml");
    /** Distinct pages per person and language: every page of the menu and the first of each kind linked from them. */
    private static final int PAGES_PER_WALK = 45;

    @Test
    void every_page_of_every_demo_role_names_its_codes_countries_and_dates_in_the_readers_language() throws Exception {
        Pattern codes = Pattern.compile("\\b(" + String.join("|", domainEnumConstants()) + ")\\b");
        List<String> problems = new ArrayList<>();
        int walked = 0;
        for (String email : DEMO_PEOPLE) {
            WebSession web = new WebSession(base, "en");
            Page login = web.get("login.xhtml");
            Page dashboard = web.submit(login, "login", Map.of("email", email, "password", "Soil-Carbon-2050"), "submit");
            assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), email + ": " + dashboard.text());
            try {
                for (String language : List.of("en", "fr", "es")) {
                    web.chooseLanguage(language);
                    for (Page page : walk(web)) {
                        walked++;
                        if (CODES_ARE_THE_SUBJECT.contains(page.uri().getPath().replaceFirst(".*/(secretariat/)", "$1"))) {
                            continue;
                        }
                        String text = readable(page.document());
                        find(codes, text, email, language, page, "a code", problems);
                        find(ISO_DATE, text, email, language, page, "an ISO date", problems);
                    }
                }
            } finally {
                web.chooseLanguage("en"); // the demo account's saved language, as other classes expect
            }
        }
        assertTrue(walked > 100, "walked only " + walked + " pages");
        assertTrue(problems.isEmpty(), problems.size() + " problems in " + walked + " pages:\n" + String.join("\n", problems));
    }

    private static void find(Pattern pattern, String text, String email, String language, Page page, String what,
                             List<String> problems) {
        Matcher found = pattern.matcher(text);
        if (found.find()) {
            int from = Math.max(0, found.start() - 60);
            problems.add(email + " [" + language + "] " + page.uri().getPath() + "?" + page.uri().getQuery() + ": " + what
                    + " \"" + found.group() + "\" in …" + text.substring(from, Math.min(text.length(), found.end() + 40)) + "…");
        }
    }

    /**
     * What a person reads: the text of the page, without scripts, styles, and what they type into fields. The
     * audit log's detail column is left out: it is the record as the platform wrote it at the time, kept verbatim
     * as evidence for the administrators (its action column is checked).
     */
    private static String readable(Document document) {
        Document copy = document.clone();
        copy.select("script, style, textarea, input, noscript, [hidden], [aria-hidden=true], [id$=':detail']").remove();
        return copy.body() == null ? "" : copy.body().text();
    }

    /** The dashboard, then the pages it links to, breadth first, each page (path) once, GET only. */
    private static List<Page> walk(WebSession web) {
        List<Page> pages = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>(List.of(web.resolve("dashboard.xhtml").getPath()));
        Deque<String> next = new ArrayDeque<>(List.of("dashboard.xhtml"));
        while (!next.isEmpty() && pages.size() < PAGES_PER_WALK) {
            Page page = web.get(next.removeFirst());
            if (page.status() != 200 || page.document() == null) {
                continue;
            }
            pages.add(page);
            for (Element link : page.document().select("a[href]")) {
                String href = link.attr("abs:href");
                if (href.isEmpty()) {
                    href = page.uri().resolve(link.attr("href")).toString();
                }
                URI target = URI.create(href.replace(" ", "%20"));
                String path = target.getPath();
                if (target.getHost() == null || !target.getHost().equals(page.uri().getHost()) || path == null
                        || !path.endsWith(".xhtml") || path.contains("/unsubscribe") || path.contains("/password/")
                        || path.contains("/login") || (target.getQuery() != null && target.getQuery().contains("lang="))) {
                    continue;
                }
                if (seen.add(path)) {
                    next.add(target.toString());
                }
            }
        }
        return pages;
    }

    /**
     * Every constant of every enum of the platform's own classes (entities, services), as a page would show it
     * if it printed the code instead of its label. Two- and three-letter ones are left out: they are also the
     * words people write (STC, EUR, EN).
     */
    private static Set<String> domainEnumConstants() throws IOException, URISyntaxException, ClassNotFoundException {
        Set<String> constants = new TreeSet<>();
        for (Class<?> anchor : List.of(MembershipApplication.class, Class.forName("org.fourpermille.hub.membership.ApplicationReview", false, WebTierIT.class.getClassLoader()))) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names = new ArrayList<>();
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.map(f -> location.relativize(f).toString().replace('\\', '/')).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName()).forEach(names::add);
                }
            }
            for (String name : names) {
                if (name.startsWith("org/fourpermille/hub/") && name.endsWith(".class") && !name.contains("module-info")) {
                    Class<?> type;
                    try {
                        type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
                                WebTierIT.class.getClassLoader());
                    } catch (ClassNotFoundException | LinkageError unloadable) {
                        continue;
                    }
                    if (type.isEnum()) {
                        for (Object constant : type.getEnumConstants()) {
                            String code = ((Enum<?>) constant).name();
                            if (code.length() > 3 && code.equals(code.toUpperCase(java.util.Locale.ROOT))) {
                                constants.add(code);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(constants.contains("DECLARATION_INTENT") && constants.contains("BUREAU"), constants.toString());
        return constants;
    }
}
