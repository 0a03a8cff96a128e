package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.fourpermille.hub.membership.Joining.DEMO_PASSWORD;
import static org.fourpermille.hub.membership.Joining.PDF;
import static org.fourpermille.hub.membership.Joining.REFERENCE;
import static org.fourpermille.hub.membership.Joining.applicationId;
import static org.fourpermille.hub.membership.Joining.form;
import static org.fourpermille.hub.membership.Joining.png;
import static org.fourpermille.hub.membership.Joining.secretariat;
import static org.fourpermille.hub.membership.Joining.startDraft;
import static org.fourpermille.hub.membership.Joining.submitted;
import static org.fourpermille.hub.membership.Joining.uploadAll;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

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
 * Joining the Initiative end to end, through the real pages, mail and database: the applicant's form,
 * uploads checked by content, submission with reference and confirmation, the duplicate rule (also under
 * concurrency), and the secretariat's review up to the first sign-in of the new representative.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembershipIT {


    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    /** A Windows executable: what a renamed ".pdf" may really be. */
    static byte[] executable() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return bytes;
    }

    @Test
    void an_applicant_fills_in_the_form_in_french_and_nothing_typed_is_lost_on_refusal() {
        WebSession web = new WebSession(base, "fr");
        Page blank = web.get("join/application.xhtml");
        assertTrue(blank.has("join"), blank.text());
        Map<String, String> fields = form("Entreprise Verte", "PRIVATE_COMPANY", "FR", "entreprise-verte.example",
                "COMMERCIAL", "MEMBER", "not-an-email");
        fields.put("applicantFunction", "");
        Page refused = web.submit(blank, "join", fields, "save");

        assertTrue(refused.text().contains(Bundle.text("fr", "application.error.memberNonProfit")), refused.text());
        assertTrue(refused.text().contains(Bundle.text("fr", "account.error.email")), refused.text());
        assertTrue(refused.text().contains(Bundle.text("fr", "error.required")), refused.text());
        assertEquals("Entreprise Verte", refused.document().getElementById("join:organisationName").val(), "typed text stays");
        assertEquals("not-an-email", refused.document().getElementById("join:applicantEmail").val());
        assertEquals("PRIVATE_COMPANY", refused.document().selectFirst("select[name='join:type'] option[selected]").val());
        assertFalse(refused.uri().toString().contains("key="), "nothing was saved");
    }

    @Test
    void a_draft_takes_documents_checked_by_content_and_submits_with_a_reference_and_a_mail_in_french() throws Exception {
        String email = "awa@sols-du-sahel.example";
        WebSession web = new WebSession(base, "fr");
        Page draft = startDraft(web, form("Sols du Sahel", "CIVIL_SOCIETY", "SN", "", "NON_PROFIT", "PARTNER", email));
        MimeMessage linkMail = Mailbox.awaitMessage(email, "Sols du Sahel", 0);
        String link = Mailbox.link(linkMail);
        assertTrue(link.startsWith("join/application.xhtml?key="), link);

        Page executable = web.upload(draft, "join", "upload_DECLARATION_INTENT", "declaration.pdf", "application/pdf", executable());
        assertTrue(executable.partialText().contains(Bundle.text("fr", "file.error.notPdf", "declaration.pdf")),
                executable.response().body());
        Page imageAsPdf = web.upload(draft, "join", "upload_LOGO", "logo.png", "image/png", PDF);
        assertTrue(imageAsPdf.partialText().contains(Bundle.text("fr", "file.error.notImage", "logo.png")),
                imageAsPdf.response().body());

        Page incomplete = web.submit(web.get(link), "join", Map.of(), "submit");
        assertTrue(incomplete.text().contains(Bundle.text("fr", "application.error.missing.DECLARATION_INTENT")), incomplete.text());
        assertTrue(incomplete.text().contains(Bundle.text("fr", "application.error.missing.LOGO")), incomplete.text());
        assertEquals(ApplicationStatusText.DRAFT.in("fr"), incomplete.document().selectFirst("#statusText strong").text());

        WebSession otherBrowser = new WebSession(base, "fr");  // the draft lives in the database, not in a session
        Page complete = uploadAll(otherBrowser, otherBrowser.get(link), true);
        assertEquals(3, complete.document().select("[id='join:documentTable'] tbody tr .hub-file-name").size(), complete.text());
        // A logo of a few hundred bytes said "0 kB".
        String sizes = complete.document().select("[id='join:documentTable'] tbody").text();
        assertTrue(sizes.contains("< 1 Ko") && !sizes.contains("0 kB"), sizes);
        Page done = otherBrowser.submit(complete, "join", Map.of(), "submit");
        Matcher reference = REFERENCE.matcher(done.text());
        assertTrue(reference.find(), done.text());
        assertFalse(done.has("join"), "a submitted application is no longer editable");

        MimeMessage confirmation = Mailbox.awaitMessage(email, reference.group(), 0);
        assertTrue(Mailbox.body(confirmation).contains("Bonjour Awa Ndiaye"), Mailbox.body(confirmation));
        // The pages call it a "candidature"; the mails said "demande" for the same thing.
        assertEquals("Candidature " + reference.group() + " reçue : Sols du Sahel", confirmation.getSubject());
        assertTrue(linkMail.getSubject().startsWith("Votre candidature"), linkMail.getSubject());
        assertFalse(Mailbox.body(confirmation).contains("demande"), Mailbox.body(confirmation));
    }

    @Test
    void a_second_application_for_the_same_organisation_is_caught_even_when_both_arrive_at_once() throws Exception {
        WebSession first = new WebSession(base, "en");
        submitted(first, form("Humus Collective", "FARMERS_ORGANISATION", "KE", "https://www.humus.example",
                "NON_PROFIT", "PARTNER", "a@humus.example"));
        WebSession second = new WebSession(base, "en");
        Page draft = startDraft(second, form("HUMUS collective!", "FARMERS_ORGANISATION", "KE", "", "NON_PROFIT", "PARTNER", "b@humus.example"));
        Page complete = uploadAll(second, draft, true);
        Page refused = second.submit(complete, "join", Map.of(), "submit");
        assertTrue(refused.text().contains(Bundle.text("en", "application.error.duplicate")), refused.text());
        WebSession third = new WebSession(base, "en");
        Page sameSite = uploadAll(third, startDraft(third, form("Another name", "FARMERS_ORGANISATION", "KE",
                "humus.example/about", "NON_PROFIT", "PARTNER", "c@humus.example")), true);
        assertTrue(third.submit(sameSite, "join", Map.of(), "submit").text()
                .contains(Bundle.text("en", "application.error.duplicate")), "same website, same country");

        // Two complete drafts of one organisation submitted at the same instant: exactly one gets through.
        List<WebSession> sessions = new ArrayList<>();
        List<Page> drafts = new ArrayList<>();
        for (String who : List.of("x@twins.example", "y@twins.example")) {
            WebSession web = new WebSession(base, "en");
            sessions.add(web);
            drafts.add(uploadAll(web, startDraft(web, form("Twin Soils", "RESEARCH_EDUCATION", "BR", "", "NON_PROFIT",
                    "PARTNER", who)), true));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Page>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                Callable<Page> submit = () -> {
                    together.await();
                    return sessions.get(n).submit(drafts.get(n), "join", Map.of(), "submit");
                };
                results.add(pool.submit(submit));
            }
            int accepted = 0;
            int duplicates = 0;
            for (Future<Page> result : results) {
                String text = result.get().text();
                if (REFERENCE.matcher(text).find()) {
                    accepted++;
                } else if (text.contains(Bundle.text("en", "application.error.duplicate"))) {
                    duplicates++;
                } else {
                    throw new AssertionError(text);
                }
            }
            assertEquals(1, accepted);
            assertEquals(1, duplicates);
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = TestEnvironment.connection();
             PreparedStatement open = db.prepareStatement("SELECT count(*) FROM membership_application "
                     + "WHERE name_key = 'twin soils' AND status <> 'DRAFT'");
             ResultSet count = open.executeQuery()) {
            count.next();
            assertEquals(1, count.getInt(1));
        }
    }

    @Test
    void a_new_application_reaches_the_secretariat_on_its_dashboard_its_notifications_and_by_mail_in_its_language() throws Exception {
        // The demo's secretariat reads French and mails it every queue (other classes may have changed either).
        try (Connection db = TestEnvironment.connection()) {
            db.createStatement().executeUpdate("UPDATE account SET locale = 'FR' WHERE email = 'secretariat@example.org'");
            db.createStatement().executeUpdate("DELETE FROM queue_mail_choice WHERE account_id ="
                    + " (SELECT id FROM account WHERE email = 'secretariat@example.org')");
        }
        WebSession applicant = new WebSession(base, "en");
        String reference = submitted(applicant, form("Sols Vivants du Plateau", "CIVIL_SOCIETY", "SN", "", "NON_PROFIT", "PARTNER",
                "koffi@sols-vivants.example"));
        long id = applicationId(reference);

        MimeMessage told = Mailbox.awaitMessage("secretariat@example.org", reference, 0);
        ResourceBundle mail = ResourceBundle.getBundle("org.fourpermille.hub.shared.mail.mail", Locale.FRENCH);
        assertEquals(new MessageFormat(mail.getString("work.APPLICATION_SUBMITTED"), Locale.FRENCH)
                .format(new Object[] {"Sols Vivants du Plateau (" + reference + ")"}), told.getSubject());
        assertEquals("secretariat/application.xhtml?id=" + id, Mailbox.link(told), "the link leads to the application itself");

        WebSession staff = secretariat(base);
        Element waiting = staff.get("dashboard.xhtml").document()
                .selectFirst("#waitingList li[data-kind=application]:contains(" + reference + ")");
        assertNotNull(waiting, "the new application waits on the secretariat's dashboard");
        assertTrue(waiting.selectFirst("a").attr("href").endsWith("secretariat/application.xhtml?id=" + id), waiting.html());
        assertTrue(waiting.text().contains(Bundle.text("en", "waiting.age", 0)), waiting.text());
        Page notices = staff.get("account/notifications.xhtml");
        Element notice = notices.document().selectFirst("#workList li[data-kind=APPLICATION_SUBMITTED]:contains(" + reference + ")");
        assertNotNull(notice, notices.text());
        Page opened = staff.get("account/notifications.xhtml?notice=" + notice.attr("data-id"));
        assertTrue(opened.uri().toString().endsWith("secretariat/application.xhtml?id=" + id), opened.uri().toString());
        assertTrue(staff.get("account/notifications.xhtml").document()
                .selectFirst("#workList li[data-id=" + notice.attr("data-id") + "]").hasClass("hub-read"), "opening it marks it read");
        // The applicant, a partner-to-be, has no account; a partner's dashboard never lists the secretariat's queue.
        WebSession partner = Joining.signedIn(base, "partner@example.org", DEMO_PASSWORD);
        assertFalse(partner.get("dashboard.xhtml").text().contains(reference));
        assertEquals(404, partner.get("account/notifications.xhtml?notice=" + notice.attr("data-id")).status());
    }

    @Test
    void the_secretariat_asks_for_information_then_approves_and_the_new_representative_lands_in_their_college() throws Exception {
        String email = "lena@terra-nova.example";
        WebSession applicant = new WebSession(base, "en");
        String reference = submitted(applicant, form("Terra Nova Institute", "RESEARCH_EDUCATION", "DE", "",
                "NON_PROFIT", "PARTNER", email));
        long id = applicationId(reference);

        WebSession staff = secretariat(base);
        Page queue = staff.get("secretariat/applications.xhtml?status=SUBMITTED");
        assertTrue(queue.document().select("tr[data-reference=" + reference + "]").size() == 1, queue.text());
        Page filteredOut = staff.get("secretariat/applications.xhtml?status=SUBMITTED&country=FR");
        assertTrue(filteredOut.document().select("tr[data-reference=" + reference + "]").isEmpty());

        Page review = staff.get("secretariat/application.xhtml?id=" + id);
        assertEquals("false", review.document().selectFirst("li[data-item=signature]").attr("data-met"));
        assertEquals("true", review.document().selectFirst("li[data-item=legalProof]").attr("data-met"));
        String documentHref = review.document().selectFirst("li[data-kind=DECLARATION_INTENT] a.hub-view").attr("href");
        Page pdf = staff.get(review.uri().resolve(documentHref).toString());
        assertEquals("application/pdf", pdf.header("Content-Type").orElse(""));
        assertTrue(pdf.response().body().startsWith("%PDF-"));

        Page asked = staff.submit(review, "infoForm", Map.of("note", "Please add the acronym of the institute."), "requestInformation");
        assertEquals("INFO_REQUESTED", asked.document().selectFirst("#applicationStatus").attr("data-status"), asked.text());
        MimeMessage question = Mailbox.awaitMessage(email, reference, 1);
        assertTrue(Mailbox.body(question).contains("Please add the acronym"), Mailbox.body(question));
        String newLink = Mailbox.link(question);

        Page editable = applicant.get(newLink);
        assertTrue(editable.text().contains("Please add the acronym"), editable.text());
        Page resubmitted = applicant.submit(editable, "join", Map.of("acronym", "TNI"), "submit");
        assertTrue(resubmitted.text().contains(reference), resubmitted.text());

        Page again = staff.get("secretariat/application.xhtml?id=" + id);
        assertEquals(2, again.document().select("li[data-action=SUBMITTED], li[data-action=RESUBMITTED]").size());
        assertTrue(again.document().select("li[data-action=RESUBMITTED] .hub-snapshot").text().contains("TNI"));
        assertFalse(again.document().select("li[data-action=SUBMITTED] .hub-snapshot").text().contains("TNI"),
                "the first version is kept as it was");

        // The history names the documents by their kind, as the rest of the page does, never by their code.
        assertTrue(again.document().select("li[data-action=DOCUMENT_ADDED]").text().contains("Logo: logo.png"),
                again.document().select("#history").text());
        assertFalse(again.document().select("#history").text().contains("LOGO"), again.document().select("#history").text());
        assertEquals("Germany", again.document().getElementById("country").text());

        Page unchecked = staff.submit(again, "recommendForm", Map.of(), "recommend");
        assertTrue(unchecked.text().contains(Bundle.text("en", "application.error.signatureUnchecked")), unchecked.text());

        // Two colleagues open the same application; the first one's decision wins, the second is told.
        WebSession colleague = secretariat(base);
        Page colleaguesView = colleague.get("secretariat/application.xhtml?id=" + id);
        Page mine = staff.get("secretariat/application.xhtml?id=" + id);
        Page approved = staff.submit(mine, "decisionForm", Map.of("outcome", "APPROVE", "body", "BUREAU",
                "decidedOn", LocalDate.now().toString(), "signatureChecked", "true"), "decide");
        assertEquals("APPROVED", approved.document().selectFirst("#applicationStatus").attr("data-status"), approved.text());
        Page late = colleague.submit(colleaguesView, "decisionForm", Map.of("outcome", "REJECT", "body", "CONSORTIUM",
                "decidedOn", LocalDate.now().toString(), "note", "Too late"), "decide");
        assertTrue(late.text().contains(Bundle.text("en", "error.concurrentChange")), late.text());
        assertEquals("APPROVED", late.document().selectFirst("#applicationStatus").attr("data-status"));
        staff.chooseLanguage("fr");
        Page decided = staff.get("secretariat/application.xhtml?id=" + id);
        String history = decided.document().select("#history").text();
        String today = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(java.util.Locale.FRENCH).format(LocalDate.now());
        assertTrue(decided.document().select("li[data-action=APPROVED]").text().contains("Bureau, " + today), history);
        assertTrue(history.contains("Logo : logo.png"), history);
        assertFalse(history.matches("(?s).*(\\d{4}-\\d{2}-\\d{2}|BUREAU|DECLARATION_INTENT|LOGO).*"), history);
        assertTrue(decided.document().getElementById("decision").text().contains(today), decided.text());
        assertEquals("Allemagne", decided.document().getElementById("country").text());
        staff.chooseLanguage("en");

        MimeMessage welcome = Mailbox.awaitMessage(email, "Welcome to the 4 per 1000", 0);
        assertTrue(Mailbox.body(welcome).contains("Partner"), Mailbox.body(welcome));
        Mailbox.awaitMessage("sign." + email, "Welcome to the 4 per 1000", 0);
        Page setPassword = applicant.get(Mailbox.link(welcome));
        Page login = applicant.submit(setPassword, "setPassword", Map.of("password", "Roots-and-humus-2031",
                "confirm", "Roots-and-humus-2031"), "submit");
        Page dashboard = applicant.submit(login, "login", Map.of("email", email, "password", "Roots-and-humus-2031"), "submit");
        assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), dashboard.text());
        assertTrue(dashboard.text().contains("College of research"), dashboard.text());
        assertFalse(dashboard.text().contains("Consortium of Members"), "a Partner is not in the Consortium");

        try (Connection db = TestEnvironment.connection();
             PreparedStatement query = db.prepareStatement("SELECT o.level, o.decided_by FROM organisation o "
                     + "JOIN membership_application a ON a.organisation_id = o.id WHERE a.reference = ?")) {
            query.setString(1, reference);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals("PARTNER", row.getString(1));
                assertEquals("BUREAU", row.getString(2));
            }
        }
    }

    @Test
    void a_rejection_mails_the_reason_and_a_rejected_application_is_approved_only_after_reopening() throws Exception {
        String email = "state@utopia-north.example";
        WebSession applicant = new WebSession(base, "es");
        String reference = submitted(applicant, form("Provincia del Norte", "STATE_OR_LOCAL_GOVERNMENT", "AR", "",
                "PUBLIC", "PARTNER", email));
        long id = applicationId(reference);
        WebSession staff = secretariat(base);
        Page review = staff.get("secretariat/application.xhtml?id=" + id);
        assertEquals("true", review.document().selectFirst("li[data-item=legalProofExempt]").attr("data-met"));

        Page noReason = staff.submit(review, "decisionForm", Map.of("outcome", "REJECT", "body", "CONSORTIUM",
                "decidedOn", LocalDate.now().toString()), "decide");
        assertTrue(noReason.text().contains(Bundle.text("en", "application.error.reasonRequired")), noReason.text());
        Page future = staff.submit(noReason, "decisionForm", Map.of("outcome", "REJECT", "body", "CONSORTIUM",
                "decidedOn", LocalDate.now().plusDays(30).toString(), "note", "x"), "decide");
        assertTrue(future.text().contains(Bundle.text("en", "application.error.decisionDate")), future.text());

        Page stale = staff.get("secretariat/application.xhtml?id=" + id);
        Page rejected = staff.submit(stale, "decisionForm", Map.of("outcome", "REJECT", "body", "CONSORTIUM",
                "decidedOn", LocalDate.now().toString(), "note", "No soil activity described."), "decide");
        assertEquals("REJECTED", rejected.document().selectFirst("#applicationStatus").attr("data-status"), rejected.text());
        MimeMessage decision = Mailbox.awaitMessage(email, reference, 1);
        assertTrue(Mailbox.body(decision).contains("No soil activity described."), Mailbox.body(decision));

        Page approveRejected = staff.submit(stale, "decisionForm", Map.of("outcome", "APPROVE", "body", "BUREAU",
                "decidedOn", LocalDate.now().toString(), "signatureChecked", "true"), "decide");
        assertEquals("REJECTED", approveRejected.document().selectFirst("#applicationStatus").attr("data-status"));
        assertFalse(approveRejected.has("decisionForm"), "no decision form on a rejected application");

        Page reopened = staff.submit(rejected, "reopenForm", Map.of("note", "Appeal with a description of the soil programme."), "reopen");
        assertEquals("SUBMITTED", reopened.document().selectFirst("#applicationStatus").attr("data-status"), reopened.text());
        Page approved = staff.submit(reopened, "decisionForm", Map.of("outcome", "APPROVE", "body", "BUREAU",
                "decidedOn", LocalDate.now().toString(), "signatureChecked", "true"), "decide");
        assertEquals("APPROVED", approved.document().selectFirst("#applicationStatus").attr("data-status"), approved.text());
        MimeMessage welcome = Mailbox.awaitMessage(email, "Bienvenido", 0);
        assertTrue(Mailbox.body(welcome).contains("Hola Awa Ndiaye"), "the applicant's language: " + Mailbox.body(welcome));
    }

    @Test
    void only_the_secretariat_reaches_the_queue_and_the_documents() throws Exception {
        WebSession partner = new WebSession(base, "en");
        Page login = partner.get("login.xhtml");
        partner.submit(login, "login", Map.of("email", "partner@example.org", "password", DEMO_PASSWORD), "submit");
        assertEquals(403, partner.get("secretariat/applications.xhtml").status());
        long documentId;
        try (Connection db = TestEnvironment.connection();
             PreparedStatement query = db.prepareStatement("SELECT min(id) FROM application_document");
             ResultSet row = query.executeQuery()) {
            row.next();
            documentId = row.getLong(1);
        }
        assertEquals(403, partner.get("secretariat/document?id=" + documentId).status());

        Page anonymous = new WebSession(base, "en").get("secretariat/application.xhtml?id=1");
        assertTrue(anonymous.uri().getPath().endsWith("/login.xhtml"), anonymous.uri().toString());
        Page unknownLink = new WebSession(base, "en").get("join/application.xhtml?key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertTrue(unknownLink.text().contains(Bundle.text("en", "application.error.unknownLink")), unknownLink.text());
        assertFalse(unknownLink.has("join"));
    }

    /** The status labels as the applicant reads them. */
    enum ApplicationStatusText {
        DRAFT;

        String in(String language) {
            return Bundle.text(language, "applicationStatus." + name());
        }
    }
}
