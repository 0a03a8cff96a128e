package org.fourpermille.hub.shared.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fourpermille.hub.shared.Deployments;
import org.fourpermille.hub.shared.TestEnvironment;
import org.fourpermille.hub.shared.WebSession;
import org.fourpermille.hub.shared.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The administrator's Operations page: the queues of background work, their failures, and the nodes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    private static final String PASSWORD = "Soil-Carbon-2050";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    private WebSession signedIn(String email, String language) {
        WebSession web = new WebSession(base, language);
        Page login = web.get("login.xhtml");
        Page dashboard = web.submit(login, "login", Map.of("email", email, "password", PASSWORD), "submit");
        assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), dashboard.text());
        web.get("dashboard.xhtml?lang=" + language);
        return web;
    }

    @Test
    void an_administrator_sees_waiting_running_failed_and_done_work_and_the_running_node() throws Exception {
        String token = "relay-refused-" + Long.toString(System.nanoTime(), 36);
        try (Connection db = TestEnvironment.connection()) {
            long failed = insertMail(db, "FAILED", "550 " + token, "now()");
            // Due in a year: no node takes it; this test locks it as a delivering node does.
            long busy = insertMail(db, "PENDING", null, "now() + interval '365 days'");
            db.setAutoCommit(false);
            try (PreparedStatement lock = db.prepareStatement("SELECT id FROM outgoing_mail WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, busy);
                lock.executeQuery().close();

                Page page = signedIn("admin@example.org", "en").get("admin/operations.xhtml");
                assertEquals(200, page.status(), page.text());

                Element mail = page.document().selectFirst("#queues tr[data-queue=operations.queue.mail]");
                assertNotNull(mail, page.text());
                assertTrue(mail.text().startsWith("Outgoing mail"), mail.text());
                assertTrue(number(mail, "running") >= 1, "the locked mail is being delivered: " + mail.text());
                assertTrue(number(mail, "failed") >= 1, mail.text());
                assertNotNull(page.document().selectFirst("#queues tr[data-queue=operations.queue.digests]"), page.text());
                assertTrue(page.document().select("#failures td.error").text().contains("550 " + token),
                        "the failure shows with its error: " + page.text());

                Element self = page.document().select("#nodes tr").stream()
                        .filter(row -> row.text().contains("(this page)")).findFirst()
                        .orElseThrow(() -> new AssertionError("no row for this node: " + page.text()));
                assertEquals("Running", self.selectFirst("td.state").text());
                assertTrue(self.selectFirst("td.version").text().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?, schema \\d+"),
                        self.text());
                assertTrue(self.selectFirst("td.uptime").text().matches("\\d+ (d|h|min) \\d+ (h|min|s)"), self.text());
            } finally {
                db.rollback();
                db.setAutoCommit(true);
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM outgoing_mail WHERE id IN (?, ?)")) {
                    delete.setLong(1, failed);
                    delete.setLong(2, busy);
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void the_page_speaks_french_and_is_refused_to_a_partner() {
        Page french = signedIn("admin@example.org", "fr").get("admin/operations.xhtml");
        assertTrue(french.text().contains("Travail de fond") && french.text().contains("En marche"), french.text());
        signedIn("admin@example.org", "en"); // leaves the administrator's saved language as other classes expect

        Page refused = signedIn("partner@example.org", "en").get("admin/operations.xhtml");
        assertEquals(403, refused.status(), refused.text());
    }

    @Test
    void the_operator_reads_requests_errors_work_sessions_connections_and_the_snapshot_age_at_metrics() throws Exception {
        String before = metrics();
        double indexBefore = value(before, "hub_requests_seconds_count", "page=\"/index.xhtml\"");
        double notFoundBefore = value(before, "hub_request_errors_total", "page=\"(not found)\"", "status=\"4xx\"");
        WebSession visitor = new WebSession(base, "en");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, visitor.get("index.xhtml").status());
        }
        String missing = "no-such-page-" + Long.toString(System.nanoTime(), 36) + ".xhtml";
        assertEquals(404, visitor.get(missing).status());
        signedIn("partner@example.org", "en");

        String after = metrics();
        assertEquals(indexBefore + 3, value(after, "hub_requests_seconds_count", "page=\"/index.xhtml\""), lines(after, "hub_requests"));
        assertTrue(value(after, "hub_requests_seconds_sum", "page=\"/index.xhtml\"") > 0, lines(after, "hub_requests"));
        assertEquals(notFoundBefore + 1, value(after, "hub_request_errors_total", "page=\"(not found)\"", "status=\"4xx\""),
                lines(after, "hub_request_errors"));
        assertFalse(after.contains(missing), "an unknown address is not a page of its own");
        assertTrue(value(after, "hub_sessions_active") >= 1, lines(after, "hub_sessions"));
        assertTrue(value(after, "hub_database_connections", "state=\"idle\"") + value(after, "hub_database_connections", "state=\"active\"") >= 1,
                lines(after, "hub_database"));
        assertTrue(after.contains("hub_matching_snapshot_age_seconds"), lines(after, "hub_matching"));
        assertEquals(-1, value(after, "hub_jobs", "queue=\"digests\"", "state=\"pending\""), "a digest never waits in a row");

        // One more mail waiting shows in the mail queue's length once the figures are read again (every 5 s at most).
        double pending = value(after, "hub_jobs", "queue=\"mail\"", "state=\"pending\"");
        try (Connection db = TestEnvironment.connection()) {
            long waiting = insertMail(db, "PENDING", null, "now() + interval '365 days'");
            try {
                Thread.sleep(PlatformMetrics.FRESH.toMillis() + 500);
                assertEquals(pending + 1, value(metrics(), "hub_jobs", "queue=\"mail\"", "state=\"pending\""));
            } finally {
                try (PreparedStatement delete = db.prepareStatement("DELETE FROM outgoing_mail WHERE id = ?")) {
                    delete.setLong(1, waiting);
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void every_answer_names_its_request_and_keeps_the_load_balancers_id() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI index = base.toURI().resolve("/index.xhtml");
        HttpResponse<String> plain = client.send(HttpRequest.newBuilder(index).build(), HttpResponse.BodyHandlers.ofString());
        String first = plain.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(first.matches("[0-9a-f-]{36}"), "an id of its own: " + plain.headers().map());
        HttpResponse<String> again = client.send(HttpRequest.newBuilder(index).build(), HttpResponse.BodyHandlers.ofString());
        assertNotEquals(first, again.headers().firstValue("X-Request-Id").orElse(""));

        HttpResponse<String> balanced = client.send(HttpRequest.newBuilder(index).header("X-Request-Id", "2b6d3c1e-lb-0042").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("2b6d3c1e-lb-0042", balanced.headers().firstValue("X-Request-Id").orElse(""));
        HttpResponse<String> forged = client.send(HttpRequest.newBuilder(index).header("X-Request-Id", "<b>x</b> or 1=1").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f-]{36}"), forged.headers().map().toString());
        HttpResponse<String> missing = client.send(HttpRequest.newBuilder(base.toURI().resolve("/nowhere-" + System.nanoTime() + ".xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("X-Request-Id").isPresent(), "a refusal names its request too");
    }

    /**
     * An operator restarts PostgreSQL under a running node: while it is down the node says it is not ready and a
     * reader gets "back in a moment" in their language (503, never a stack trace), the node is ready again by
     * itself soon after the database is back, a signed-in person is still signed in, and no request fails then.
     */
    @Test
    void a_database_restart_keeps_people_signed_in_and_no_request_fails_once_it_is_back() throws Exception {
        WebSession member = signedIn("partner@example.org", "fr");
        try {
            assertEquals(200, ready());
            Page during = TestEnvironment.whileDatabaseDown(() -> {
                assertEquals(503, ready(), "not ready without its database");
                return member.get("dashboard.xhtml");
            });
            long back = System.nanoTime();
            assertEquals(503, during.status(), during.text());
            assertEquals("30", during.header("Retry-After").orElse(""), "the reader's browser and the balancer may try again");
            assertTrue(during.text().contains("de retour dans un instant"), during.text());
            assertFalse(during.text().contains("Exception") || during.text().contains("SQL"), during.text());

            while (ready() != 200) {
                assertTrue(System.nanoTime() - back < 10_000_000_000L, "ready again within 10 s of the database's return");
                Thread.sleep(200);
            }
            for (int i = 0; i < 10; i++) {
                Page dashboard = member.get("dashboard.xhtml");
                assertEquals(200, dashboard.status(), "request " + i + " after the return: " + dashboard.text());
                assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), "still signed in: " + dashboard.uri());
                assertEquals(200, member.get("groups/index.xhtml").status(), "request " + i);
            }
        } finally {
            signedIn("partner@example.org", "en"); // the partner's saved language, as other classes expect
        }
    }

    private int ready() {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(base.toURI().resolve("/health/ready")).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new AssertionError("/health/ready does not answer", e);
        }
    }

    private String metrics() throws Exception {
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(base.toURI().resolve("/metrics"))
                        .header("Authorization", "Bearer " + TestEnvironment.METRICS_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    /** The value of the one sample of {@code name} that carries every label given; 0 when there is none yet. */
    private static double value(String metrics, String name, String... labels) {
        List<String> samples = metrics.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains)).toList();
        assertTrue(samples.size() <= 1, "one sample expected: " + samples);
        return samples.isEmpty() ? 0 : Double.parseDouble(samples.get(0).substring(samples.get(0).lastIndexOf(' ') + 1));
    }

    private static String lines(String metrics, String prefix) {
        return metrics.lines().filter(line -> line.startsWith(prefix)).collect(Collectors.joining("\n"));
    }

    private static long insertMail(Connection db, String status, String error, String due) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO outgoing_mail (recipient, subject, body_text,"
                + " language, status, attempts, created_at, next_attempt_at, last_error)"
                + " VALUES ('operations-it@example.org', 'Operations test', 'Operations test', 'en', ?, 5, now(), "
                + due + ", ?) RETURNING id")) {
            insert.setString(1, status);
            insert.setString(2, error);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long number(Element row, String column) {
        return Long.parseLong(row.selectFirst("td." + column).text());
    }
}
