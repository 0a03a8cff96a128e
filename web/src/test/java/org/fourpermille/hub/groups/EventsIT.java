package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.mail.internet.MimeMessage;
import java.util.Map;

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
 * Events of a group through the real pages: a facilitator plans a webinar in Paris time, a partner reads it
 * in São Paulo time, the only seat goes to one person and the next is told the event is full, the
 * registrants are the organisers' business, the calendar file and the personal feed (without a session,
 * and dead after a reset), outsiders get 404, and the dashboard lists what one registered for.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventsIT {

    private static final String PASSWORD = "Soil-Carbon-2050";
    /** The languages the demo accounts chose: the pages speak them once they are signed in. */
    private static final String MEMBER_LANGUAGE = "fr";
    private static final String EXPERT_LANGUAGE = "es";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    private WebSession signedIn(String email) {
        WebSession web = new WebSession(base, "en");
        Page login = web.get("login.xhtml");
        Page dashboard = web.submit(login, "login", Map.of("email", email, "password", PASSWORD), "submit");
        assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), dashboard.text());
        // Other test classes may have switched a demo account's saved language: choose the one asserted here.
        web.chooseLanguage((email.startsWith("member@") ? MEMBER_LANGUAGE : email.startsWith("expert@") ? EXPERT_LANGUAGE : "en"));
        return web;
    }

    private static String single(String sql, Object parameter) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql + " " + parameter);
                return row.getString(1);
            }
        }
    }

    private static Map<String, String> webinar(String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("kind", "WEBINAR");
        fields.put("description", "How to measure soil organic carbon, with examples from Brazil and France.");
        fields.put("startDate", "2030-07-15");
        fields.put("startTime", "15:00");
        fields.put("endDate", "");
        fields.put("endTime", "16:30");
        fields.put("zone", "Europe/Paris");
        fields.put("onlineLink", "https://meet.example.org/soil-carbon");
        fields.put("venue", "");
        fields.put("capacity", "1");
        fields.put("registrationOpen", "true");
        return fields;
    }

    /** The path of a feed address inside the deployment (the platform writes its configured base URL). */
    private static String feedPath(Page page) {
        Element url = page.document().getElementById("feedUrl");
        assertNotNull(url, page.text());
        String address = url.text();
        assertTrue(address.startsWith(TestEnvironment.MAIL_BASE_URL + "/calendar/") && address.endsWith(".ics"), address);
        return address.substring(TestEnvironment.MAIL_BASE_URL.length() + 1);
    }

    @Test
    void a_webinar_from_planning_to_calendars() throws Exception {
        long knowledge = Long.parseLong(single("SELECT id FROM hub_group WHERE code = ?", "INTERFACE_KNOWLEDGE"));
        String title = "Measuring soil carbon, step by step " + System.nanoTime();

        // The facilitator plans it; a bad link and an end before the start are refused, nothing typed is lost.
        WebSession member = signedIn("member@example.org");
        Page events = member.get("groups/events.xhtml?group=" + knowledge);
        assertEquals(200, events.status(), events.text());
        assertTrue(events.has("eventForm"), "the facilitator gets the form");
        Map<String, String> bad = webinar(title);
        bad.put("onlineLink", "ftp://files.example.org");
        bad.put("endTime", "14:00");
        Page refused = member.submit(events, "eventForm", bad, "create");
        assertTrue(refused.text().contains(Bundle.text(MEMBER_LANGUAGE, "event.error.link")), refused.text());
        assertTrue(refused.text().contains(Bundle.text(MEMBER_LANGUAGE, "event.error.endBeforeStart")), refused.text());
        assertEquals(title, refused.document().getElementById("eventForm:title").attr("value"));
        assertEquals("ftp://files.example.org", refused.document().getElementById("eventForm:onlineLink").attr("value"));

        Page created = member.submit(refused, "eventForm", webinar(title), "create");
        assertTrue(created.uri().getPath().endsWith("/groups/event.xhtml"), created.uri() + " " + created.text());
        assertTrue(created.text().contains(Bundle.text(MEMBER_LANGUAGE, "event.created")), created.text());
        String eventId = created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
        assertEquals(title, single("SELECT title FROM group_event WHERE id = ?", Long.parseLong(eventId)));
        assertEquals("2030-07-15 13:00:00+00", single("SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00'"
                + " FROM group_event WHERE id = ?", Long.parseLong(eventId)));
        String eventPath = "groups/event.xhtml?id=" + eventId;

        // The partner reads it in their own zone, with the organiser's time beside it.
        WebSession partner = signedIn("partner@example.org");
        Page settings = partner.get("account/settings.xhtml");
        Page saved = partner.submit(settings, "timeZone", Map.of("zone", "America/Sao_Paulo"), "saveZone");
        assertTrue(saved.text().contains(Bundle.text("en", "settings.timeZone.saved")), saved.text());
        // The picker groups the zones by region with readable names, the saved zone first; it posts the id.
        Element picker = partner.get("account/settings.xhtml").document().getElementById("timeZone:zone");
        org.jsoup.select.Elements groups = picker.select("optgroup");
        assertEquals(Bundle.text("en", "timeZone.group.yours"), groups.get(0).attr("label"));
        assertEquals(List.of("America/Sao_Paulo"), groups.get(0).select("option").eachAttr("value"), picker.outerHtml());
        Element paris = picker.selectFirst("optgroup[label=" + Bundle.text("en", "timeZone.region.Europe") + "] option[value=Europe/Paris]");
        assertEquals("Europe / Paris", paris.text());
        assertTrue(picker.select("option[value=America/Sao_Paulo]").eachText().contains("America / Sao Paulo"), picker.outerHtml());
        Page read = partner.get(eventPath);
        Element when = read.document().getElementById("eventWhen");
        assertEquals("2030-07-15T10:00:00-03:00", when.attr("datetime"));
        assertTrue(when.text().contains("10:00") && when.text().contains("America/Sao_Paulo"), when.text());
        assertTrue(read.document().getElementById("organiserWhen").text().contains("Europe/Paris"), read.text());

        // One seat: the expert opened the page too, but the partner takes the seat first.
        WebSession expert = signedIn("expert@example.org");
        Page expertView = expert.get(eventPath);
        assertTrue(expertView.has("registerForm"), expertView.text());
        Page registered = partner.submit(read, "registerForm", Map.of(), "register");
        assertTrue(registered.text().contains(Bundle.text("en", "event.registered")), registered.text());
        assertTrue(registered.document().getElementById("seats").text().contains(Bundle.text("en", "event.seatsLeft", 0, 1)),
                registered.text());
        Page full = expert.submit(expertView, "registerForm", Map.of(), "register");
        assertTrue(full.text().contains(Bundle.text(EXPERT_LANGUAGE, "event.error.full")), full.text());
        assertEquals("1", single("SELECT count(*) FROM event_registration WHERE event_id = ?", Long.parseLong(eventId)));

        // Registrants: the facilitator sees them, the partner neither on the page nor as a file.
        String partnerName = single("SELECT display_name FROM account WHERE email = ?", "partner@example.org");
        Page organiserView = member.get(eventPath);
        assertTrue(organiserView.document().getElementById("registrants").text().contains(partnerName), organiserView.text());
        assertFalse(registered.has("registrants"), "a plain member does not see who registered");
        assertEquals(403, partner.bytes("groups/event-registrants.csv?id=" + eventId, Map.of()).statusCode());
        HttpResponse<byte[]> csv = member.bytes("groups/event-registrants.csv?id=" + eventId, Map.of());
        assertEquals(200, csv.statusCode());
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains("partner@example.org"));

        // The calendar file.
        HttpResponse<byte[]> ics = partner.bytes("groups/event.ics?id=" + eventId, Map.of());
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        String calendar = new String(ics.body(), StandardCharsets.UTF_8);
        assertTrue(calendar.contains("\r\nBEGIN:VEVENT\r\n"), calendar);
        assertTrue(calendar.contains("\r\nDTSTART:20300715T130000Z\r\n"), calendar);
        assertTrue(calendar.contains("\r\nDTEND:20300715T143000Z\r\n"), calendar);
        assertTrue(calendar.replace("\r\n ", "").contains("\r\nSUMMARY:" + title.replace(",", "\\,") + "\r\n"), calendar);

        // Someone outside the Knowledge Interface learns nothing, not even that the event exists.
        WebSession funder = signedIn("funder@example.org");
        assertEquals(404, funder.get(eventPath).status());
        assertEquals(404, funder.bytes("groups/event.ics?id=" + eventId, Map.of()).statusCode());
        assertEquals(404, funder.get("groups/events.xhtml?group=" + knowledge).status());

        // The dashboard and the group's front page list it.
        Page dashboard = partner.get("dashboard.xhtml");
        assertTrue(dashboard.document().getElementById("myEvents").text().contains(title), dashboard.text());
        Page front = partner.get("groups/group.xhtml?id=" + knowledge);
        assertTrue(front.document().getElementById("upcomingEventList").text().contains(title), front.text());

        // The personal feed works without a session, and stops working once replaced.
        Page calendarPage = partner.get("groups/calendar.xhtml");
        Page made = partner.submit(calendarPage, "feedForm", Map.of(), "newFeed");
        String oldFeed = feedPath(made);
        WebSession calendarApp = new WebSession(base, "en");
        HttpResponse<byte[]> feed = calendarApp.bytes(oldFeed, Map.of());
        assertEquals(200, feed.statusCode());
        String feedText = new String(feed.body(), StandardCharsets.UTF_8);
        assertTrue(feedText.contains("BEGIN:VEVENT") && feedText.contains("UID:event-" + eventId + "@"), feedText);
        Page reset = partner.submit(partner.get("groups/calendar.xhtml"), "feedForm", Map.of(), "newFeed");
        assertTrue(reset.text().contains(Bundle.text("en", "calendar.feed.reset")), reset.text());
        String newFeed = feedPath(reset);
        assertNotEquals(oldFeed, newFeed);
        assertEquals(404, calendarApp.bytes(oldFeed, Map.of()).statusCode());
        assertEquals(200, calendarApp.bytes(newFeed, Map.of()).statusCode());

        // Withdrawing frees the seat for the expert.
        Page withdrawn = partner.submit(partner.get(eventPath), "unregisterForm", Map.of(), "unregister");
        assertTrue(withdrawn.text().contains(Bundle.text("en", "event.unregistered")), withdrawn.text());
        Page expertIn = expert.submit(expert.get(eventPath), "registerForm", Map.of(), "register");
        assertTrue(expertIn.text().contains(Bundle.text(EXPERT_LANGUAGE, "event.registered")), expertIn.text());

        // Cancelled: the registrant is told by mail in their language, the group's members by its activity.
        String cancelledSubject = mailText(EXPERT_LANGUAGE, "eventCancelled.subject", "", title);
        int seen = Mailbox.count("expert@example.org", cancelledSubject);
        Page cancelled = member.submit(member.get(eventPath), "cancelForm", Map.of(), "cancel");
        assertTrue(cancelled.text().contains(Bundle.text(MEMBER_LANGUAGE, "event.cancelledDone")), cancelled.text());
        MimeMessage mail = Mailbox.awaitMessage("expert@example.org", cancelledSubject, seen);
        assertEquals(cancelledSubject, mail.getSubject());
        String expertName = single("SELECT display_name FROM account WHERE email = ?", "expert@example.org");
        String knowledgeName = single("SELECT name_es FROM hub_group WHERE id = ?", knowledge);
        String expected = mailText(EXPERT_LANGUAGE, "eventCancelled.body", expertName, title, knowledgeName,
                TestEnvironment.MAIL_BASE_URL + "/" + eventPath);
        assertTrue(Mailbox.text(mail).replace("\r\n", "\n").contains(expected), Mailbox.text(mail));
        assertEquals(0, Mailbox.count("partner@example.org", mailText("en", "eventCancelled.subject", "", title)),
                "who gave their seat back is not written to");
        assertEquals("1", single("SELECT count(*) FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                + " JOIN account p ON p.id = n.account_id WHERE a.kind = 'EVENT_CANCELLED' AND a.path = ?"
                + " AND p.email = 'partner@example.org'", "/" + eventPath), "a member of the group hears of it");
        assertEquals("0", single("SELECT count(*) FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                + " JOIN account p ON p.id = n.account_id WHERE a.kind = 'EVENT_CANCELLED' AND a.path = ?"
                + " AND p.email = 'funder@example.org'", "/" + eventPath), "nobody outside the group does");
    }

    private static String mailText(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = ResourceBundle.getBundle("org.fourpermille.hub.shared.mail.mail", locale).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
