package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The forum of a group through the real pages: partner@ and member@ (who facilitates it) talk in the
 * Knowledge Interface, with quotes, unread markers, edits and their history, attachments, locks, hiding,
 * pinning, reports and announcements; funder@ (not in that Interface) and partner@ (not in the
 * Consortium) get a 404 for what is not theirs, exactly as for an unknown id.
 *
 * <p>Every test starts its own topics with a unique title: other test classes share the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForumIT {

    private static final String PASSWORD = "Soil-Carbon-2050";
    /** member@ reads the platform in French (demo data); the others in English. */
    private static final String MEMBER_LANGUAGE = "fr";
    private static final Pattern TOPIC_ID = Pattern.compile("(?:^|&)id=(\\d+)");

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
        web.chooseLanguage((email.startsWith("member@") ? MEMBER_LANGUAGE : "en"));
        return web;
    }

    private static long groupId(String code) throws Exception {
        return number("SELECT id FROM hub_group WHERE code = ?", code);
    }

    private static long number(String sql, Object... parameters) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getLong(1);
            }
        }
    }

    private static String unique(String title) {
        return title + " " + Long.toString(System.nanoTime(), 36);
    }

    /** Starts a topic through the forum page and returns its id (from the address of the topic page). */
    private static long startTopic(WebSession web, long groupId, String title, String body, boolean announcement) {
        Page forum = web.get("groups/forum.xhtml?group=" + groupId);
        assertEquals(200, forum.status(), forum.text());
        Map<String, String> fields = announcement ? Map.of("title", title, "body", body, "announcement", "on")
                : Map.of("title", title, "body", body);
        Page topic = web.submit(forum, "newTopic", fields, "start");
        assertTrue(topic.uri().getPath().endsWith("/groups/topic.xhtml"), topic.uri() + " " + topic.text());
        assertEquals(title, topic.document().getElementById("topicTitle").text());
        Matcher id = TOPIC_ID.matcher(topic.uri().getQuery());
        assertTrue(id.find(), topic.uri().toString());
        return Long.parseLong(id.group(1));
    }

    private static List<Long> postIds(Page topic) {
        return topic.document().select("article[data-post]").stream().map(a -> Long.parseLong(a.attr("data-post"))).toList();
    }

    private static Element post(Page topic, long postId) {
        Element article = topic.document().getElementById("post-" + postId);
        assertNotNull(article, "post " + postId + " on " + topic.uri() + ": " + topic.text());
        return article;
    }

    private static Page reply(WebSession web, String address, String body) {
        Page topic = web.get(address);
        return web.submit(topic, "replyForm", Map.of("body", body), "send");
    }

    @Test
    void an_over_long_title_or_text_is_refused_beside_its_field_with_nothing_saved_and_everything_kept() throws Exception {
        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        WebSession partner = signedIn("partner@example.org");
        String marker = unique("Over-long");
        String title = marker + " " + "t".repeat(Topic.TITLE_LENGTH * 15 - marker.length() - 1);
        String body = "Soil carbon, line one.\n" + "b".repeat(Post.BODY_LENGTH + 4_000);

        Page forum = partner.get("groups/forum.xhtml?group=" + knowledge);
        Page refused = partner.submit(forum, "newTopic", Map.of("title", title, "body", body), "start");

        // Before, PrimeFaces cut both to their maxlength and the topic was saved with a success message.
        assertTrue(refused.uri().getPath().endsWith("/groups/forum.xhtml"), refused.uri().toString());
        Element titleField = refused.document().getElementById("newTopic:title");
        assertTrue(titleField.parent().text().contains("At most 200 characters; this has 3,000."), refused.text());
        assertTrue(refused.document().getElementById("newTopic:body").parent().text()
                .contains("At most 20,000 characters; this has " + String.format(Locale.ENGLISH, "%,d", body.length()) + "."),
                refused.text());
        assertEquals(title, titleField.val());
        assertEquals(body, refused.document().getElementById("newTopic:body").wholeText());
        assertEquals(0, number("SELECT count(*) FROM forum_topic WHERE title LIKE ?", marker + "%"));
    }

    @Test
    void a_reply_quotes_the_topic_shows_as_new_to_its_author_and_an_edit_keeps_the_earlier_text() throws Exception {
        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        WebSession partner = signedIn("partner@example.org");

        Page forum = partner.get("groups/forum.xhtml?group=" + knowledge);
        Page refused = partner.submit(forum, "newTopic", Map.of("title", " ", "body", "Text I do not want to lose"), "start");
        assertTrue(refused.text().contains(Bundle.text("en", "forum.error.titleRequired")), refused.text());
        assertEquals("Text I do not want to lose", refused.document().getElementById("newTopic:body").wholeText());

        String title = unique("Mapping soil carbon stocks");
        long topicId = startTopic(partner, knowledge, title, "Line one of the question\nLine two", false);

        WebSession member = signedIn("member@example.org");
        long opening = postIds(member.get("groups/topic.xhtml?id=" + topicId)).get(0);
        Page quoting = member.get("groups/topic.xhtml?id=" + topicId + "&quote=" + opening);
        assertTrue(quoting.document().getElementById("quotePreview").text().contains("Line one of the question"), quoting.text());
        Page replied = member.submit(quoting, "replyForm", Map.of("body", "We use the FAO map."), "send");
        assertTrue(replied.text().contains(Bundle.text(MEMBER_LANGUAGE, "forum.replied")), replied.text());
        long replyId = postIds(replied).get(postIds(replied).size() - 1);
        Element reply = post(replied, replyId);
        assertTrue(reply.text().contains("We use the FAO map."), reply.text());
        assertTrue(reply.selectFirst(".forum-quote").text().contains("Line one of the question"), reply.text());

        // The author of the topic hears of the reply at once, as a reply to them.
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(
                "SELECT n.reason, n.immediate FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                        + " JOIN account p ON p.id = n.account_id WHERE p.email = 'partner@example.org' AND a.path = ?")) {
            query.setString(1, "/groups/topic.xhtml?id=" + topicId + "&post=" + replyId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "partner@ is told of the reply");
                assertEquals("REPLY", row.getString(1));
                assertTrue(row.getBoolean(2));
            }
        }

        Page before = partner.get("groups/forum.xhtml?group=" + knowledge);
        Element row = before.document().getElementById("topic-" + topicId);
        assertNotNull(row, before.text());
        assertTrue(row.hasClass("hub-new"), row.outerHtml());
        assertEquals(Bundle.text("en", "forum.unread", 1), row.selectFirst(".forum-unread").text());
        Page read = partner.get("groups/topic.xhtml?id=" + topicId);
        assertTrue(post(read, replyId).hasClass("hub-new"), "the reply is marked new on the page");
        assertTrue(post(read, replyId).text().contains("We use the FAO map."));
        Element after = partner.get("groups/forum.xhtml?group=" + knowledge).document().getElementById("topic-" + topicId);
        assertFalse(after.hasClass("hub-new"), after.outerHtml());
        assertNull(after.selectFirst(".forum-unread"), after.outerHtml());

        // Elena names two people: Mariama is in the Interface and is told at once, as a mention; Fernando is
        // not in it, so his name tells him nothing. The topic's author still hears of it as a reply.
        WebSession elena = signedIn("expert@example.org");
        Page mentioning = elena.submit(elena.get("groups/topic.xhtml?id=" + topicId), "replyForm",
                Map.of("body", "Good idea. @mariama member, could your team share its plots? And @Fernando Funder."), "send");
        long mentionId = postIds(mentioning).get(postIds(mentioning).size() - 1);
        String mentionPath = "/groups/topic.xhtml?id=" + topicId + "&post=" + mentionId;
        assertEquals(Map.of("member@example.org", "MENTION", "partner@example.org", "REPLY"), directlyTold(mentionPath));
        Page told = member.get("account/notifications.xhtml");
        assertTrue(told.text().contains(Bundle.text(MEMBER_LANGUAGE, "notifications.reason.MENTION")), told.text());

        // The author edits the opening post; the earlier text stays in its history. Nobody else may edit it.
        Page editing = partner.get("groups/topic.xhtml?id=" + topicId + "&edit=" + opening);
        assertEquals("Line one of the question\nLine two", editing.document().getElementById("editForm:body").wholeText());
        Page edited = partner.submit(editing, "editForm", Map.of("body", "Line one, corrected"), "save");
        assertTrue(edited.text().contains(Bundle.text("en", "forum.edited.done")), edited.text());
        assertTrue(post(edited, opening).text().contains("Line one, corrected"));
        assertNotNull(edited.document().getElementById("historyLink-" + opening), "the edit is marked");
        Page history = partner.get("groups/topic.xhtml?id=" + topicId + "&history=" + opening);
        assertTrue(history.document().getElementById("history").text().contains("Line one of the question"), history.text());
        WebSession expert = signedIn("expert@example.org");
        assertFalse(expert.get("groups/topic.xhtml?id=" + topicId + "&edit=" + opening).has("editForm"),
                "another member is not offered the author's edit");

        // A file attached to the post is downloaded by members only, as an attachment that is never sniffed.
        byte[] notes = "Soil organic carbon, 0-30 cm\n".getBytes(StandardCharsets.UTF_8);
        Page attaching = partner.get("groups/topic.xhtml?id=" + topicId + "&attach=" + opening);
        Page uploaded = partner.upload(attaching, "attachForm", "file", "carbon notes.txt", "text/plain", notes,
                "attachForm:attachMessages");
        assertTrue(uploaded.partialText().contains(Bundle.text("en", "forum.attached", "carbon notes.txt")), uploaded.partialText());
        Page withFile = partner.get("groups/topic.xhtml?id=" + topicId);
        org.jsoup.nodes.Element attachment = withFile.document().getElementById("attachment-" + opening);
        assertEquals("carbon notes.txt", attachment.text());
        // The icon font's paperclip, hidden from screen readers: an emoji showed as a missing glyph (issue 18).
        assertEquals("true", attachment.selectFirst("span.pi.pi-paperclip").attr("aria-hidden"), attachment.outerHtml());
        HttpResponse<byte[]> download = member.bytes("groups/attachment?post=" + opening, Map.of());
        assertEquals(200, download.statusCode());
        assertArrayEquals(notes, download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));

        WebSession funder = signedIn("funder@example.org");
        assertEquals(404, funder.get("groups/topic.xhtml?id=" + topicId).status());
        assertEquals(404, funder.bytes("groups/attachment?post=" + opening, Map.of()).statusCode());
        assertEquals(404, funder.get("groups/forum.xhtml?group=" + knowledge).status());
        assertEquals(404, funder.get("groups/topic.xhtml?id=999999999").status());
    }

    @Test
    void a_facilitator_locks_hides_pins_and_handles_reports_and_announces() throws Exception {
        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        WebSession partner = signedIn("partner@example.org");
        WebSession member = signedIn("member@example.org");
        String title = unique("Cover crops in the Sahel");
        long topicId = startTopic(partner, knowledge, title, "Which species work best?", false);
        long opening = postIds(partner.get("groups/topic.xhtml?id=" + topicId)).get(0);
        Page answered = reply(member, "groups/topic.xhtml?id=" + topicId, "Cowpea, in our trials.");
        long facilitatorReply = postIds(answered).get(postIds(answered).size() - 1);

        // A report reaches the facilitators, who mark it handled; a plain member has no reports page.
        Page reporting = partner.get("groups/topic.xhtml?id=" + topicId + "&report=" + facilitatorReply);
        Page noReason = partner.submit(reporting, "reportForm", Map.of("reason", " "), "send");
        assertTrue(noReason.text().contains(Bundle.text("en", "forum.error.reportReasonRequired")), noReason.text());
        String reason = unique("The yields quoted have no source");
        Page reported = partner.submit(noReason, "reportForm", Map.of("reason", reason), "send");
        assertTrue(reported.text().contains(Bundle.text("en", "forum.reportSent")), reported.text());
        assertEquals(404, partner.get("groups/reports.xhtml?group=" + knowledge).status());
        assertTrue(member.get("groups/forum.xhtml?group=" + knowledge).has("reportsLink"));
        Page reports = member.get("groups/reports.xhtml?group=" + knowledge);
        List<Element> listed = reports.document().select("article[data-report]");
        int index = -1;
        for (int i = 0; i < listed.size(); i++) {
            if (listed.get(i).text().contains(reason)) {
                index = i;
            }
        }
        assertTrue(index >= 0, reports.text());
        assertTrue(listed.get(index).text().contains("Cowpea, in our trials."), "the report shows the post");
        Page handled = member.submit(reports, "reportsForm", Map.of(), "list:" + index + ":handle");
        assertTrue(handled.text().contains(Bundle.text(MEMBER_LANGUAGE, "forum.reportHandled")), handled.text());
        assertFalse(handled.text().contains(reason), handled.text());

        // Locked while the partner had the page open: the reply is refused with a message, the text is kept.
        Page open = partner.get("groups/topic.xhtml?id=" + topicId);
        Page locked = member.submit(member.get("groups/topic.xhtml?id=" + topicId), "moderateForm", Map.of(), "lock");
        assertTrue(locked.text().contains(Bundle.text(MEMBER_LANGUAGE, "forum.locked")), locked.text());
        Page refused = partner.submit(open, "replyForm", Map.of("body", "One more idea"), "send");
        assertTrue(refused.text().contains(Bundle.text("en", "forum.error.locked")), refused.text());
        assertEquals("One more idea", refused.document().getElementById("replyForm:body").wholeText());
        Page lockedNow = partner.get("groups/topic.xhtml?id=" + topicId);
        assertTrue(lockedNow.has("lockedNotice"));
        assertFalse(lockedNow.has("replyForm"), "a locked topic offers no reply form to members");

        // Pinned: heads the forum. Hidden post: members read that a facilitator hid it, the facilitator still reads it.
        member.submit(member.get("groups/topic.xhtml?id=" + topicId), "moderateForm", Map.of(), "pin");
        Page forum = partner.get("groups/forum.xhtml?group=" + knowledge);
        Element first = forum.document().selectFirst("#topics tbody tr");
        assertNotNull(first.selectFirst(".forum-pinned"), first.outerHtml());
        assertNotNull(forum.document().getElementById("topic-" + topicId).selectFirst(".forum-pinned"));
        assertNotNull(forum.document().getElementById("topic-" + topicId).selectFirst(".forum-locked"));

        Page hiding = member.get("groups/topic.xhtml?id=" + topicId + "&hide=" + opening);
        Page hidden = member.submit(hiding, "hidePostForm", Map.of("reason", "Duplicate question"), "hidePost");
        assertTrue(hidden.text().contains(Bundle.text(MEMBER_LANGUAGE, "forum.postHidden")), hidden.text());
        Element seenByPartner = post(partner.get("groups/topic.xhtml?id=" + topicId), opening);
        assertTrue(seenByPartner.text().contains(Bundle.text("en", "forum.postHiddenByFacilitator")), seenByPartner.text());
        assertFalse(seenByPartner.text().contains("Which species work best?"), seenByPartner.text());
        Element seenByFacilitator = post(member.get("groups/topic.xhtml?id=" + topicId), opening);
        assertTrue(seenByFacilitator.text().contains("Which species work best?"), seenByFacilitator.text());
        assertTrue(seenByFacilitator.text().contains("Duplicate question"), seenByFacilitator.text());

        // Announcements: only facilitators are offered (and allowed) them; they head the group's front page.
        assertFalse(partner.get("groups/forum.xhtml?group=" + knowledge).has("newTopic:announcement"));
        String announcement = unique("Webinar on soil carbon MRV");
        startTopic(member, knowledge, announcement, "Join us next Tuesday.", true);
        Page home = partner.get("groups/group.xhtml?id=" + knowledge);
        assertTrue(home.document().getElementById("announcements").text().contains(announcement), home.text());
        assertTrue(home.document().getElementById("latestTopics").text().contains(announcement), home.text());
    }

    @Test
    void outsiders_of_the_consortium_get_not_found_and_a_long_topic_pages() throws Exception {
        long consortium = groupId("CONSORTIUM");
        WebSession member = signedIn("member@example.org");
        long secret = startTopic(member, consortium, unique("Budget 2027 draft"), "For Members only.", false);
        WebSession partner = signedIn("partner@example.org");
        assertEquals(404, partner.get("groups/topic.xhtml?id=" + secret).status());
        assertEquals(404, partner.get("groups/forum.xhtml?group=" + consortium).status());
        long secretPost = number("SELECT id FROM forum_post WHERE topic_id = ?", secret);
        assertEquals(404, partner.bytes("groups/attachment?post=" + secretPost, Map.of()).statusCode());

        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        long topicId = startTopic(partner, knowledge, unique("Long discussion"), "Reply 0", false);
        Page last = null;
        for (int i = 1; i <= 21; i++) {
            last = last == null ? reply(member, "groups/topic.xhtml?id=" + topicId, "Reply " + i)
                    : member.submit(last, "replyForm", Map.of("body", "Reply " + i), "send");
        }
        Page page1 = partner.get("groups/topic.xhtml?id=" + topicId);
        assertEquals(20, postIds(page1).size());
        assertEquals(Bundle.text("en", "forum.pageOf", 1, 2), page1.document().getElementById("pageOf").text());
        assertTrue(page1.has("next"));
        Page page2 = partner.get("groups/topic.xhtml?id=" + topicId + "&page=2");
        assertEquals(2, postIds(page2).size());
        assertTrue(page2.text().contains("Reply 21"), page2.text());
        assertFalse(page1.text().contains("Reply 21"));
        assertTrue(page2.has("previous"));
        Element row = partner.get("groups/forum.xhtml?group=" + knowledge).document().getElementById("topic-" + topicId);
        assertEquals("21", row.select("td").get(1).text(), row.outerHtml());
    }

    @Test
    void a_moved_topic_is_told_to_its_author_in_their_language_and_to_the_members_of_its_new_group() throws Exception {
        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        long projects = groupId("INTERFACE_PROJECTS");
        WebSession expert = signedIn("expert@example.org");
        expert.chooseLanguage("es");
        String title = unique("Funding for soil sampling");
        long topicId = startTopic(expert, knowledge, title, "Who funds soil sampling campaigns?", false);
        String path = "/groups/topic.xhtml?id=" + topicId;

        WebSession secretariat = signedIn("secretariat@example.org");
        Page open = secretariat.get(path.substring(1));
        Page moved = secretariat.submit(open, "moderateForm", Map.of("target", String.valueOf(projects)), "move");
        assertEquals(200, moved.status(), moved.text());
        assertEquals(projects, number("SELECT group_id FROM forum_topic WHERE id = ?", topicId), moved.text());

        String from = text("SELECT name_es FROM hub_group WHERE id = ?", knowledge);
        String to = text("SELECT name_es FROM hub_group WHERE id = ?", projects);
        String subject = mailText("es", "topicMoved.subject", "", title, from, to);
        MimeMessage mail = Mailbox.awaitMessage("expert@example.org", subject, 0);
        String name = text("SELECT display_name FROM account WHERE email = ?", "expert@example.org");
        String expected = mailText("es", "topicMoved.body", name, title, from, to, TestEnvironment.MAIL_BASE_URL + path);
        assertTrue(Mailbox.text(mail).replace("\r\n", "\n").contains(expected), Mailbox.text(mail));

        String told = "SELECT count(*) FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                + " JOIN account p ON p.id = n.account_id WHERE a.kind = 'TOPIC_MOVED' AND a.path = ? AND a.group_id = ? AND p.email = ?";
        assertEquals(1, number(told, path, projects, "funder@example.org"), "a member of the new group hears of it");
        assertEquals(0, number(told, path, projects, "expert@example.org"), "someone outside the new group does not");
        assertTrue(signedIn("funder@example.org").get(path.substring(1)).text().contains(title), "and can read it there");
    }

    private static String text(String sql, Object parameter) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getString(1);
            }
        }
    }

    private static String mailText(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = ResourceBundle.getBundle("org.fourpermille.hub.shared.mail.mail", locale).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** Who was told of the activity at {@code path} at once, by email, with the reason. */
    private static Map<String, String> directlyTold(String path) throws Exception {
        Map<String, String> told = new java.util.TreeMap<>();
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(
                "SELECT p.email, n.reason FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                        + " JOIN account p ON p.id = n.account_id WHERE a.path = ? AND n.reason <> 'GROUP'")) {
            query.setString(1, path);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    told.put(row.getString(1), row.getString(2));
                }
            }
        }
        return told;
    }
}
