package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fourpermille.hub.shared.Bundle;
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

/**
 * The Consortium's decisions register and its consultations through the real pages: the secretariat
 * records decisions and puts questions, Member representatives vote (one vote per organisation, also when
 * two of its people vote at once), results appear at closing with the quorum, the secretariat sees who
 * voted but never how, and a partner who is not a Member meets only 404s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GovernanceIT {

    private static final String PASSWORD = "Soil-Carbon-2050";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** One thread per simultaneous person (the common pool has a single thread on a 2-core machine). */
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(4);
    private static final Pattern CONSULTATION_ID = Pattern.compile("consultation\\.xhtml\\?id=(\\d+)");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @Test
    void the_secretariat_keeps_the_register_members_read_it_and_partners_never_see_it() throws Exception {
        long consortium = groupId("CONSORTIUM");
        WebSession secretariat = signedIn("secretariat@example.org");
        Page register = secretariat.get("groups/decisions.xhtml?group=" + consortium);
        assertEquals(200, register.status(), register.text());

        Page refused = secretariat.submit(register, "decisionForm", Map.of("reference", "CONS-2026-03", "resolution", " ",
                "decidedOn", "2026-01-15", "links", "Minutes | http://example.org/minutes.pdf"), "record");
        assertTrue(refused.text().contains(Bundle.text("en", "governance.error.resolutionRequired")), refused.text());
        assertTrue(refused.text().contains(Bundle.text("en", "governance.error.linkAddress", 1)), refused.text());
        assertEquals("CONS-2026-03", refused.document().getElementById("decisionForm:reference").attr("value"), "the reference stays typed");
        assertTrue(refused.document().getElementById("decisionForm:links").wholeText().contains("http://example.org/minutes.pdf"));

        Page recorded = secretariat.submit(register, "decisionForm", Map.of("reference", "CONS-2026-03",
                "resolution", "The Consortium adopts the 2026 work plan of the Initiative.", "decidedOn", "2026-01-15",
                "links", "Work plan 2026 | https://4p1000.org/work-plan-2026.pdf"), "record");
        assertTrue(recorded.text().contains(Bundle.text("en", "governance.done.decisionRecorded", "CONS-2026-03")), recorded.text());
        Page again = secretariat.submit(secretariat.get("groups/decisions.xhtml?group=" + consortium), "decisionForm",
                Map.of("reference", "cons-2026-03", "resolution", "Again.", "decidedOn", "2026-01-16"), "record");
        assertTrue(again.text().contains(Bundle.text("en", "governance.error.referenceTaken", "cons-2026-03")), again.text());

        WebSession member = signedIn("member@example.org");
        Page seen = member.get("groups/decisions.xhtml?group=" + consortium);
        assertEquals(200, seen.status());
        String decisions = seen.document().getElementById("decisions").text();
        assertTrue(decisions.contains("CONS-2026-03") && decisions.contains("adopts the 2026 work plan"), decisions);
        assertNotNull(seen.document().selectFirst("#decisions a[href=https://4p1000.org/work-plan-2026.pdf]"), "the linked document");
        assertFalse(seen.has("decisionForm"), "members do not record decisions");
        assertFalse(seen.has("consultationForm"));
        Page front = member.get("groups/group.xhtml?id=" + consortium);
        assertTrue(front.document().getElementById("latestDecisions").text().contains("CONS-2026-03"), front.text());
        assertEquals(1, count("SELECT COUNT(*) FROM group_activity WHERE kind = 'DECISION' AND title = 'CONS-2026-03' AND group_id = " + consortium));

        WebSession partner = signedIn("partner@example.org");
        assertEquals(404, partner.get("groups/decisions.xhtml?group=" + consortium).status());
        assertEquals(404, partner.get("groups/decisions.xhtml?group=999999").status(), "the same as an unknown group");
        assertEquals(404, member.get("groups/decisions.xhtml?group=" + groupId("INTERFACE_KNOWLEDGE")).status(),
                "an Interface has no register");
        assertFalse(partner.get("groups/group.xhtml?id=" + groupId("INTERFACE_KNOWLEDGE")).has("governance"));
    }

    @Test
    void one_vote_per_member_organisation_results_at_closing_and_who_voted_for_the_secretariat_only() throws Exception {
        long consortium = groupId("CONSORTIUM");
        WebSession secretariat = signedIn("secretariat@example.org");
        Page form = secretariat.get("groups/decisions.xhtml?group=" + consortium);
        String closes = LocalDateTime.now(ZoneOffset.UTC).plusHours(2).format(LOCAL);
        Page oneOption = secretariat.submit(form, "consultationForm", Map.of("question", "Admit the Sahel Soil Network?",
                "options", "Yes", "closesAt", closes, "quorum", "1"), "create");
        assertTrue(oneOption.text().contains(Bundle.text("en", "governance.error.twoOptions", 2)), oneOption.text());
        assertEquals("Admit the Sahel Soil Network?", oneOption.document().getElementById("consultationForm:question").attr("value"));
        Page badTime = secretariat.submit(form, "consultationForm", Map.of("question", "Admit the Sahel Soil Network?",
                "options", "Yes\nNo", "closesAt", "next Friday", "quorum", "1"), "create");
        assertTrue(badTime.text().contains(Bundle.text("en", "governance.error.dateTime")), badTime.text());
        assertEquals("next Friday", badTime.document().getElementById("consultationForm:closesAt").attr("value"));

        Page created = secretariat.submit(form, "consultationForm", Map.of("question", "Admit the Sahel Soil Network?",
                "description", "The Bureau recommends admission.", "options", "Yes\nNo\nAbstain", "closesAt", closes, "quorum", "1"), "create");
        Matcher id = CONSULTATION_ID.matcher(created.uri().toString());
        assertTrue(id.find(), created.uri() + " " + created.text());
        String page = "groups/consultation.xhtml?id=" + id.group(1);
        long consultation = Long.parseLong(id.group(1));
        assertEquals(1, count("SELECT COUNT(*) FROM group_activity WHERE kind = 'CONSULTATION_OPENED' AND path = '/" + page + "'"));

        WebSession partner = signedIn("partner@example.org");
        assertEquals(404, partner.get(page).status(), "a partner gets what an unknown id gets");
        assertEquals(404, partner.get("groups/consultation.xhtml?id=999999").status());

        // The secretariat, which has no vote, is not told its organisation has not voted: it is told it has none.
        Page noVote = secretariat.get(page);
        assertFalse(noVote.has("myVote"), noVote.text());
        assertFalse(noVote.text().contains(Bundle.text("en", "governance.myVote.none")), noVote.text());
        assertTrue(noVote.document().getElementById("noVote").text().contains(Bundle.text("en", "governance.myVote.staff")), noVote.text());

        WebSession member = signedIn("member@example.org");
        Page open = member.get(page);
        assertTrue(open.document().getElementById("myVote").text().contains(Bundle.text("en", "governance.myVote.none")));
        assertFalse(open.has("noVote"), "a voter is not told it has no vote");
        assertTrue(member.get("groups/group.xhtml?id=" + consortium).document().getElementById("openConsultations").text()
                .contains("Admit the Sahel Soil Network?"));
        Page voted = member.submit(open, "voteForm", Map.of("choice", option(open, "Yes")), "vote");
        assertTrue(voted.text().contains(Bundle.text("en", "governance.done.voted")), voted.text());
        assertTrue(voted.document().getElementById("myVote").text().contains("Yes"));
        assertTrue(voted.has("resultsHidden") && !voted.has("results") && !voted.has("turnout"),
                "members see neither results nor turnout before closing: " + voted.text());

        // A colleague from the same organisation sees its vote and may change it; it stays one vote.
        String colleague = "second.rep." + System.nanoTime() + "@sols-vivants.example";
        TestEnvironment.createAccount(colleague, "Second Representative", "en");
        update("UPDATE account SET organisation_id = (SELECT organisation_id FROM account WHERE email = 'member@example.org')"
                + " WHERE email = '" + colleague + "'");
        WebSession second = signedIn(colleague);
        Page secondView = second.get(page);
        assertTrue(secondView.document().getElementById("myVote").text().contains("Yes"), secondView.text());
        String memberName;
        try (var db = TestEnvironment.connection(); var query = db.createStatement();
             var row = query.executeQuery("SELECT display_name FROM account WHERE email = 'member@example.org'")) {
            assertTrue(row.next());
            memberName = row.getString(1);
        }
        // Whose vote stands, and that a colleague may change it, is said before anyone votes again.
        assertTrue(secondView.has("myVoteBy") && secondView.document().getElementById("myVoteBy").text().contains(memberName),
                secondView.text());
        Page replaced = second.submit(secondView, "voteForm", Map.of("choice", option(secondView, "No")), "vote");
        assertTrue(replaced.text().contains(Bundle.text("en", "governance.done.votedReplacing", memberName)), replaced.text());
        assertTrue(replaced.document().getElementById("myVoteBy").text().contains("Second Representative"), replaced.text());
        Page again = second.submit(second.get(page), "voteForm", Map.of("choice", option(secondView, "No")), "vote");
        assertFalse(again.text().contains(Bundle.text("en", "governance.done.votedReplacing", "Second Representative")),
                "changing one's own vote replaces no colleague: " + again.text());
        assertEquals(1, count("SELECT COUNT(*) FROM consultation_vote WHERE consultation_id = " + consultation));

        // Both representatives press "vote" at the same moment: still one vote for their organisation.
        Page a = member.get(page);
        Page b = second.get(page);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Page> first = CompletableFuture.supplyAsync(() -> {
            await(start);
            return member.submit(a, "voteForm", Map.of("choice", option(a, "Abstain")), "vote");
        }, THREADS);
        CompletableFuture<Page> other = CompletableFuture.supplyAsync(() -> {
            await(start);
            return second.submit(b, "voteForm", Map.of("choice", option(b, "No")), "vote");
        }, THREADS);
        start.countDown();
        for (Page done : List.of(first.get(), other.get())) {
            assertTrue(done.text().contains(Bundle.text("en", "governance.done.voted")), done.text());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM consultation_vote WHERE consultation_id = " + consultation));

        Page staffView = secretariat.get(page);
        assertEquals("1", staffView.document().getElementById("turnout").text().replaceAll("\\D", ""), "staff see the turnout");
        assertFalse(staffView.has("results"), "staff see no results before closing");
        String voters = staffView.document().getElementById("voters").text();
        assertTrue(voters.contains(organisationOf("member@example.org")), voters);
        assertFalse(voters.contains("No") || voters.contains("Abstain"), "who voted, never how: " + voters);
        assertFalse(member.get(page).has("voters"), "members do not see who voted");

        // The audit log says which organisation voted on which consultation, and that it changed its vote, never how.
        String organisation = organisationOf("member@example.org");
        List<List<String>> audited = auditRows(signedIn("admin@example.org").get("admin/audit.xhtml"), "consultation " + consultation);
        assertTrue(audited.stream().anyMatch(row -> row.get(0).equals("member@example.org")
                && row.get(1).equals(Bundle.text("en", "audit.action.CONSULTATION_VOTE_CAST"))
                && row.get(3).contains(organisation) && row.get(3).contains("Admit the Sahel Soil Network?")), audited.toString());
        assertTrue(audited.stream().anyMatch(row -> row.get(0).equals(colleague)
                && row.get(1).equals(Bundle.text("en", "audit.action.CONSULTATION_VOTE_CHANGED"))
                && row.get(3).contains(organisation)), audited.toString());
        for (List<String> row : audited) {
            String detail = row.get(3).replace("Admit the Sahel Soil Network?", "").replace(organisation, "");
            assertFalse(detail.contains("Yes") || detail.contains("No") || detail.contains("Abstain"), "never how: " + row);
        }

        Page closed = secretariat.submit(staffView, "staffForm", Map.of(), "closeNow");
        assertTrue(closed.text().contains(Bundle.text("en", "governance.done.closed")), closed.text());
        Page results = member.get(page);
        assertFalse(results.has("voteForm"), "no vote after closing");
        Element table = results.document().getElementById("results");
        assertNotNull(table, results.text());
        long chosen = count("SELECT option_id FROM consultation_vote WHERE consultation_id = " + consultation);
        String chosenLabel = label(chosen);
        for (Element row : table.select("tbody tr")) {
            String expected = row.child(0).text().equals(chosenLabel) ? "1" : "0";
            assertEquals(expected, row.child(1).text(), row.text());
        }
        assertEquals(Bundle.text("en", "governance.quorum.met"), results.document().getElementById("quorum").ownText().trim(),
                "a quorum of 1 % with one organisation voting");
        assertEquals(1, count("SELECT COUNT(*) FROM group_activity WHERE kind = 'CONSULTATION_CLOSED' AND path = '/" + page + "'"));
    }

    @Test
    void a_consultation_that_closed_by_time_is_announced_once_however_many_read_it() throws Exception {
        long consortium = groupId("CONSORTIUM");
        WebSession secretariat = signedIn("secretariat@example.org");
        String closes = LocalDateTime.now(ZoneOffset.UTC).plusDays(3).format(LOCAL);
        Page created = secretariat.submit(secretariat.get("groups/decisions.xhtml?group=" + consortium), "consultationForm",
                Map.of("question", "Hold the 2026 General Assembly online?", "options", "Online\nIn Montpellier",
                        "closesAt", closes, "quorum", "100"), "create");
        Matcher id = CONSULTATION_ID.matcher(created.uri().toString());
        assertTrue(id.find(), created.text());
        String page = "groups/consultation.xhtml?id=" + id.group(1);
        // Time passes: the consultation's window is now behind us, and nobody has looked yet.
        update("UPDATE consultation SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 minute' WHERE id = " + id.group(1));

        // Four people (expert@ represents a Member research institute, so sits in the Consortium too).
        List<WebSession> readers = List.of(signedIn("member@example.org"), secretariat, signedIn("admin@example.org"),
                signedIn("expert@example.org"));
        // All four open it at the same moment: only one request may announce the closing.
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Page>> reads = readers.stream().map(reader -> CompletableFuture.supplyAsync(() -> {
            await(start);
            return reader.get(page);
        }, THREADS)).toList();
        start.countDown();
        for (CompletableFuture<Page> read : reads) {
            Page seen = read.get();
            assertEquals(200, seen.status(), seen.uri().toString());
            assertTrue(seen.has("results"), seen.text());
            assertEquals(Bundle.text("en", "governance.quorum.notMet"), seen.document().getElementById("quorum").ownText().trim());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM group_activity WHERE kind = 'CONSULTATION_CLOSED' AND path = '/" + page + "'"),
                "one announcement, one set of notifications");
        assertTrue(count("SELECT COUNT(*) FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                + " JOIN account p ON p.id = n.account_id WHERE a.kind = 'CONSULTATION_CLOSED' AND a.path = '/" + page + "'"
                + " AND p.email = 'member@example.org'") == 1, "the Member is told once");
        assertEquals(0, count("SELECT COUNT(*) FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                + " JOIN account p ON p.id = n.account_id WHERE a.path = '/" + page + "' AND p.email = 'partner@example.org'"),
                "a partner is never told");
    }

    private WebSession signedIn(String email) {
        WebSession web = new WebSession(base, "en");
        Page signedIn = web.submit(web.get("login.xhtml"), "login", Map.of("email", email, "password", PASSWORD), "submit");
        assertTrue(signedIn.uri().getPath().endsWith("/dashboard.xhtml"), email + ": " + signedIn.text());
        web.chooseLanguage("en");
        return web;
    }

    /** Actor, action, subject and detail of the audit log's rows (newest first) whose subject is the given one. */
    private static List<List<String>> auditRows(Page log, String subject) {
        Element table = log.document().getElementById("auditFilter:auditTable");
        assertNotNull(table, log.text());
        return table.select("tbody tr").stream()
                .filter(row -> row.childrenSize() >= 5 && row.child(3).text().equals(subject))
                .map(row -> List.of(row.child(1).text(), row.child(2).text(), row.child(3).text(), row.child(4).text()))
                .toList();
    }

    private static String option(Page page, String label) {
        for (Element input : page.document().select("input[name=voteForm:choice]")) {
            Element forLabel = page.document().selectFirst("label[for=" + input.id() + "]");
            if (forLabel != null && forLabel.text().equals(label)) {
                return input.attr("value");
            }
        }
        throw new AssertionError("No option " + label + " on " + page.text());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long groupId(String code) throws Exception {
        return count("SELECT id FROM hub_group WHERE code = '" + code + "'");
    }

    private static String organisationOf(String email) throws Exception {
        return text("SELECT o.name FROM organisation o JOIN account a ON a.organisation_id = o.id WHERE a.email = '" + email + "'");
    }

    private static String label(long optionId) throws Exception {
        return text("SELECT label FROM consultation_option WHERE id = " + optionId);
    }

    private static long count(String sql) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), sql);
            return row.getLong(1);
        }
    }

    private static String text(String sql) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }

    private static void update(String sql) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement statement = db.prepareStatement(sql)) {
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }
}
