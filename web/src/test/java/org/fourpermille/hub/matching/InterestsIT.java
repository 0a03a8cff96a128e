package org.fourpermille.hub.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.fourpermille.hub.shared.Bundle;
import org.fourpermille.hub.shared.Deployments;
import org.fourpermille.hub.shared.Mailbox;
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
 * From match to agreement through the real pages: a partner's project expresses interest in a funder's open
 * offer, the funder accepts, the two organisations talk privately (with a file, and each message mailed to
 * the other side), a third organisation gets a 404, a second open interest for the pair is refused, the
 * agreement appears in the funder's and the secretariat's pipelines in euros; and a declined interest shows
 * its reason to the side that sent it. Projects and offers are written straight into the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterestsIT {

    private static final String PASSWORD = "Soil-Carbon-2050";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% term sheet\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @Test
    void interest_is_accepted_discussed_privately_and_ends_in_an_agreement_counted_in_the_pipelines() throws Exception {
        String projectTitle = "Living hedgerows " + System.nanoTime();
        String offerTitle = "Soil carbon grants " + System.nanoTime();
        long project = project("partner@example.org", projectTitle);
        long offer = offer("funder@example.org", offerTitle);
        String partnerOrganisation = organisationOf("partner@example.org");
        String funderOrganisation = organisationOf("funder@example.org");

        WebSession partner = signedIn("partner@example.org", "en");
        String newPath = "interests/new.xhtml?project=" + project + "&offer=" + offer;
        Page form = partner.get(newPath);
        assertEquals(200, form.status(), form.text());
        assertTrue(form.text().contains(offerTitle) && form.text().contains(funderOrganisation), form.text());
        Page blank = partner.submit(form, "interestForm", Map.of("message", "  "), "send");
        assertTrue(blank.text().contains(Bundle.text("en", "error.required")), "an empty message is refused: " + blank.text());

        int funderMails = Mailbox.count("funder@example.org", projectTitle);
        String hello = "We plant Gliricidia hedges on 400 plots and seek a grant for the MRV.";
        Page sent = partner.submit(form, "interestForm", Map.of("message", hello), "send");
        assertTrue(sent.uri().getPath().endsWith("/interests/interest.xhtml"), sent.uri() + " " + sent.text());
        long interest = Long.parseLong(sent.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
        String confirmation = Bundle.text("en", "interest.sent", funderOrganisation);
        assertEquals(1, sent.text().split(java.util.regex.Pattern.quote(confirmation), -1).length - 1,
                "the confirmation is shown once: " + sent.text());
        assertEquals("PENDING", sent.document().getElementById("interestStatus").attr("data-status"));
        assertFalse(sent.has("decideForm"), "the sender does not decide");
        MimeMessage expressed = Mailbox.awaitMessage("funder@example.org", projectTitle, funderMails);
        assertTrue(Mailbox.body(expressed).contains(partnerOrganisation), Mailbox.body(expressed));

        WebSession funder = signedIn("funder@example.org", "es");
        // The funder is told on the platform too, and the interest waits on its dashboard, with its age and link.
        Page funderNotices = funder.get("account/notifications.xhtml");
        Element notice = funderNotices.document().selectFirst("#workList li[data-kind=INTEREST_RECEIVED]:contains(" + projectTitle + ")");
        assertNotNull(notice, funderNotices.text());
        assertTrue(notice.text().contains(partnerOrganisation), notice.text());
        Element waiting = funder.get("dashboard.xhtml").document()
                .selectFirst("#waitingList li[data-kind=interest]:contains(" + projectTitle + ")");
        assertTrue(waiting != null && waiting.selectFirst("a").attr("href").endsWith("interests/interest.xhtml?id=" + interest)
                && waiting.text().contains(Bundle.text("es", "waiting.kind.interest")), "funder's dashboard: " + waiting);
        assertTrue(waiting.text().contains(Bundle.text("es", "waiting.age", 0)), waiting.text());
        Page partnerDashboard = partner.get("dashboard.xhtml");
        assertTrue(partnerDashboard.document().select("#waitingList li:contains(" + projectTitle + ")").isEmpty(),
                "the side that spoke has nothing to answer: " + partnerDashboard.text());
        assertNotNull(partnerDashboard.document().selectFirst("#myProjects li:contains(" + projectTitle + ")"), partnerDashboard.text());
        assertFalse(partnerDashboard.document().select("#myOffers, #myProjects").text().contains(offerTitle),
                "a partner's dashboard lists only its own organisation's projects and offers");
        assertNotNull(funder.get("dashboard.xhtml").document().selectFirst("#myOffers li:contains(" + offerTitle + ")"));
        Page list = funder.get("interests/index.xhtml");
        Element row = list.document().selectFirst("#interestTable tr[data-interest=" + interest + "]");
        assertTrue(row != null && row.text().contains(projectTitle)
                && row.text().contains(Bundle.text("es", "interest.direction.received", partnerOrganisation)), list.text());
        assertTrue(row.text().contains(Bundle.text("es", "interestStatus.PENDING")), "in the funder's language: " + list.text());
        Page received = funder.get("interests/interest.xhtml?id=" + interest);
        assertTrue(received.text().contains(hello), received.text());
        int partnerMails = Mailbox.count("partner@example.org", projectTitle);
        Page accepted = funder.submit(received, "decideForm", Map.of(), "accept");
        assertEquals("ACCEPTED", accepted.document().getElementById("interestStatus").attr("data-status"), accepted.text());
        Mailbox.awaitMessage("partner@example.org", projectTitle, partnerMails);
        assertTrue(funder.get("dashboard.xhtml").document().select("#waitingList li:contains(" + projectTitle + ")").isEmpty(),
                "once answered it no longer waits");

        // The partner writes with a file; the funder is told and downloads it.
        Page conversation = partner.get("interests/interest.xhtml?id=" + interest);
        Page staged = partner.upload(conversation, "messageForm", "file", "term-sheet.pdf", "application/pdf", PDF, "messageForm:staged");
        assertTrue(staged.partialText().contains("term-sheet.pdf"), staged.response().body());
        funderMails = Mailbox.count("funder@example.org", projectTitle);
        String question = "Here is our draft term sheet: is a 3-year grant possible?";
        Page written = partner.submit(conversation, "messageForm", Map.of("body", question), "send");
        assertTrue(written.text().contains(question), written.text());
        Element attachment = written.document().selectFirst("a.hub-attachment");
        assertTrue(attachment != null && attachment.text().contains("term-sheet.pdf"), written.text());
        MimeMessage told = Mailbox.awaitMessage("funder@example.org", projectTitle, funderMails);
        assertTrue(Mailbox.body(told).contains("3-year grant"), Mailbox.body(told));
        String file = attachment.attr("href").substring(attachment.attr("href").indexOf("interests/attachment"));
        assertArrayEquals(PDF, funder.bytes(file, Map.of()).body());

        partnerMails = Mailbox.count("partner@example.org", projectTitle);
        String answer = "Yes, up to 50,000 USD over three years.";
        Page replied = funder.submit(funder.get("interests/interest.xhtml?id=" + interest), "messageForm", Map.of("body", answer), "send");
        assertTrue(replied.text().contains(question) && replied.text().contains(answer), replied.text());
        assertTrue(Mailbox.body(Mailbox.awaitMessage("partner@example.org", projectTitle, partnerMails)).contains(answer));

        // A third organisation learns nothing, not even that the interest exists.
        WebSession member = signedIn("member@example.org", "fr");
        Page membersDashboard = member.get("dashboard.xhtml");
        assertFalse(membersDashboard.document().select("#waitingList, #myProjects, #myOffers").text().contains(projectTitle),
                "nor does its dashboard: " + membersDashboard.text());
        assertFalse(membersDashboard.text().contains(offerTitle));
        assertEquals(404, member.get("interests/interest.xhtml?id=" + interest).status());
        assertEquals(404, member.bytes(file, Map.of()).statusCode());
        assertEquals(404, member.get(newPath).status(), "nor may it speak for the project or the offer");
        assertFalse(member.get("interests/index.xhtml").text().contains(projectTitle));

        // One open interest per pair.
        Page again = partner.submit(partner.get(newPath), "interestForm", Map.of("message", "Once more"), "send");
        assertTrue(again.text().contains(Bundle.text("en", "interest.error.duplicate")), again.text());
        assertEquals(1, count("SELECT COUNT(*) FROM interest WHERE project_id = ?", project));

        // The outcome (the funder works in Spanish): a bad amount is explained and the rest stays chosen; then the agreement.
        Page outcomeForm = funder.get("interests/interest.xhtml?id=" + interest);
        Page zero = funder.submit(outcomeForm, "outcomeForm",
                Map.of("outcome", "AGREEMENT", "amount", "0", "currency", "USD", "instrument", "GRANT"), "record");
        assertTrue(zero.text().contains(Bundle.text("es", "interest.error.amountPositive")), zero.text());
        assertEquals("GRANT", zero.document().selectFirst("[id='outcomeForm:instrument'] option[selected]").attr("value"));
        partnerMails = Mailbox.count("partner@example.org", projectTitle);
        long seekingBefore = agreements(funder.get("interests/pipeline.xhtml"), "SEEKING_FUNDING");
        BigDecimal totalBefore = amount(signedIn("secretariat@example.org", "fr").get("interests/pipeline.xhtml").document()
                .selectFirst("#pipelineTotal .hub-agreed").text(), "fr");
        Page agreed = funder.submit(outcomeForm, "outcomeForm",
                Map.of("outcome", "AGREEMENT", "amount", "50 000", "currency", "USD", "instrument", "GRANT"), "record");
        String toldOutcome = Mailbox.text(Mailbox.awaitMessage("partner@example.org", projectTitle, partnerMails));
        assertTrue(toldOutcome.contains("50,000 USD, grant"), "the partner learns the agreement in English: " + toldOutcome);
        assertEquals(plain(Bundle.text("es", "interest.agreementReached", new BigDecimal("50000"), "USD", Bundle.text("es", "instrument.GRANT"))),
                plain(agreed.document().getElementById("outcomeNotice").text()), agreed.text());
        assertFalse(agreed.has("outcomeForm"), "the outcome is recorded once");
        // An agreed pair is not started again, from either side, and the form keeps what was typed.
        Page afterAgreement = funder.submit(funder.get(newPath), "interestForm", Map.of("message", "A second grant?"), "send");
        assertTrue(afterAgreement.text().contains(Bundle.text("es", "interest.error.agreed")), afterAgreement.text());
        assertEquals("A second grant?", afterAgreement.document().getElementById("interestForm:message").text(), afterAgreement.text());
        assertEquals(1, count("SELECT COUNT(*) FROM interest WHERE project_id = ?", project));

        BigDecimal eur = new BigDecimal("50000").divide(rate("USD"), 2, RoundingMode.HALF_UP);
        Page pipeline = funder.get("interests/pipeline.xhtml");
        Element line = pipeline.document().selectFirst("#pipelineTable tr[data-offer=" + offer + "]");
        assertTrue(line != null, pipeline.text());
        assertEquals("1", line.selectFirst(".hub-agreements").text());
        assertEquals(plain(money(eur, "es")), plain(line.selectFirst(".hub-agreed").text()));
        // The same interests by the stage of their projects: every stage listed, and together they make the total.
        var stages = pipeline.document().select("#stageTable tbody tr");
        assertEquals(5, stages.size(), pipeline.text());
        Element seeking = pipeline.document().selectFirst("#stageTable tr[data-stage=SEEKING_FUNDING]");
        assertTrue(seeking.text().startsWith(Bundle.text("es", "projectStage.SEEKING_FUNDING")), seeking.text());
        assertEquals(seekingBefore + 1, agreements(pipeline, "SEEKING_FUNDING"), "the agreement counts under its project's stage");
        for (String column : new String[] {".hub-pending", ".hub-conversations", ".hub-agreements", ".hub-not-pursued", ".hub-declined"}) {
            long byStage = stages.stream().mapToLong(r -> Long.parseLong(r.selectFirst(column).text())).sum();
            assertEquals(Long.parseLong(pipeline.document().selectFirst("#pipelineTotal " + column).text()), byStage, column);
        }

        WebSession secretariat = signedIn("secretariat@example.org", "fr");
        Page all = secretariat.get("interests/pipeline.xhtml");
        Element same = all.document().selectFirst("#pipelineTable tr[data-offer=" + offer + "]");
        assertTrue(same != null && plain(same.selectFirst(".hub-agreed").text()).equals(plain(money(eur, "fr"))), all.text());
        BigDecimal total = amount(all.document().selectFirst("#pipelineTotal .hub-agreed").text(), "fr");
        BigDecimal sum = all.document().select("#pipelineTable tbody .hub-agreed").stream()
                .map(e -> amount(e.text(), "fr")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(total), "the total is the sum of the lines: " + sum + " / " + total);
        BigDecimal added = amount(same.selectFirst(".hub-agreed").text(), "fr");
        assertEquals(0, total.compareTo(totalBefore.add(added)), "the agreement adds its amount to the total: " + totalBefore + " + " + added);
        assertEquals(200, secretariat.get("interests/interest.xhtml?id=" + interest).status(), "the secretariat reads every interest");
    }

    @Test
    void two_clicks_at_the_same_moment_make_one_interest_and_the_other_is_told_why() throws Exception {
        long project = project("partner@example.org", "Twin clicks " + System.nanoTime());
        long offer = offer("funder@example.org", "Twin grant " + System.nanoTime());
        String path = "interests/new.xhtml?project=" + project + "&offer=" + offer;
        WebSession first = signedIn("partner@example.org", "en");
        WebSession second = signedIn("partner@example.org", "en");
        Page firstForm = first.get(path);
        Page secondForm = second.get(path);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            var a = pool.submit(() -> {
                go.await();
                return first.submit(firstForm, "interestForm", Map.of("message", "Shall we talk?"), "send");
            });
            var b = pool.submit(() -> {
                go.await();
                return second.submit(secondForm, "interestForm", Map.of("message", "Shall we talk?"), "send");
            });
            go.countDown();
            Page one = a.get(60, java.util.concurrent.TimeUnit.SECONDS);
            Page other = b.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(1, count("SELECT COUNT(*) FROM interest WHERE project_id = ?", project), "one interest for two clicks");
            long sent = java.util.stream.Stream.of(one, other).filter(p -> p.uri().getPath().endsWith("/interests/interest.xhtml")).count();
            assertEquals(1, sent, "one click lands on the interest: " + one.uri() + " / " + other.uri());
            Page refused = one.uri().getPath().endsWith("/interests/interest.xhtml") ? other : one;
            assertEquals(200, refused.status(), refused.text());
            assertTrue(refused.text().contains(Bundle.text("en", "interest.error.duplicate")), "the other is told why: " + refused.text());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_declined_interest_shows_its_reason_to_the_side_that_sent_it_and_stays_out_of_other_pipelines() throws Exception {
        String projectTitle = "Biochar for cocoa farms " + System.nanoTime();
        String offerTitle = "Research partnership " + System.nanoTime();
        long project = project("partner@example.org", projectTitle);
        long offer = offer("member@example.org", offerTitle);

        WebSession partner = signedIn("partner@example.org", "en");
        Page sent = partner.submit(partner.get("interests/new.xhtml?project=" + project + "&offer=" + offer), "interestForm",
                Map.of("message", "Nous aimerions travailler avec vous."), "send");
        long interest = Long.parseLong(sent.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));

        WebSession member = signedIn("member@example.org", "fr");
        int partnerMails = Mailbox.count("partner@example.org", projectTitle);
        String reason = "Our programme covers only Latin America this year.";
        Page declined = member.submit(member.get("interests/interest.xhtml?id=" + interest), "decideForm",
                Map.of("reason", reason), "decline");
        assertEquals("DECLINED", declined.document().getElementById("interestStatus").attr("data-status"), declined.text());

        Page seen = partner.get("interests/interest.xhtml?id=" + interest);
        assertTrue(seen.document().getElementById("declineNotice").text().contains(reason), seen.text());
        assertFalse(seen.has("messageForm"), "no conversation after a refusal");
        assertTrue(Mailbox.body(Mailbox.awaitMessage("partner@example.org", projectTitle, partnerMails)).contains(reason));

        WebSession funder = signedIn("funder@example.org", "es");
        assertTrue(funder.get("interests/pipeline.xhtml").document().select("tr[data-offer=" + offer + "]").isEmpty(),
                "a funder's pipeline holds only its own offers");
        Element line = signedIn("secretariat@example.org", "fr").get("interests/pipeline.xhtml")
                .document().selectFirst("tr[data-offer=" + offer + "]");
        assertTrue(line != null && line.selectFirst(".hub-declined").text().equals("1"));

        // An offer past its deadline takes no interest; a draft project is not there for other organisations.
        long closed = offer("funder@example.org", "Closed call " + System.nanoTime(), -1);
        Page late = partner.submit(partner.get("interests/new.xhtml?project=" + project + "&offer=" + closed), "interestForm",
                Map.of("message", "Is it still possible?"), "send");
        assertTrue(late.text().contains(Bundle.text("en", "interest.error.offerClosed")), late.text());
        assertTrue(late.text().contains("Is it still possible?"), "the message typed stays");
        long draft = project("partner@example.org", "Draft idea " + System.nanoTime(), "DRAFT");
        long funderOffer = offer("funder@example.org", "Open call " + System.nanoTime());
        assertEquals(404, funder.get("interests/new.xhtml?project=" + draft + "&offer=" + funderOffer).status());
    }

    @Test
    void a_funder_reaches_out_from_its_offer_and_the_conversation_ends_not_pursued_with_its_reason() throws Exception {
        String projectTitle = "Rangeland rotation " + System.nanoTime();
        String offerTitle = "Technical assistance for MRV " + System.nanoTime();
        long project = project("partner@example.org", projectTitle);
        long offer = offer("funder@example.org", offerTitle);
        String partnerOrganisation = organisationOf("partner@example.org");
        String funderOrganisation = organisationOf("funder@example.org");

        // The funder (in Spanish) speaks first, from its offer toward the partner's project.
        WebSession funder = signedIn("funder@example.org", "es");
        int partnerMails = Mailbox.count("partner@example.org", projectTitle);
        Page sent = funder.submit(funder.get("interests/new.xhtml?project=" + project + "&offer=" + offer), "interestForm",
                Map.of("message", "Podemos financiar el seguimiento del carbono de su proyecto."), "send");
        assertEquals("PENDING", sent.document().getElementById("interestStatus").attr("data-status"), sent.text());
        assertTrue(sent.text().contains(Bundle.text("es", "interest.sent", partnerOrganisation)), sent.text());
        long interest = Long.parseLong(sent.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
        String told = Mailbox.text(Mailbox.awaitMessage("partner@example.org", projectTitle, partnerMails));
        assertTrue(told.contains(funderOrganisation), told);

        // The partner finds it received, accepts, and is the one who decides: the funder cannot accept its own.
        WebSession partner = signedIn("partner@example.org", "en");
        Element row = partner.get("interests/index.xhtml").document().selectFirst("#interestTable tr[data-interest=" + interest + "]");
        assertTrue(row != null && row.text().contains(Bundle.text("en", "interest.direction.received", funderOrganisation)),
                String.valueOf(row));
        assertFalse(funder.get("interests/interest.xhtml?id=" + interest).has("decideForm"), "the sender does not decide");
        int funderMails = Mailbox.count("funder@example.org", projectTitle);
        Page accepted = partner.submit(partner.get("interests/interest.xhtml?id=" + interest), "decideForm", Map.of(), "accept");
        assertEquals("ACCEPTED", accepted.document().getElementById("interestStatus").attr("data-status"), accepted.text());
        Mailbox.awaitMessage("funder@example.org", projectTitle, funderMails);

        // Not pursued needs its reason; the choice stays made when it is missing.
        Page outcomeForm = partner.get("interests/interest.xhtml?id=" + interest);
        Page noReason = partner.submit(outcomeForm, "outcomeForm", Map.of("outcome", "NOT_PURSUED", "reason", " "), "record");
        assertTrue(noReason.text().contains(Bundle.text("en", "error.required")), noReason.text());
        assertEquals("NOT_PURSUED", noReason.document().selectFirst("[name='outcomeForm:outcome'][checked]").attr("value"));
        assertEquals(0, count("SELECT COUNT(*) FROM interest WHERE id = ? AND outcome <> 'NONE'", interest));

        funderMails = Mailbox.count("funder@example.org", projectTitle);
        String reason = "Our MRV is already funded by the regional programme.";
        Page ended = partner.submit(outcomeForm, "outcomeForm", Map.of("outcome", "NOT_PURSUED", "reason", reason), "record");
        assertTrue(ended.document().getElementById("outcomeNotice").text().contains(reason), ended.text());
        assertFalse(ended.has("outcomeForm"), "the outcome is recorded once");
        String toldFunder = Mailbox.text(Mailbox.awaitMessage("funder@example.org", projectTitle, funderMails));
        assertTrue(toldFunder.contains(reason) && toldFunder.contains("Sin continuidad"), "told in Spanish: " + toldFunder);

        Page seen = funder.get("interests/interest.xhtml?id=" + interest);
        assertTrue(seen.document().getElementById("outcomeNotice").text().contains(reason), seen.text());
        Element line = funder.get("interests/pipeline.xhtml").document().selectFirst("#pipelineTable tr[data-offer=" + offer + "]");
        assertTrue(line != null, "the funder's pipeline counts its offer");
        assertEquals("1", line.selectFirst(".hub-not-pursued").text());
        assertEquals("0", line.selectFirst(".hub-conversations").text());

        // Once closed, the pair may start again.
        Page again = funder.submit(funder.get("interests/new.xhtml?project=" + project + "&offer=" + offer), "interestForm",
                Map.of("message", "El año próximo quizá."), "send");
        assertEquals("PENDING", again.document().getElementById("interestStatus").attr("data-status"), again.text());
    }

    // ---- helpers ----

    /** Amounts as a page in {@code language} shows them, two decimals. */
    private static String money(BigDecimal value, String language) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static BigDecimal amount(String text, String language) {
        try {
            DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(Locale.forLanguageTag(language));
            format.setParseBigDecimal(true);
            return (BigDecimal) format.parse(plain(text).replace(String.valueOf(format.getDecimalFormatSymbols().getGroupingSeparator()), ""));
        } catch (java.text.ParseException e) {
            throw new AssertionError(text, e);
        }
    }

    /** Without spaces of any width: how the page and the JDK space digit groups differs by renderer, not by meaning. */
    private static String plain(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]", "");
    }

    private WebSession signedIn(String email, String language) {
        WebSession web = new WebSession(base, language);
        Page login = web.get("login.xhtml");
        Page dashboard = web.submit(login, "login", Map.of("email", email, "password", PASSWORD), "submit");
        assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), dashboard.text());
        // The demo accounts are shared with other test classes: choose the language asserted in (it is saved).
        assertEquals(language, web.chooseLanguage(language).document().selectFirst("html").attr("lang"));
        return web;
    }

    /** A project of the person's organisation, visible to partners, written straight into the database. */
    private static long project(String ownerEmail, String title) throws SQLException {
        return project(ownerEmail, title, "PARTNERS");
    }

    private static long project(String ownerEmail, String title, String visibility) throws SQLException {
        try (Connection db = TestEnvironment.connection()) {
            long id;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO project (organisation_id, created_by, stage, countries,"
                    + " currency, total_budget, funding_sought, needs, visibility, created_at, updated_at)"
                    + " SELECT organisation_id, id, 'SEEKING_FUNDING', '{SN}', 'EUR', 200000, 120000, '{FUNDING}', ?, now(), now()"
                    + " FROM account WHERE email = ? RETURNING id")) {
                insert.setString(1, visibility);
                insert.setString(2, ownerEmail);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            try (PreparedStatement text = db.prepareStatement(
                    "INSERT INTO project_text (project_id, language, title, summary) VALUES (?, 'en', ?, 'Hedges around 400 plots.')")) {
                text.setLong(1, id);
                text.setString(2, title);
                text.executeUpdate();
            }
            return id;
        }
    }

    /** An open grant offer of the person's organisation, its deadline in a month. */
    private static long offer(String ownerEmail, String title) throws SQLException {
        return offer(ownerEmail, title, 30);
    }

    /** As {@link #offer(String, String)}, with the deadline {@code days} from today (negative: closed). */
    private static long offer(String ownerEmail, String title, int days) throws SQLException {
        try (Connection db = TestEnvironment.connection();
             PreparedStatement insert = db.prepareStatement("INSERT INTO support_offer (organisation_id, created_by, language, title,"
                     + " description, instruments, currency, ticket_min, ticket_max, deadline, status, created_at, updated_at)"
                     + " SELECT organisation_id, id, 'en', ?, 'Grants for soil carbon projects.', '{GRANT}', 'USD', 10000, 100000,"
                     + " current_date + ?, 'PUBLISHED', now(), now() FROM account WHERE email = ? RETURNING id")) {
            insert.setString(1, title);
            insert.setInt(2, days);
            insert.setString(3, ownerEmail);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String organisationOf(String email) throws SQLException {
        try (Connection db = TestEnvironment.connection();
             PreparedStatement query = db.prepareStatement(
                     "SELECT o.name FROM organisation o JOIN account a ON a.organisation_id = o.id WHERE a.email = ?")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), email);
                return row.getString(1);
            }
        }
    }

    private static BigDecimal rate(String currency) throws SQLException {
        try (Connection db = TestEnvironment.connection();
             PreparedStatement query = db.prepareStatement("SELECT units_per_eur FROM currency_rate WHERE currency = ?")) {
            query.setString(1, currency);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        }
    }

    private static long count(String sql, long parameter) throws SQLException {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The agreements a pipeline page counts for the projects at a stage. */
    private static long agreements(Page pipeline, String stage) {
        Element row = pipeline.document().selectFirst("#stageTable tr[data-stage=" + stage + "]");
        assertTrue(row != null, pipeline.text());
        return Long.parseLong(row.selectFirst(".hub-agreements").text());
    }
}
