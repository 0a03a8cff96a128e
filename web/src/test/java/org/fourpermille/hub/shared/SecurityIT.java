package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fourpermille.hub.shared.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The probes of the attack on the running platform (issue 17), replayed: parallel sign-ins, redirects off
 * the site, control characters in addresses and forms, uploads over the limit, the refusals that were error
 * pages, the status of expired views, metrics and health, sessions for anonymous reading, methods, the
 * language switch, session ids, "changed meanwhile", and a bounded fuzz of the main forms. Each asserts what
 * the person (or the operator) sees; none may meet a 500 or a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final String PASSWORD = "Soil-Carbon-2050";
    private static final Pattern SCRIPT_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern ID = Pattern.compile("(?:^|&)id=(\\d+)");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    // ---------------------------------------------------------------- sign-in

    @Test
    void fifty_sign_ins_to_one_account_at_the_same_moment_all_get_in() throws Exception {
        String email = "together-" + System.nanoTime() + "@example.org";
        TestEnvironment.createAccount(email, "Signing in from everywhere", "en", "SECRETARIAT");
        int people = 50;
        ExecutorService pool = Executors.newFixedThreadPool(people);
        try {
            CountDownLatch ready = new CountDownLatch(people);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Page>> results = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                results.add(pool.submit(() -> {
                    WebSession web = new WebSession(base, "en");
                    Page login = web.get("login.xhtml");
                    ready.countDown();
                    go.await();
                    return web.submit(login, "login", Map.of("email", email, "password", PASSWORD), "submit");
                }));
            }
            ready.await();
            go.countDown();
            int in = 0;
            for (Future<Page> result : results) {
                Page page = result.get();
                assertFalse(page.text().contains(Bundle.text("en", "login.error.invalid")), "never 'wrong password' for the right one");
                assertEquals(200, page.status(), page.text());
                if (page.uri().getPath().endsWith("/dashboard.xhtml")) {
                    in++;
                }
            }
            assertEquals(people, in, "every one of the parallel sign-ins reaches the dashboard");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void replies_of_several_people_to_one_topic_at_the_same_moment_are_all_kept() throws Exception {
        long knowledge = number("SELECT id FROM hub_group WHERE code = ?", "INTERFACE_KNOWLEDGE");
        WebSession opener = signedIn("partner@example.org", "en");
        long topic = startTopic(opener, knowledge, "Everyone answers at once " + System.nanoTime());
        int replies = 8;
        List<WebSession> people = new ArrayList<>();
        List<Page> forms = new ArrayList<>();
        for (int i = 0; i < replies; i++) {
            WebSession person = signedIn(i % 2 == 0 ? "partner@example.org" : "member@example.org", "en");
            people.add(person);
            forms.add(person.get("groups/topic.xhtml?id=" + topic));
        }
        ExecutorService pool = Executors.newFixedThreadPool(replies);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Page>> answers = new ArrayList<>();
            for (int i = 0; i < replies; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    go.await();
                    return people.get(n).submit(forms.get(n), "replyForm", Map.of("body", "Answer number " + n), "send");
                }));
            }
            go.countDown();
            for (Future<Page> answer : answers) {
                assertEquals(200, answer.get().status(), answer.get().text());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(replies, number("SELECT count(*) FROM forum_post WHERE topic_id = ? AND body LIKE 'Answer number %'", topic));
        assertEquals(replies, number("SELECT reply_count FROM forum_topic WHERE id = ?", topic), "every reply counted");
    }

    // ---------------------------------------------------------------- redirects

    @Test
    void no_redirect_leads_off_the_site() throws Exception {
        for (String target : List.of("//evil.example.org/statistics.xhtml?lang=en", "/\\evil.example.org/statistics.xhtml?lang=en",
                "/%2F%2Fevil.example.org/statistics.xhtml?lang=en", "/..//evil.example.org/statistics.xhtml?lang=fr",
                "/statistics.xhtml?lang=es")) {
            RawResponse answer = raw("GET " + target + " HTTP/1.1\r\nHost: " + hostAndPort() + "\r\nConnection: close\r\n\r\n", null);
            assertTrue(answer.status() < 500, target + " answered " + answer.status());
            String location = answer.header("Location");
            if (location != null) {
                URI to = URI.create(location);
                assertTrue(to.getHost() == null || to.getHost().equals(base.getHost()), target + " redirects off the site: " + location);
                assertFalse(to.getRawPath().startsWith("//") || to.getRawPath().contains("\\"), target + " -> " + location);
            }
        }
        for (String next : List.of("//evil.example.org/x", "/\\evil.example.org/x", "\\\\evil.example.org", "https://evil.example.org/",
                "/%2F%2Fevil.example.org", "/%5Cevil.example.org", "/..//evil.example.org")) {
            WebSession web = new WebSession(base, "en");
            Page login = web.get("login.xhtml?continue=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            Page landed = web.submit(login, "login", Map.of("email", "partner@example.org", "password", PASSWORD), "submit");
            assertEquals(base.getHost(), landed.uri().getHost(), next);
            assertTrue(landed.uri().getPath().endsWith("/dashboard.xhtml"), next + " -> " + landed.uri());
        }
        WebSession web = new WebSession(base, "en");
        Page asked = web.get("groups/index.xhtml");
        assertTrue(asked.uri().getPath().endsWith("/login.xhtml"), asked.uri().toString());
        Page landed = web.submit(asked, "login", Map.of("email", "partner@example.org", "password", PASSWORD), "submit");
        assertTrue(landed.uri().getPath().endsWith("/groups/index.xhtml"), "the page asked for opens once signed in: " + landed.uri());
    }

    // ---------------------------------------------------------------- control characters

    @Test
    void control_characters_in_an_address_are_a_clear_400() {
        Page anonymous = new WebSession(base, "en").get("index.xhtml?q=%00");
        assertEquals(400, anonymous.status());
        assertTrue(anonymous.text().contains(Bundle.text("en", "error.400.title")), anonymous.text());
        WebSession partner = signedIn("partner@example.org", "fr");
        for (String address : List.of("offers/index.xhtml?practice=B%00", "projects/index.xhtml?practice=%1b", "directory/index.xhtml?q=a%00b")) {
            Page refused = partner.get(address);
            assertEquals(400, refused.status(), address);
            assertTrue(refused.text().contains(Bundle.text("fr", "error.400.title")), address + ": " + refused.text());
        }
    }

    @Test
    void control_characters_in_a_form_are_refused_next_to_the_field_and_nothing_typed_is_lost() throws Exception {
        WebSession partner = signedIn("partner@example.org", "en");
        long knowledge = number("SELECT id FROM hub_group WHERE code = ?", "INTERFACE_KNOWLEDGE");
        Page forum = partner.get("groups/forum.xhtml?group=" + knowledge);
        String body = "Compost and cover crops, " + System.nanoTime();
        Page refused = partner.submit(forum, "newTopic", Map.of("title", "With a NUL\u0000 byte", "body", body), "start");
        assertEquals(200, refused.status(), refused.text());
        assertTrue(refused.text().contains(Bundle.text("en", "validation.controlCharacter")), refused.text());
        assertEquals(body, refused.document().getElementById("newTopic:body").wholeText(), "what was typed stays");
        assertEquals(0, number("SELECT count(*) FROM forum_post WHERE body = ?", body));
    }

    // ---------------------------------------------------------------- what used to be 500

    @Test
    void a_facilitator_who_lost_the_role_with_the_page_open_is_told_and_nothing_changes() throws Exception {
        long knowledge = number("SELECT id FROM hub_group WHERE code = ?", "INTERFACE_KNOWLEDGE");
        WebSession member = signedIn("member@example.org", "en");
        long eventId = createEvent(member, knowledge, "Facilitation handed over " + System.nanoTime());
        Page editing = member.get("groups/event.xhtml?id=" + eventId);
        assertTrue(editing.has("eventForm"), editing.text());
        String role = text("SELECT role FROM group_member WHERE group_id = ? AND account_id = (SELECT id FROM account WHERE email = ?)",
                knowledge, "member@example.org");
        update("UPDATE group_member SET role = 'MEMBER' WHERE group_id = ? AND account_id = (SELECT id FROM account WHERE email = ?)",
                knowledge, "member@example.org");
        try {
            Page answer = member.submit(editing, "eventForm", Map.of("title", "Renamed without the role"), "save");
            assertEquals(200, answer.status(), answer.text());
            assertFalse(answer.text().contains(Bundle.text("en", "event.saved")), answer.text());
            assertNotNull(answer.document().selectFirst(".ui-messages-error, .hub-problem, [role=alert]"), "a refusal is shown: " + answer.text());
            assertFalse(text("SELECT title FROM group_event WHERE id = ?", eventId).startsWith("Renamed"));
        } finally {
            update("UPDATE group_member SET role = ? WHERE group_id = ? AND account_id = (SELECT id FROM account WHERE email = ?)",
                    role, knowledge, "member@example.org");
        }
    }

    @Test
    void a_representative_posting_a_staff_form_is_refused_with_403_and_nothing_changes() {
        WebSession partner = signedIn("partner@example.org", "en");
        Page profile = partner.get("organisation/profile.xhtml");
        assertEquals(200, profile.status(), profile.text());
        assertFalse(profile.has("suspendForm"), "the staff's form is not shown to a representative");
        Map<String, String> forged = new LinkedHashMap<>();
        Map<String, String> carried = WebSession.fieldsOf(profile, "profileForm");
        forged.put("suspendForm", "suspendForm");
        forged.put("suspendForm:version", carried.getOrDefault("profileForm:version", "0"));
        forged.put("suspendForm:reason", "I suspend myself");
        forged.put("suspendForm:suspend", "");
        forged.put("jakarta.faces.ViewState", carried.get("jakarta.faces.ViewState"));
        forged.put("primefaces.nonce", carried.getOrDefault("primefaces.nonce", ""));
        Page refused = partner.post(WebSession.actionOf(profile, "profileForm"), forged, Map.of());
        assertEquals(403, refused.status(), refused.text());
        assertTrue(refused.text().contains(Bundle.text("en", "error.403.title")), refused.text());
        assertFalse(partner.get("organisation/profile.xhtml").text().contains(Bundle.text("en", "organisation.done.suspended")));
    }

    @Test
    void an_expert_without_an_organisation_is_refused_the_representatives_pages() throws Exception {
        String email = "stc-alone-" + System.nanoTime() + "@example.org";
        TestEnvironment.createAccount(email, "Expert without an organisation", "en", "STC_EXPERT");
        WebSession expert = signedIn(email, "en");
        for (String page : List.of("organisation/profile.xhtml", "interests/index.xhtml", "interests/pipeline.xhtml")) {
            Page refused = expert.get(page);
            assertEquals(403, refused.status(), page + ": " + refused.text());
            assertTrue(refused.text().contains(Bundle.text("en", "error.403.title")), refused.text());
        }
    }

    @Test
    void an_stc_term_makes_the_stc_expert_and_its_end_ends_it_and_no_administrator_gives_it() throws Exception {
        String email = "stc-term-" + System.nanoTime() + "@example.org";
        TestEnvironment.createAccount(email, "Tomás Term", "en", "PARTNER");
        long stc = number("SELECT id FROM hub_group WHERE code = 'STC'");
        String expertRole = Bundle.text("en", "role.STC_EXPERT");

        // Before any term: no expert's work, whatever the page.
        WebSession person = signedIn(email, "en");
        assertFalse(person.get("assessment/mine.xhtml").has("assignmentsTitle"), "not an expert before a term");
        assertFalse(person.get("dashboard.xhtml").document().getElementById("roles").text().contains(expertRole));

        // The secretariat appoints the person on the STC's members page: the open session ends (new roles, new
        // session), and the next sign-in carries the role into every check.
        WebSession staff = signedIn("secretariat@example.org", "en");
        Page stcPage = staff.get("groups/members.xhtml?id=" + stc);
        Page appointed = staff.submit(stcPage, "appointForm", Map.of("email", email, "startsOn", java.time.LocalDate.now().toString(),
                "endsOn", java.time.LocalDate.now().plusYears(3).toString()), "appoint");
        assertTrue(appointed.text().contains(Bundle.text("en", "group.members.appointed")), appointed.text());
        assertTrue(person.get("dashboard.xhtml").uri().toString().contains("login.xhtml?ended=true"), "the roles changed");
        person = signedIn(email, "en");
        assertTrue(person.get("dashboard.xhtml").document().getElementById("roles").text().contains(expertRole));
        assertTrue(person.get("assessment/mine.xhtml").has("assignmentsTitle"), "the term makes an expert");

        // The end of the term ends it at the next request.
        Element row = appointed.document().selectFirst("#termsForm tr[data-email=" + email + "]");
        assertNotNull(row, appointed.text());
        String endButton = row.selectFirst("[id$=:endTerm]").id().substring("termsForm".length() + 1);
        Page ended = staff.submit(appointed, "termsForm", Map.of(), endButton);
        assertTrue(ended.text().contains(Bundle.text("en", "group.members.termEnded")), ended.text());
        assertTrue(person.get("assessment/mine.xhtml").uri().toString().contains("login.xhtml?ended=true"), "the role went with the term");
        person = signedIn(email, "en");
        assertFalse(person.get("assessment/mine.xhtml").has("assignmentsTitle"), "no longer an expert");
        assertFalse(person.get("dashboard.xhtml").document().getElementById("roles").text().contains(expertRole));

        // An independent expert (no organisation, no other role) is let in by the term alone, and once it has
        // ended is told why at sign-in rather than shown an empty workspace.
        String solo = "stc-solo-" + System.nanoTime() + "@example.org";
        TestEnvironment.createAccount(solo, "Solène Solo", "en");
        TestEnvironment.appointToStc(solo, java.time.LocalDate.now().minusMonths(2), java.time.LocalDate.now().plusYears(1));
        assertTrue(signedIn(solo, "en").get("assessment/mine.xhtml").has("assignmentsTitle"));
        try (Connection db = TestEnvironment.connection(); PreparedStatement end = db.prepareStatement("UPDATE group_term SET ended_on = CURRENT_DATE"
                + " WHERE account_id = (SELECT id FROM account WHERE email = ?)")) {
            end.setString(1, solo);
            assertEquals(1, end.executeUpdate());
        }
        WebSession after = new WebSession(base, "en");
        Page refusedSignIn = after.submit(after.get("login.xhtml"), "login", Map.of("email", solo, "password", PASSWORD), "submit");
        assertTrue(refusedSignIn.uri().getPath().endsWith("/login.xhtml"), refusedSignIn.uri().toString());
        assertTrue(refusedSignIn.text().contains(Bundle.text("en", "login.error.noRole")), refusedSignIn.text());

        // The administrator's form no longer offers the role: only a term gives it.
        WebSession admin = signedIn("admin@example.org", "en");
        long id = number("SELECT id FROM account WHERE email = ?", email);
        Page edit = admin.get("admin/account.xhtml?id=" + id);
        assertEquals(200, edit.status(), edit.text());
        assertTrue(edit.document().select("input[value=STC_EXPERT]").isEmpty(), "no hand-given STC expert role");
        assertFalse(edit.document().select("input[value=PARTNER]").isEmpty(), edit.text());
    }

    @Test
    void a_form_sent_without_script_works_as_with_script() {
        WebSession web = new WebSession(base, "en");
        Page login = web.get("login.xhtml");
        Page shownAgain = web.submitWithoutScript(login, "login", Map.of("email", "partner@example.org", "password", "not it"), "submit");
        assertEquals(200, shownAgain.status(), shownAgain.text());
        assertTrue(shownAgain.text().contains(Bundle.text("en", "login.error.invalid")), shownAgain.text());
        Matcher nonce = SCRIPT_NONCE.matcher(shownAgain.document().html());
        assertTrue(nonce.find(), "the page shown again runs its scripts");
        assertTrue(shownAgain.header("Content-Security-Policy").orElse("").contains("'nonce-" + nonce.group(1) + "'"),
                "with the nonce its policy allows");
        Page landed = web.submitWithoutScript(shownAgain, "login", Map.of("email", "partner@example.org", "password", PASSWORD), "submit");
        assertEquals(200, landed.status(), landed.text());
        assertTrue(landed.uri().getPath().endsWith("/dashboard.xhtml"), landed.uri() + ": " + landed.text());
    }

    @Test
    void an_expired_or_foreign_page_says_expired_with_a_400() {
        WebSession web = new WebSession(base, "en");
        Page login = web.get("login.xhtml");
        Map<String, String> fields = new LinkedHashMap<>(WebSession.fieldsOf(login, "login"));
        fields.put("login:email", "partner@example.org");
        fields.put("login:password", PASSWORD);
        fields.put("login:submit", "");

        Map<String, String> expired = new LinkedHashMap<>(fields);
        expired.put("jakarta.faces.ViewState", "-123456789:987654321");
        Page answer = web.post(WebSession.actionOf(login, "login"), expired, Map.of());
        assertEquals(400, answer.status(), "an unknown view state: " + answer.text());
        assertTrue(answer.text().contains(Bundle.text("en", "error.expired.title")), answer.text());
        WebSession other = new WebSession(base, "en");
        other.get("index.xhtml");
        Page foreign = other.post(WebSession.actionOf(login, "login"), fields, Map.of());
        assertEquals(400, foreign.status(), "another session's page: " + foreign.text());
        assertTrue(foreign.text().contains(Bundle.text("en", "error.expired.title")), foreign.text());
    }

    @Test
    void a_page_not_found_carries_one_security_policy_whose_nonce_is_its_scripts() {
        Page missing = new WebSession(base, "en").get("no-such-page-" + System.nanoTime() + ".xhtml");
        assertEquals(404, missing.status());
        List<String> policies = missing.response().headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        Matcher nonce = SCRIPT_NONCE.matcher(missing.document().html());
        if (nonce.find()) {
            assertTrue(policies.get(0).contains("'nonce-" + nonce.group(1) + "'"), policies + " vs " + nonce.group(1));
        }
    }

    // ---------------------------------------------------------------- uploads

    @Test
    void an_upload_over_the_limit_gets_the_too_large_page_on_every_upload_form() throws Exception {
        long knowledge = number("SELECT id FROM hub_group WHERE code = ?", "INTERFACE_KNOWLEDGE");
        WebSession member = signedIn("member@example.org", "en");
        WebSession partner = signedIn("partner@example.org", "en");
        WebSession staff = signedIn("secretariat@example.org", "en");
        long topic = startTopic(partner, knowledge, "Photos of the trial plots " + System.nanoTime());
        Map<String, WebSession> forms = new LinkedHashMap<>();
        forms.put("groups/documents.xhtml?group=" + knowledge, member);
        forms.put("groups/topic.xhtml?id=" + topic + "&attach=1", partner);
        forms.put("organisation/profile.xhtml", partner);
        forms.put("interests/interest.xhtml?id=1", partner);
        forms.put("secretariat/registry.xhtml", staff);
        forms.put("join/application.xhtml", null);
        for (Map.Entry<String, WebSession> form : forms.entrySet()) {
            String head = "POST /" + form.getKey() + " HTTP/1.1\r\nHost: " + hostAndPort() + "\r\n"
                    + (form.getValue() == null ? "" : "Cookie: " + form.getValue().cookieHeader() + "\r\n")
                    + "Accept-Language: en\r\nContent-Type: multipart/form-data; boundary=XYZ\r\nContent-Length: 60000000\r\n\r\n"
                    + "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
            RawResponse answer = raw(head, new byte[64 * 1024]);
            assertEquals(413, answer.status(), form.getKey() + ": " + answer.body());
            assertTrue(answer.body().contains(Bundle.text("en", "error.uploadTooLarge.title")), form.getKey() + ": " + answer.body());
        }
        // Without a length announced (chunked), the limit is met while reading: the same answer.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        byte[] chunk = new byte[1024 * 1024];
        HttpRequest chunked = HttpRequest.newBuilder(member.resolve("groups/documents.xhtml?group=" + knowledge))
                .header("Cookie", member.cookieHeader()).header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=XYZ").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    private int sent;
                    private int at = chunk.length;

                    @Override
                    public int read() {
                        byte[] one = new byte[1];
                        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                    }

                    @Override
                    public int read(byte[] into, int offset, int length) {
                        if (at == chunk.length) {
                            if (sent++ >= 55) {
                                return -1;
                            }
                            at = 0;
                        }
                        int n = Math.min(length, chunk.length - at);
                        System.arraycopy(chunk, at, into, offset, n);
                        at += n;
                        return n;
                    }
                })).build();
        try {
            HttpResponse<String> answer = client.send(chunked, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, answer.statusCode(), answer.body());
        } catch (IOException closedWhileSending) {
            // The server may answer and close before the client finished sending: that is a refusal too, not a 500.
            assertTrue(closedWhileSending.getMessage() == null || !closedWhileSending.getMessage().contains("500"));
        }
    }

    // ---------------------------------------------------------------- operators

    @Test
    void metrics_are_for_the_operator_and_health_says_only_up_or_down() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI metrics = root().resolve("metrics");
        HttpResponse<String> proxied = client.send(HttpRequest.newBuilder(metrics).header("X-Forwarded-For", "203.0.113.9").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, proxied.statusCode(), "a request from outside through a proxy sees nothing: " + proxied.body());
        HttpResponse<String> withToken = client.send(HttpRequest.newBuilder(metrics).header("X-Forwarded-For", "203.0.113.9")
                .header("Authorization", "Bearer " + TestEnvironment.METRICS_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, withToken.statusCode(), withToken.body());
        assertTrue(withToken.body().contains("# TYPE"), "the scraper gets Prometheus text");
        HttpResponse<String> wrongToken = client.send(HttpRequest.newBuilder(metrics).header("X-Forwarded-For", "203.0.113.9")
                .header("Authorization", "Bearer guessed").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, wrongToken.statusCode());

        for (String check : List.of("health/ready", "health/live", "health")) {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(root().resolve(check)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), check + ": " + health.body());
            assertTrue(health.body().contains("UP"), health.body());
            for (String detail : List.of("schemaVersion", "expectedVersion", "heap", "MiB")) {
                assertFalse(health.body().contains(detail), check + " tells the public " + detail + ": " + health.body());
            }
        }
    }

    @Test
    void reading_the_public_pages_anonymously_creates_no_session() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        Page home = new WebSession(base, "en").get("index.xhtml");
        Element stylesheet = home.document().selectFirst("link[rel=stylesheet]");
        assertNotNull(stylesheet, home.text());
        List<String> addresses = List.of("", "index.xhtml", "statistics.xhtml", "no-such-page.xhtml", "groups/index.xhtml",
                "health/ready", "metrics", "index.xhtml?lang=fr", stylesheet.attr("href").replaceFirst("^/", ""));
        for (String address : addresses) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.toURI().resolve(address))
                    .header("X-Forwarded-For", "203.0.113.9").build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(answer.statusCode() < 500, address + ": " + answer.statusCode());
            for (String cookie : answer.headers().allValues("Set-Cookie")) {
                assertFalse(cookie.startsWith("HUBSESSION="), address + " made a session: " + cookie);
            }
        }
        WebSession french = new WebSession(base, "en");
        Page switched = french.get("statistics.xhtml?lang=fr");
        assertEquals("fr", switched.document().selectFirst("html").attr("lang"), "the anonymous choice is kept");
        assertEquals("fr", french.get("index.xhtml").document().selectFirst("html").attr("lang"));
        assertTrue(french.cookie("HUBSESSION").isEmpty(), "kept without a session");
    }

    @Test
    void only_get_head_and_post_are_answered() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.toURI().resolve("index.xhtml"))
                    .method(method, "DELETE".equals(method) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("x"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, answer.statusCode(), method);
            assertEquals("GET, HEAD, POST", answer.headers().firstValue("Allow").orElse(""), method);
        }
        HttpResponse<Void> head = client.send(HttpRequest.newBuilder(base.toURI().resolve("index.xhtml"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
    }

    // ---------------------------------------------------------------- language, sessions

    @Test
    void a_language_link_changes_what_is_read_and_only_the_form_changes_the_account() throws Exception {
        String email = "languages-" + System.nanoTime() + "@example.org";
        TestEnvironment.createAccount(email, "Reads in three languages", "en", "SECRETARIAT");
        WebSession web = signedIn(email, "en");
        Page spanish = web.get("dashboard.xhtml?lang=es");
        assertEquals("es", spanish.document().selectFirst("html").attr("lang"));
        assertEquals("EN", text("SELECT locale FROM account WHERE email = ?", email), "a link (a GET, maybe from another site) saves nothing");
        Page french = web.chooseLanguage("fr");
        assertEquals("fr", french.document().selectFirst("html").attr("lang"));
        assertTrue(french.uri().getPath().endsWith("/dashboard.xhtml"), "the same page comes back: " + french.uri());
        assertEquals("FR", text("SELECT locale FROM account WHERE email = ?", email));
    }

    @Test
    void session_ids_are_random_from_the_first_character() {
        Set<String> ids = new HashSet<>();
        Set<String> beginnings = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            WebSession web = new WebSession(base, "en");
            web.get("login.xhtml");
            String id = web.cookie("HUBSESSION").orElseThrow().replaceFirst("\\..*$", "");
            assertTrue(id.matches("[0-9A-Fa-f]{32}"), id);
            ids.add(id);
            beginnings.add(id.substring(0, 6));
        }
        assertEquals(20, ids.size());
        assertEquals(20, beginnings.size(), "ids made within a second share no clock prefix: " + ids);
    }

    // ---------------------------------------------------------------- changed meanwhile

    @Test
    void after_changed_meanwhile_a_post_keeps_what_was_typed_beside_what_is_saved() throws Exception {
        long knowledge = number("SELECT id FROM hub_group WHERE code = ?", "INTERFACE_KNOWLEDGE");
        WebSession partner = signedIn("partner@example.org", "en");
        long topic = startTopic(partner, knowledge, "Two devices, one post " + System.nanoTime());
        long post = number("SELECT min(id) FROM forum_post WHERE topic_id = ?", topic);
        String editing = "groups/topic.xhtml?id=" + topic + "&edit=" + post;
        Page laptop = partner.get(editing);
        Page phone = partner.get(editing);
        partner.submit(laptop, "editForm", Map.of("body", "Written on the laptop"), "save");
        Page refused = partner.submit(phone, "editForm", Map.of("body", "Written on the phone"), "save");
        assertEquals(200, refused.status(), refused.text());
        assertTrue(refused.text().contains(Bundle.text("en", "error.concurrentChange")), refused.text());
        assertTrue(refused.document().getElementById("changedMeanwhile").text().contains("Written on the laptop"), refused.text());
        assertEquals("Written on the phone", refused.document().getElementById("editForm:body").wholeText());
        Page saved = partner.submit(refused, "editForm", Map.of(), "save");
        assertTrue(saved.text().contains(Bundle.text("en", "forum.edited.done")), "saving again is a choice, not a refusal: " + saved.text());
        assertEquals("Written on the phone", text("SELECT body FROM forum_post WHERE id = ?", post));
    }

    @Test
    void after_changed_meanwhile_an_event_and_a_project_keep_what_was_typed() throws Exception {
        long knowledge = number("SELECT id FROM hub_group WHERE code = ?", "INTERFACE_KNOWLEDGE");
        WebSession member = signedIn("member@example.org", "en");
        long eventId = createEvent(member, knowledge, "Field day " + System.nanoTime());
        Page first = member.get("groups/event.xhtml?id=" + eventId);
        Page second = member.get("groups/event.xhtml?id=" + eventId);
        member.submit(first, "eventForm", Map.of("title", "Field day in Montpellier"), "save");
        Page refused = member.submit(second, "eventForm", Map.of("title", "Field day in Dakar"), "save");
        assertTrue(refused.document().getElementById("changedMeanwhile").text().contains("Field day in Montpellier"), refused.text());
        assertEquals("Field day in Dakar", refused.document().getElementById("eventForm:title").attr("value"));
        Page saved = member.submit(refused, "eventForm", Map.of(), "save");
        assertTrue(saved.text().contains(Bundle.text("en", "event.saved")), saved.text());
        assertEquals("Field day in Dakar", text("SELECT title FROM group_event WHERE id = ?", eventId));

        WebSession partner = signedIn("partner@example.org", "en");
        Page blank = partner.get("projects/edit.xhtml");
        Map<String, String> project = new LinkedHashMap<>();
        project.put("titleEn", "Hedges of Thiès " + System.nanoTime());
        project.put("summaryEn", "Gliricidia hedges on family plots.");
        project.put("stage", "IDEA");
        project.put("countries", "SN");
        project.put("currency", "EUR");
        Page created = partner.submit(blank, "projectForm", project, "save");
        Matcher id = ID.matcher(created.uri().getQuery() == null ? "" : created.uri().getQuery());
        assertTrue(id.find(), created.uri() + ": " + created.text());
        String edit = "projects/edit.xhtml?id=" + id.group(1);
        Page one = partner.get(edit);
        Page two = partner.get(edit);
        partner.submit(one, "projectForm", Map.of("summaryEn", "Saved by a colleague."), "save");
        Page again = partner.submit(two, "projectForm", Map.of("summaryEn", "My own summary."), "save");
        assertTrue(again.document().getElementById("changedMeanwhile").text().contains("Saved by a colleague."), again.text());
        assertEquals("My own summary.", again.document().getElementById("projectForm:summaryEn").wholeText());
        Page kept = partner.submit(again, "projectForm", Map.of(), "save");
        assertTrue(kept.uri().getPath().endsWith("/projects/project.xhtml"), kept.uri() + ": " + kept.text());
    }

    // ---------------------------------------------------------------- fuzz

    @Test
    void fuzzed_submissions_of_the_main_forms_never_meet_an_error_page() throws Exception {
        long knowledge = number("SELECT id FROM hub_group WHERE code = ?", "INTERFACE_KNOWLEDGE");
        WebSession partner = signedIn("partner@example.org", "en");
        long topic = startTopic(partner, knowledge, "Fuzzing the forum " + System.nanoTime());
        List<String> payloads = List.of("\u0000", "a\u0000b", "\u001b[2J", "\u0007\u0008", "\uFFFF", "\uFDD0", "\u202Eevil",
                "x".repeat(100_000), "🌱".repeat(5000), "' OR '1'='1", "\"; DROP TABLE account; --", "<script>alert(1)</script>",
                "${7*7}#{7*7}", "%00%0d%0a", "-1", "99999999999999999999999", "1e309", "2026-02-30", "\r\n\r\n", " ");
        record Form(String page, String formId, String field, String button, Map<String, String> others) {
        }
        List<Form> forms = List.of(
                new Form("groups/forum.xhtml?group=" + knowledge, "newTopic", "title", "start", Map.of("body", "Fuzz body")),
                new Form("groups/topic.xhtml?id=" + topic, "replyForm", "body", "send", Map.of()),
                new Form("projects/edit.xhtml", "projectForm", "titleEn", "save", Map.of("area", "12")),
                new Form("projects/edit.xhtml", "projectForm", "area", "save", Map.of("titleEn", "Fuzzed area")),
                new Form("account/settings.xhtml", "timeZone", "zone", "saveZone", Map.of()),
                new Form("organisation/profile.xhtml", "profileForm", "description", "saveProfile", Map.of()));
        int sent = 0;
        for (Form form : forms) {
            Page page = partner.get(form.page());
            assertEquals(200, page.status(), form.page());
            if (!page.has(form.formId())) {
                throw new AssertionError("No form " + form.formId() + " on " + form.page() + ": " + page.text());
            }
            for (String payload : payloads) {
                Map<String, String> fields = new LinkedHashMap<>(form.others());
                fields.put(form.field(), payload);
                Page answer = partner.submit(page, form.formId(), fields, form.button());
                sent++;
                assertTrue(answer.status() < 500, form.formId() + ":" + form.field() + " with " + shown(payload) + " -> "
                        + answer.status() + " " + answer.text());
                assertFalse(answer.text().contains("Exception") || answer.text().contains("at org."),
                        "a stack trace for " + shown(payload) + ": " + answer.text());
            }
        }
        WebSession anonymous = new WebSession(base, "en");
        for (String payload : payloads.subList(0, 12)) {
            Page login = anonymous.get("login.xhtml");
            Page answer = anonymous.submit(login, "login", Map.of("email", payload, "password", payload), "submit");
            sent++;
            assertTrue(answer.status() < 500, "login with " + shown(payload) + " -> " + answer.status());
        }
        assertTrue(sent >= 130, "bounded, but not trivial: " + sent);
    }

    // ---------------------------------------------------------------- helpers

    private WebSession signedIn(String email, String language) {
        WebSession web = new WebSession(base, language);
        Page login = web.get("login.xhtml");
        Page dashboard = web.submit(login, "login", Map.of("email", email, "password", PASSWORD), "submit");
        assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), email + ": " + dashboard.text());
        // Demo accounts are shared with other classes: choose the language asserted in.
        web.chooseLanguage(language);
        return web;
    }

    private static long startTopic(WebSession web, long groupId, String title) {
        Page forum = web.get("groups/forum.xhtml?group=" + groupId);
        Page topic = web.submit(forum, "newTopic", Map.of("title", title, "body", "Opening post of " + title), "start");
        Matcher id = ID.matcher(topic.uri().getQuery() == null ? "" : topic.uri().getQuery());
        assertTrue(id.find(), topic.uri() + ": " + topic.text());
        return Long.parseLong(id.group(1));
    }

    private static long createEvent(WebSession facilitator, long groupId, String title) {
        Page events = facilitator.get("groups/events.xhtml?group=" + groupId);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("kind", "WEBINAR");
        fields.put("description", "Soil carbon sampling in practice.");
        fields.put("startDate", "2031-03-10");
        fields.put("startTime", "10:00");
        fields.put("endDate", "");
        fields.put("endTime", "11:30");
        fields.put("zone", "Europe/Paris");
        fields.put("onlineLink", "https://meet.example.org/field-day");
        fields.put("venue", "");
        fields.put("capacity", "20");
        Page created = facilitator.submit(events, "eventForm", fields, "create");
        Matcher id = ID.matcher(created.uri().getQuery() == null ? "" : created.uri().getQuery());
        assertTrue(id.find(), created.uri() + ": " + created.text());
        return Long.parseLong(id.group(1));
    }

    private static String shown(String payload) {
        return payload.length() > 40 ? payload.substring(0, 40) + "… (" + payload.length() + " chars)"
                : payload.chars().mapToObj(c -> c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c))
                        .reduce("", String::concat);
    }

    private URI root() {
        return URI.create(base.getProtocol() + "://" + hostAndPort() + "/");
    }

    private String hostAndPort() {
        return base.getHost() + ":" + base.getPort();
    }

    private record RawResponse(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A request written byte for byte (addresses and lengths no HTTP client would send), and its answer. */
    private RawResponse raw(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException answeredEarly) {
                    // the server may answer before reading what was sent
                }
            }
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    received.write(buffer, 0, n);
                    String sofar = received.toString(StandardCharsets.ISO_8859_1);
                    if (sofar.contains("</html>") || sofar.endsWith("\r\n0\r\n\r\n")) {
                        break;
                    }
                }
            } catch (IOException closed) {
                // an answer followed by a reset still counts
            }
            byte[] bytes = received.toByteArray();
            String text = received.toString(StandardCharsets.ISO_8859_1);
            String[] parts = text.split("\r\n\r\n", 2);
            if (parts.length > 1) {
                byte[] rawBody = java.util.Arrays.copyOfRange(bytes, parts[0].length() + 4, bytes.length);
                parts[1] = parts[0].toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")
                        ? unchunked(rawBody) : new String(rawBody, StandardCharsets.UTF_8);
            }
            String[] lines = parts[0].split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            int status = lines[0].startsWith("HTTP/") ? Integer.parseInt(lines[0].split(" ")[1]) : -1;
            return new RawResponse(status, headers, parts.length > 1 ? parts[1] : "");
        }
    }

    /** The body of a chunked answer without its chunk sizes. */
    private static String unchunked(byte[] body) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int end = at;
            while (end + 1 < body.length && !(body[end] == '\r' && body[end + 1] == '\n')) {
                end++;
            }
            int size;
            try {
                size = Integer.parseInt(new String(body, at, end - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            } catch (NumberFormatException notASize) {
                break;
            }
            int start = end + 2;
            if (size == 0 || start >= body.length) {
                break;
            }
            int length = Math.min(size, body.length - start);
            text.write(body, start, length);
            at = start + length + 2;
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    private static long number(String sql, Object... parameters) throws Exception {
        return Long.parseLong(text(sql, parameters));
    }

    private static String text(String sql, Object... parameters) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getString(1);
            }
        }
    }

    private static void update(String sql, Object... parameters) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
