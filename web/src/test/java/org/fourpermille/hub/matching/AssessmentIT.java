package org.fourpermille.hub.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The STC's formative assessment through the real pages, from the call to the showcase: the secretariat
 * opens a call, partner@ asks for an assessment of the company's draft project, an expert of the company itself is
 * refused, a third declares a conflict of interest, two STC experts score every criterion with a comment (an incomplete form keeps what was typed),
 * the secretariat sends a positive report, partner@ is mailed, reads it and downloads the letter of support,
 * and the project enters the showcase by itself, at the top of funder@'s dashboard, until partner@ takes it out.
 * An expert sees only the projects assigned to them; experts not assigned and funders meet only 404s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentIT {

    private static final String PASSWORD = "Soil-Carbon-2050";
    private static final Pattern REQUEST_ID = Pattern.compile("request\\.xhtml\\?id=(\\d+)");
    private static final String TITLE_EN = "Living hedges of the groundnut basin (FASP test)";
    private static final String TITLE_FR = "Haies vives du bassin arachidier (essai FASP)";
    private static final String OTHER_TITLE = "Compost of the Niayes market gardens (FASP test, not assessed)";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @Test
    void a_project_goes_from_request_to_positive_report_letter_and_showcase() throws Exception {
        long company = scalar("SELECT organisation_id FROM account WHERE email = 'partner@example.org'");
        String companyName = text("SELECT name FROM organisation WHERE id = " + company);
        long project = insertProject(company, "DRAFT", TITLE_EN, TITLE_FR);
        long other = insertProject(company, "PARTNERS", OTHER_TITLE, null);
        TestEnvironment.createAccount("omar.fasp@example.org", "Omar Own-Company", "en", "STC_EXPERT");
        TestEnvironment.createAccount("nadia.fasp@example.org", "Nadia Never-Assigned", "en", "STC_EXPERT");
        update("UPDATE account SET organisation_id = " + company + " WHERE email = 'omar.fasp@example.org'");
        TestEnvironment.createAccount("jorge.fasp@example.org", "Jorge Second-Expert", "es", "STC_EXPERT");
        TestEnvironment.createAccount("carla.fasp@example.org", "Carla Unassigned", "en", "STC_EXPERT");

        // The secretariat opens a call.
        WebSession secretariat = signedIn("secretariat@example.org");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Page calls = secretariat.get("assessment/calls.xhtml");
        assertEquals(200, calls.status(), calls.text());
        Page refusedCall = secretariat.submit(calls, "callForm", Map.of("title", "FASP call 2026",
                "opensOn", today.toString(), "closesOn", today.minusDays(1).toString()), "create");
        assertTrue(refusedCall.text().contains(Bundle.text("en", "assessment.error.closesBeforeOpens")), refusedCall.text());
        assertEquals("FASP call 2026", refusedCall.document().getElementById("callForm:title").attr("value"), "the title stays typed");
        Page opened = secretariat.submit(calls, "callForm", Map.of("title", "FASP call 2026",
                "opensOn", today.minusDays(1).toString(), "closesOn", today.plusDays(30).toString()), "create");
        assertTrue(opened.text().contains(Bundle.text("en", "assessment.done.callOpened", "FASP call 2026")), opened.text());

        // partner@ asks for an assessment, modality 1.
        WebSession partner = signedIn("partner@example.org");
        Page mine = partner.get("assessment/mine.xhtml");
        Page requested = partner.submit(mine, "requestForm", Map.of("project", String.valueOf(project),
                "call", option(mine, "requestForm:call", "FASP call 2026"), "modality", "1"), "ask");
        Matcher id = REQUEST_ID.matcher(requested.uri().toString());
        assertTrue(id.find(), requested.uri() + " " + requested.text());
        long request = Long.parseLong(id.group(1));
        assertTrue(requested.text().contains(Bundle.text("en", "assessment.status.REQUESTED")), requested.text());
        assertTrue(requested.text().contains(Bundle.text("en", "assessment.modality.1")));
        // The request waits on the secretariat to assign experts: it is told, with a link to the request.
        org.jsoup.nodes.Element requestNotice = secretariat.get("account/notifications.xhtml").document()
                .select("#workList li[data-kind=ASSESSMENT_REQUESTED]").first();
        assertNotNull(requestNotice, "the secretariat is told of the assessment request");
        assertTrue(secretariat.get("account/notifications.xhtml?notice=" + requestNotice.attr("data-id")).uri().toString()
                .endsWith("assessment/request.xhtml?id=" + request), "the newest request notice leads to this request");

        // The rubric gains a criterion: a new version, while the request keeps version 1.
        Page published = secretariat.submit(secretariat.get("assessment/calls.xhtml"), "rubricForm", Map.of("code", "3.9",
                "step", "3", "labelEn", "Test criterion", "labelFr", "Critère d'essai", "labelEs", "Criterio de prueba"), "addCriterion");
        assertTrue(published.text().contains(Bundle.text("en", "assessment.done.rubricPublished", 2)), published.text());

        // It is worded anew (the same words publish nothing; a blank label keeps the rest typed), then taken out.
        Page editor = secretariat.get("assessment/criterion.xhtml?code=3.9");
        assertEquals("Critère d'essai", editor.document().getElementById("criterionForm:labelFr").attr("value"), editor.text());
        Page same = secretariat.submit(editor, "criterionForm", Map.of(), "reword");
        assertTrue(same.text().contains(Bundle.text("en", "assessment.error.sameWording", "3.9")), same.text());
        Page blank = secretariat.submit(editor, "criterionForm", Map.of("labelEn", "Test criterion, reworded", "labelEs", " "), "reword");
        assertTrue(blank.text().contains(Bundle.text("en", "error.required")), blank.text());
        assertEquals("Test criterion, reworded", blank.document().getElementById("criterionForm:labelEn").attr("value"));
        Page reworded = secretariat.submit(editor, "criterionForm", Map.of("labelEn", "Test criterion, reworded"), "reword");
        assertTrue(reworded.text().contains(Bundle.text("en", "assessment.done.rubricPublished", 3)), reworded.text());
        assertTrue(reworded.document().selectFirst("#criteria li[data-code=3.9]").text().contains("Test criterion, reworded"));
        Page removed = secretariat.submit(secretariat.get("assessment/criterion.xhtml?code=3.9"), "removeForm", Map.of(), "remove");
        assertTrue(removed.text().contains(Bundle.text("en", "assessment.done.rubricPublished", 4)), removed.text());
        assertTrue(removed.document().select("#criteria li[data-code=3.9]").isEmpty(), removed.text());
        assertEquals(5, removed.document().select("#criteria li").size(), "the five published criteria remain");
        assertEquals(404, secretariat.get("assessment/criterion.xhtml?code=3.9").status());
        assertEquals(404, partner.get("assessment/criterion.xhtml?code=1.1").status(), "the rubric is the secretariat's");

        // An expert of the company itself is not offered (the rule is AssessmentRulesTest's); expert@ and a second
        // expert are assigned.
        Page review = secretariat.get("assessment/request.xhtml?id=" + request);
        assertFalse(review.document().select("select[name=assignForm:expert] option").text().contains("Omar Own-Company"),
                "an expert of " + companyName + " is not offered");
        assertFalse(review.has("shortOfExperts"), "enough experts: nothing to explain");
        review = secretariat.submit(review, "assignForm", Map.of("expert", option(review, "assignForm:expert", "Elena Experta")), "assign");
        assertTrue(review.text().contains(Bundle.text("en", "assessment.done.assigned", "Elena Experta")), review.text());
        review = secretariat.submit(review, "assignForm", Map.of("expert", option(review, "assignForm:expert", "Jorge Second-Expert")), "assign");
        assertTrue(review.text().contains(Bundle.text("en", "assessment.status.IN_REVIEW")), review.text());

        // Each assigned expert is told at once, by mail in their own language (Jorge reads Spanish) with the link
        // to the request, and on the platform: a notice and the assessment to score on the dashboard.
        MimeMessage assigned = Mailbox.awaitMessage("jorge.fasp@example.org", TITLE_EN, 0);
        assertEquals(mailPhraseIn(Locale.forLanguageTag("es"), "work.EXPERT_ASSIGNED", TITLE_EN), assigned.getSubject());
        assertEquals("assessment/request.xhtml?id=" + request, Mailbox.link(assigned));
        Mailbox.awaitMessage("expert@example.org", TITLE_EN, 0);

        // An STC expert who is not assigned, and a funder, see nothing of it.
        WebSession carla = signedIn("carla.fasp@example.org");
        assertEquals(404, carla.get("assessment/request.xhtml?id=" + request).status());
        WebSession funder = signedIn("funder@example.org");
        assertEquals(404, funder.get("assessment/request.xhtml?id=" + request).status());

        // An expert sees only the projects assigned to them, the draft they assess included: Jorge (STC only) sees
        // this draft and not the company's other project; Nadia, never assigned, sees no project at all; expert@,
        // also a research institute's representative, keeps the partners' view besides her assignment.
        WebSession jorge = signedIn("jorge.fasp@example.org");
        Page jorgesNotices = jorge.get("account/notifications.xhtml");
        Element notice = jorgesNotices.document().selectFirst("#workList li[data-kind=EXPERT_ASSIGNED]");
        assertNotNull(notice, jorgesNotices.text());
        assertTrue(notice.text().contains(Bundle.text("en", "work.EXPERT_ASSIGNED", TITLE_EN)), notice.text());
        assertTrue(jorgesNotices.document().getElementById("unreadCount") != null, "the header counts the notice");
        Page openedNotice = jorge.get("account/notifications.xhtml?notice=" + notice.attr("data-id"));
        assertTrue(openedNotice.uri().toString().endsWith("assessment/request.xhtml?id=" + request), openedNotice.uri().toString());
        Element toScore = jorge.get("dashboard.xhtml").document().selectFirst("#waitingList li[data-kind=score]");
        assertTrue(toScore != null && toScore.text().contains(TITLE_EN)
                && toScore.selectFirst("a").attr("href").endsWith("assessment/request.xhtml?id=" + request), "dashboard: " + toScore);
        assertEquals(404, carla.get("account/notifications.xhtml?notice=" + notice.attr("data-id")).status(),
                "another person's notice is not found");
        assertTrue(carla.get("dashboard.xhtml").document().select("#waitingList li").isEmpty(), "nothing waits for Carla");
        Page jorgesPage = jorge.get("projects/project.xhtml?id=" + project);
        assertEquals(200, jorgesPage.status(), jorgesPage.text());
        assertEquals(TITLE_EN, jorgesPage.document().getElementById("projectTitle").text());
        assertFalse(jorgesPage.has("visibilityForm"), "an expert changes nothing");
        assertEquals(404, jorge.get("projects/project.xhtml?id=" + other).status());
        Page jorgesList = jorge.get("projects/index.xhtml");
        assertNotNull(jorgesList.document().selectFirst("tr.hub-project[data-id=" + project + "]"), jorgesList.text());
        assertNull(jorgesList.document().selectFirst("tr.hub-project[data-id=" + other + "]"), "not assigned, not listed");
        assertTrue(jorge.get("projects/index.xhtml?country=SN").text().contains(TITLE_EN), "filters keep the assigned project");
        WebSession nadia = signedIn("nadia.fasp@example.org");
        assertEquals(404, nadia.get("projects/project.xhtml?id=" + project).status());
        assertEquals(404, nadia.get("projects/project.xhtml?id=" + other).status(), "shown to partners, but not to an expert");
        Page nadiasList = nadia.get("projects/index.xhtml");
        assertEquals(200, nadiasList.status(), nadiasList.text());
        assertTrue(nadiasList.document().select("tr.hub-project").isEmpty(), nadiasList.text());
        WebSession expert = signedIn("expert@example.org");
        assertEquals(200, expert.get("projects/project.xhtml?id=" + project).status(), "assigned draft");
        assertEquals(200, expert.get("projects/project.xhtml?id=" + other).status(), "the partners' view");
        assertTrue(expert.get("projects/index.xhtml?country=SN").text().contains(OTHER_TITLE));
        assertEquals(404, funder.get("projects/project.xhtml?id=" + project).status(), "a draft, for a funder");
        assertEquals(200, funder.get("projects/project.xhtml?id=" + other).status());

        // Once assigned, she declares a conflict of interest (with a reason) and can no longer score.
        review = secretariat.submit(review, "assignForm", Map.of("expert", option(review, "assignForm:expert", "Carla Unassigned")), "assign");
        Page carlas = carla.get("assessment/request.xhtml?id=" + request);
        assertTrue(carlas.has("scoreForm"), carlas.text());
        Page noReason = carla.submit(carlas, "conflictForm", Map.of("note", " "), "declare");
        assertTrue(noReason.text().contains(Bundle.text("en", "assessment.error.conflictNote")), noReason.text());
        Page declared = carla.submit(carlas, "conflictForm", Map.of("note", "I advised the company in 2025."), "declare");
        assertTrue(declared.text().contains(Bundle.text("en", "assessment.done.conflictDeclared")), declared.text());
        assertFalse(declared.has("scoreForm"), "no scoring after a conflict");
        assertTrue(secretariat.get("assessment/request.xhtml?id=" + request).document().selectFirst("[data-expert=carla.fasp@example.org]")
                .text().contains(Bundle.text("en", "assessment.expert.conflict")));

        // expert@ forgets a comment: refused with the criterion named, and what was typed stays.
        Page scoring = expert.get("assessment/request.xhtml?id=" + request);
        assertEquals(200, scoring.status(), scoring.text());
        assertTrue(scoring.text().contains(Bundle.text("en", "assessment.rubric.version") + " 1"), "the request keeps rubric version 1");
        assertEquals(5, scoring.document().select("select[name$=:score]").size(), "the five criteria of version 1");
        Map<String, String> incomplete = scores("Consent of the villages documented");
        incomplete.put("criteria:2:comment", "");
        Page refused = expert.submit(scoring, "scoreForm", incomplete, "submit");
        assertTrue(refused.text().contains(Bundle.text("en", "assessment.error.commentMissing", "1.3")), refused.text());
        assertEquals("2", refused.document().selectFirst("select[name=scoreForm:criteria:0:score] option[selected]").attr("value"),
                "the typed score stays");
        assertTrue(refused.document().getElementById("scoreForm:criteria:0:comment").wholeText().contains("Consent of the villages"),
                "the typed comment stays");
        Page submitted = expert.submit(refused, "scoreForm", scores("Consent of the villages documented"), "submit");
        assertTrue(submitted.text().contains(Bundle.text("en", "assessment.done.submitted")), submitted.text());

        // The secretariat cannot complete with one expert; the second expert submits, then it can.
        Page early = secretariat.submit(secretariat.get("assessment/request.xhtml?id=" + request), "completeForm",
                Map.of("outcome", "POSITIVE", "report", "Too early"), "complete");
        assertTrue(early.text().contains(Bundle.text("en", "assessment.error.notEnoughReviews", 2, 1)), early.text());
        Page second = jorge.submit(jorge.get("assessment/request.xhtml?id=" + request), "scoreForm", scores("Land titles secured"), "submit");
        assertTrue(second.text().contains(Bundle.text("en", "assessment.done.submitted")), second.text());

        String report = "Sound safeguards and a credible SOC monitoring plan (consolidated).";
        Page completed = secretariat.submit(secretariat.get("assessment/request.xhtml?id=" + request), "completeForm",
                Map.of("outcome", "POSITIVE", "report", report, "recommendations", "Resample at 0-30 cm in year 3."), "complete");
        assertTrue(completed.text().contains(Bundle.text("en", "assessment.done.completed", Bundle.text("en", "assessment.outcome.POSITIVE"))),
                completed.text());
        assertEquals(today.toString(), text("SELECT assessed_positively_on::text FROM project WHERE id = " + project));
        assertEquals("SHOWCASE", text("SELECT visibility FROM project WHERE id = " + project), "in the showcase by itself");
        assertTrue(text("SELECT detail FROM audit_event WHERE action = 'PROJECT_VISIBILITY_CHANGED' AND subject = 'project "
                + project + "' ORDER BY id DESC LIMIT 1").contains("DRAFT -> SHOWCASE (positive STC assessment"));

        // partner@ is told by mail in English, reads the report and downloads the letter.
        MimeMessage mail = Mailbox.awaitMessage("partner@example.org", TITLE_EN, 0);
        String body = mail.getContent().toString().replace("\r\n", "\n");
        assertTrue(body.contains("assessment/request.xhtml?id=" + request), body);
        String showcased = mailPhrase("assessmentShowcase", "").strip();
        assertTrue(body.contains(showcased.substring(0, showcased.indexOf('.'))), "the mail says it is in the showcase: " + body);
        assertTrue(body.contains("projects/project.xhtml?id=" + project), "and where to take it out: " + body);
        Page result = partner.get("assessment/request.xhtml?id=" + request);
        assertTrue(result.text().contains(report), result.text());
        assertTrue(result.text().contains(Bundle.text("en", "assessment.mark")), result.text());
        assertNotNull(result.document().getElementById("letter"));
        HttpResponse<byte[]> letter = partner.bytes("assessment/letter?request=" + request, Map.of());
        assertEquals(200, letter.statusCode());
        assertTrue(new String(letter.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        try (PDDocument pdf = Loader.loadPDF(letter.body())) {
            String content = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(content.contains(TITLE_EN), content);
            assertFalse(content.contains(TITLE_FR), "the owner's language, English: " + content);
            assertTrue(content.contains(companyName), content);
            assertTrue(content.contains(Bundle.text("en", "letter.title")), content);
        }

        // The project is in the showcase for everyone signed in; the letter stays the owner's.
        Page showcase = funder.get("projects/showcase.xhtml");
        Element card = showcase.document().selectFirst("[data-project=" + project + "]");
        assertNotNull(card, showcase.text());
        assertTrue(card.text().contains(TITLE_EN) && card.text().contains(companyName), card.text());
        assertTrue(card.text().contains(Bundle.text("en", "assessment.mark")), card.text());
        assertEquals(404, funder.bytes("assessment/letter?request=" + request, Map.of()).statusCode());
        assertEquals(404, expert.bytes("assessment/letter?request=" + request, Map.of()).statusCode());
        assertNull(nadia.get("projects/showcase.xhtml").document().selectFirst("[data-project=" + project + "]"),
                "an expert not assigned sees it nowhere");

        // funder@'s dashboard opens on the investment opportunities, this one among them with its facts and mark;
        // partner@, not a funder, gets only a link further down.
        Page dashboard = funder.get("dashboard.xhtml");
        Element opportunities = dashboard.document().getElementById("opportunities");
        assertNotNull(opportunities, dashboard.text());
        assertTrue(dashboard.document().html().indexOf("id=\"opportunities\"") < dashboard.document().html().indexOf("id=\"groupsTitle\""),
                "at the top, before the groups");
        Element opportunity = opportunities.selectFirst("[data-project=" + project + "]");
        assertNotNull(opportunity, opportunities.text());
        assertTrue(opportunity.text().contains(TITLE_EN) && opportunity.text().contains(companyName)
                && opportunity.text().contains("Senegal") && opportunity.text().contains(Bundle.text("en", "projectStage.SEEKING_FUNDING"))
                && opportunity.text().contains("350,000 EUR") && opportunity.text().contains(Bundle.text("en", "assessment.mark")),
                opportunity.text());
        assertTrue(opportunity.selectFirst("a").attr("href").contains("projects/project.xhtml?id=" + project));
        assertNotNull(opportunities.getElementById("allOpportunities"));
        Page partnersDashboard = partner.get("dashboard.xhtml");
        assertNull(partnersDashboard.document().getElementById("opportunities"), "no top block for a partner who is no funder");
        assertNotNull(partnersDashboard.document().getElementById("opportunitiesLink"), partnersDashboard.text());

        // partner@ takes it out of the showcase on the project page: funders no longer see it there.
        Page takenOut = partner.submit(partner.get("projects/project.xhtml?id=" + project), "visibilityForm",
                Map.of("visibility", "PARTNERS"), "changeVisibility");
        assertEquals("PARTNERS", takenOut.document().getElementById("projectVisibility").attr("data-visibility"), takenOut.text());
        assertNull(funder.get("projects/showcase.xhtml").document().selectFirst("[data-project=" + project + "]"));
        assertNull(funder.get("dashboard.xhtml").document().selectFirst("#opportunities [data-project=" + project + "]"));
        assertEquals(200, funder.get("projects/project.xhtml?id=" + project).status(), "still shown to partners");
    }

    /** A phrase of the mail bundle in {@code locale}, as the platform formats it. */
    private static String mailPhraseIn(Locale locale, String key, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle("org.fourpermille.hub.shared.mail.mail", locale);
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    /** A phrase of the mail bundle in English, as the platform formats it. */
    private static String mailPhrase(String key, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle("org.fourpermille.hub.shared.mail.mail", Locale.ENGLISH);
        return new MessageFormat(texts.getString(key), Locale.ENGLISH).format(arguments);
    }

    /** A score and a comment for each of the five criteria of rubric version 1. */
    @Test
    void the_assignment_page_says_why_when_fewer_than_two_experts_can_review_and_an_appointment_adds_one() throws Exception {
        long company = scalar("SELECT organisation_id FROM account WHERE email = 'partner@example.org'");
        long project = insertProject(company, "DRAFT", "Mulch for the Ferlo rangelands (FASP short test)", null);
        long stc = scalar("SELECT id FROM hub_group WHERE code = 'STC'");
        String newcomer = "samira.short." + System.nanoTime() + "@example.org";
        TestEnvironment.createAccount(newcomer, "Samira Newly-Appointed", "en", "PARTNER");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        WebSession secretariat = signedIn("secretariat@example.org");
        Page opened = secretariat.submit(secretariat.get("assessment/calls.xhtml"), "callForm", Map.of("title", "FASP short call",
                "opensOn", today.minusDays(1).toString(), "closesOn", today.plusDays(30).toString()), "create");
        assertTrue(opened.text().contains(Bundle.text("en", "assessment.done.callOpened", "FASP short call")), opened.text());
        WebSession partner = signedIn("partner@example.org");
        Page mine = partner.get("assessment/mine.xhtml");
        Page requested = partner.submit(mine, "requestForm", Map.of("project", String.valueOf(project),
                "call", option(mine, "requestForm:call", "FASP short call"), "modality", "1"), "ask");
        Matcher id = REQUEST_ID.matcher(requested.uri().toString());
        assertTrue(id.find(), requested.uri() + " " + requested.text());
        String page = "assessment/request.xhtml?id=" + id.group(1);

        // Every current STC term ends for a moment (restored below: the other classes count on the demo experts).
        String current = "g.code = 'STC' AND t.starts_on <= CURRENT_DATE AND CURRENT_DATE <= t.ends_on"
                + " AND (t.ended_on IS NULL OR CURRENT_DATE < t.ended_on)";
        String ids = text("SELECT COALESCE(string_agg(t.id::text, ','), '0') FROM group_term t JOIN hub_group g ON g.id = t.group_id WHERE " + current);
        try {
            update("UPDATE group_term SET ended_on = GREATEST(starts_on, CURRENT_DATE) WHERE id IN (" + ids + ")");
            Page none = secretariat.get(page);
            Element notice = none.document().getElementById("shortOfExperts");
            assertNotNull(notice, "without experts the page says why: " + none.text());
            assertTrue(notice.text().contains(Bundle.text("en", "assessment.experts.short", 0, 2)), notice.text());
            assertTrue(notice.text().contains(Bundle.text("en", "assessment.experts.shortWhy")), notice.text());
            assertTrue(none.document().getElementById("appointExperts").attr("href").contains("groups/members.xhtml?id=" + stc),
                    "it links to where experts are appointed");
            assertEquals(1, none.document().select("select[name=assignForm:expert] option").size(), "only \"choose\" is offered");

            // The secretariat appoints someone to the STC: at once one expert can be assigned, still short of two.
            Page appointed = secretariat.submit(secretariat.get("groups/members.xhtml?id=" + stc), "appointForm",
                    Map.of("email", newcomer, "startsOn", today.toString(), "endsOn", today.plusYears(3).toString()), "appoint");
            assertTrue(appointed.text().contains(Bundle.text("en", "group.members.appointed")), appointed.text());
            Page one = secretariat.get(page);
            assertTrue(one.document().getElementById("shortOfExperts").text().contains(Bundle.text("en", "assessment.experts.short", 1, 2)), one.text());
            Page assigned = secretariat.submit(one, "assignForm", Map.of("expert", option(one, "assignForm:expert", "Samira Newly-Appointed")), "assign");
            assertTrue(assigned.text().contains(Bundle.text("en", "assessment.done.assigned", "Samira Newly-Appointed")), assigned.text());
        } finally {
            update("UPDATE group_term SET ended_on = NULL WHERE id IN (" + ids + ")");
        }
        Page enough = secretariat.get(page);
        assertFalse(enough.has("shortOfExperts"), "with the demo experts back there are enough: " + enough.text());
        option(enough, "assignForm:expert", "Elena Experta");
    }

    private static Map<String, String> scores(String firstComment) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            fields.put("criteria:" + i + ":score", i == 0 ? "2" : "3");
            fields.put("criteria:" + i + ":comment", i == 0 ? firstComment : "Addressed in the project document, section " + (i + 1));
        }
        return fields;
    }

    private static long insertProject(long organisation, String visibility, String titleEn, String titleFr) throws Exception {
        try (Connection db = TestEnvironment.connection()) {
            long project;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO project (organisation_id, created_by, stage, countries,"
                    + " region, currency, total_budget, funding_sought, visibility, created_at, updated_at)"
                    + " SELECT ?, a.id, 'SEEKING_FUNDING', '{SN}', NULL, 'EUR', 500000, 350000, ?, now(), now()"
                    + " FROM account a WHERE a.email = 'partner@example.org' RETURNING id")) {
                insert.setLong(1, organisation);
                insert.setString(2, visibility);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    project = row.getLong(1);
                }
            }
            try (PreparedStatement text = db.prepareStatement(
                    "INSERT INTO project_text (project_id, language, title, summary) VALUES (?, ?, ?, ?)")) {
                for (String[] t : new String[][] {{"en", titleEn}, {"fr", titleFr}}) {
                    if (t[1] == null) {
                        continue;
                    }
                    text.setLong(1, project);
                    text.setString(2, t[0]);
                    text.setString(3, t[1]);
                    text.setString(4, "Gliricidia hedges around 400 plots.");
                    text.executeUpdate();
                }
            }
            return project;
        }
    }

    private WebSession signedIn(String email) {
        WebSession web = new WebSession(base, "en");
        Page signedIn = web.submit(web.get("login.xhtml"), "login", Map.of("email", email, "password", PASSWORD), "submit");
        assertTrue(signedIn.uri().getPath().endsWith("/dashboard.xhtml"), email + ": " + signedIn.text());
        web.chooseLanguage("en");
        return web;
    }

    private static String option(Page page, String selectName, String labelStart) {
        for (Element option : page.document().select("select[name=" + selectName + "] option")) {
            if (option.text().startsWith(labelStart)) {
                return option.attr("value");
            }
        }
        throw new AssertionError("No option " + labelStart + " in " + selectName + " on " + page.text());
    }

    private static long scalar(String sql) throws Exception {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) throws Exception {
        try (Connection db = TestEnvironment.connection(); ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void update(String sql) throws Exception {
        try (Connection db = TestEnvironment.connection()) {
            db.createStatement().executeUpdate(sql);
        }
    }
}
