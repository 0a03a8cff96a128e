package org.fourpermille.hub.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.fourpermille.hub.membership.Joining;
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
 * Notifications from the rows on: mail at once or in digests (claimed once across nodes), the one-click
 * unsubscribe link, the in-app list and its unread count, and nobody hearing of a group they left.
 *
 * <p>The forum, documents and decisions are built elsewhere, so a "post" here is what
 * {@code GroupActivityLog.record} writes, written with plain JDBC: a {@code group_activity} row and one
 * {@code notification} row per person in the group ({@code group_member_effective}) but the author.
 * Time is moved the way the other tests move it, in the database: a digest period is made due again by
 * removing the row of its run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

    private static final String PASSWORD = "Soil-Carbon-2050";
    private static final String PARTNER = "partner@example.org";
    private static final String MEMBER = "member@example.org";
    private static final String FUNDER = "funder@example.org";
    private static final String EXPERT = "expert@example.org";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(TestEnvironment.MAIL_BASE_URL) + "/(\\S+)");
    /** Long enough for the jobs (every 0.5 s in tests) to have run several times. */
    private static final Duration SEVERAL_ROUNDS = Duration.ofSeconds(3);

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @Test
    void a_daily_reader_gets_nothing_at_once_then_one_digest_built_by_one_node_only() throws Exception {
        String title = "Soil carbon maps " + System.nanoTime();
        String language = language(PARTNER);
        String digestSubject = mailText(language, "dailyDigest.subject");
        awaitCurrentRun("DAILY");
        int digestsBefore = Mailbox.count(PARTNER, digestSubject);

        post("INTERFACE_KNOWLEDGE", "TOPIC", EXPERT, title, null);
        pause(SEVERAL_ROUNDS);
        assertEquals(0, Mailbox.count(PARTNER, title), "a DAILY reader is not mailed at once");

        // A new day (its run's row removed), whose run another node claims first: this node leaves it be.
        try (Connection db = TestEnvironment.connection()) {
            db.setAutoCommit(false);
            Timestamp start = currentRunStart(db, "DAILY");
            update(db, "DELETE FROM digest_run WHERE period = 'DAILY' AND period_start = ?", start);
            update(db, "INSERT INTO digest_run (period, period_start, claimed_by, claimed_at) VALUES ('DAILY', ?, 'another-node', now())", start);
            db.commit();
        }
        pause(SEVERAL_ROUNDS);
        assertEquals(digestsBefore, Mailbox.count(PARTNER, digestSubject), "the other node's claim is respected");

        // That node died before building anything (its claim is gone): this node builds the digests, once.
        try (Connection db = TestEnvironment.connection()) {
            update(db, "DELETE FROM digest_run WHERE claimed_by = 'another-node'");
        }
        MimeMessage digest = Mailbox.awaitMessage(PARTNER, digestSubject, digestsBefore);
        String body = text(digest);
        String knowledge = groupName("INTERFACE_KNOWLEDGE", language);
        assertTrue(body.contains(mailText(language, "activity.TOPIC", knowledge, title)), body);
        assertTrue(body.contains(knowledge + "\n"), "activities are listed under their group: " + body);
        assertTrue(body.contains("unsubscribe.xhtml?token="), body);
        pause(SEVERAL_ROUNDS);
        assertEquals(digestsBefore + 1, Mailbox.count(PARTNER, digestSubject), "exactly one digest, however often the job runs");
        assertEquals(0, Mailbox.count(PARTNER, title));
        try (Connection db = TestEnvironment.connection()) {
            assertNotNull(single(db, "SELECT n.mailed_at FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                    + " JOIN account c ON c.id = n.account_id WHERE a.title = ? AND c.email = ?", title, PARTNER));
        }
    }

    @Test
    void the_secretariat_turns_off_the_mail_of_a_queue_and_still_sees_its_work_on_the_platform() throws Exception {
        String secretariat = "secretariat@example.org";
        WebSession staff = Joining.secretariat(base);
        try (Connection db = TestEnvironment.connection()) {
            update(db, "DELETE FROM queue_mail_choice WHERE account_id = (SELECT id FROM account WHERE email = ?)", secretariat);
        }
        Page page = staff.get("account/notifications.xhtml");
        assertTrue(page.document().getElementById("queueMail:queue:0:mail").hasAttr("checked"), "by default every queue mails");
        Page saved = staff.submit(page, "queueMail", Map.of("queue:0:mail", "",
                "queue:1:mail", "true", "queue:2:mail", "true", "queue:3:mail", "true"), "saveQueues");
        assertTrue(saved.text().contains(Bundle.text("en", "notifications.queues.saved")), saved.text());
        assertFalse(saved.document().getElementById("queueMail:queue:0:mail").hasAttr("checked"), "applications no longer mail");
        assertTrue(saved.document().getElementById("queueMail:queue:1:mail").hasAttr("checked"), "the other queues still do");

        String reference = Joining.submitted(new WebSession(base, "en"), Joining.form("Quiet Roots Cooperative", "FARMERS_ORGANISATION",
                "KE", "", "NON_PROFIT", "PARTNER", "wanjiru@quiet-roots.example"));
        Mailbox.awaitMessage("wanjiru@quiet-roots.example", reference, 0);  // the applicant's confirmation left: the job ran
        pause(SEVERAL_ROUNDS);
        assertEquals(0, Mailbox.count(secretariat, reference), "no mail for a queue turned off");
        Page notices = staff.get("account/notifications.xhtml");
        assertNotNull(notices.document().selectFirst("#workList li[data-kind=APPLICATION_SUBMITTED]:contains(" + reference + ")"),
                "the notice shows all the same: " + notices.text());
        assertNotNull(staff.get("dashboard.xhtml").document().selectFirst("#waitingList li:contains(" + reference + ")"));

        Page restored = staff.submit(staff.get("account/notifications.xhtml"), "queueMail", Map.of("queue:0:mail", "true",
                "queue:1:mail", "true", "queue:2:mail", "true", "queue:3:mail", "true"), "saveQueues");
        assertTrue(restored.document().getElementById("queueMail:queue:0:mail").hasAttr("checked"), restored.text());

        // People outside the secretariat have no queues to choose, and cannot post the choice.
        WebSession partner = Joining.signedIn(base, PARTNER, PASSWORD);
        Page partners = partner.get("account/notifications.xhtml");
        assertFalse(partners.has("queueMail"), partners.text());
    }

    @Test
    void a_decision_is_mailed_at_once_in_the_readers_language_with_a_link_that_unsubscribes_from_that_group_only() throws Exception {
        String title = "Budget 2027 adopted " + System.nanoTime();
        String language = language(MEMBER);
        String consortium = groupName("CONSORTIUM", language);
        String subject = mailText(language, "activity.DECISION", consortium, title);
        String knowledgeLevelBefore = level(MEMBER, "INTERFACE_KNOWLEDGE");

        post("CONSORTIUM", "DECISION", "secretariat@example.org", title, null);
        MimeMessage mail = Mailbox.awaitMessage(MEMBER, title, 0);
        assertEquals(subject, mail.getSubject());
        String body = text(mail);
        assertTrue(body.contains(mailText(language, "notification.why.IMMEDIATE")), body);
        String unsubscribe = links(body).filter(l -> l.startsWith("unsubscribe.xhtml")).findFirst().orElseThrow();
        String oneClick = "unsubscribe?" + unsubscribe.substring("unsubscribe.xhtml?".length());
        assertEquals("<" + TestEnvironment.MAIL_BASE_URL + "/" + oneClick + ">", mail.getHeader("List-Unsubscribe")[0]);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0], "RFC 8058 one-click");
        assertTrue(unsubscribe.endsWith("&lang=" + language), unsubscribe);

        // A tampered link changes nothing.
        WebSession anybody = new WebSession(base, "en");
        String consortiumBefore = level(MEMBER, "CONSORTIUM");
        assertEquals("DAILY", consortiumBefore, "the demo default, so that the change below shows");
        // Another person's id under this signature (ids are not fixed, so derive one that cannot be theirs).
        Page forged = anybody.get(unsubscribe.replaceFirst("token=(\\d+)", "token=$10"));
        assertTrue(forged.has("unsubscribeProblem"), forged.text());
        assertFalse(forged.has("unsubscribeForm"), "nothing to confirm");
        assertEquals(400, oneClick(oneClick.replaceFirst("token=(\\d+)", "token=$10")).statusCode());
        assertEquals(consortiumBefore, level(MEMBER, "CONSORTIUM"));

        // Opening the link (as a mail scanner does) only asks; the button stops that group's mail, in the
        // reader's language, without signing in, and touches that group only.
        WebSession reader = new WebSession(base, "en");
        Page ask = reader.get(unsubscribe);
        assertTrue(ask.text().contains(Bundle.text(language, "unsubscribe.ask", consortium)), ask.text());
        assertEquals(consortiumBefore, level(MEMBER, "CONSORTIUM"), "opening the link changes nothing");
        Page done = reader.submit(ask, "unsubscribeForm", Map.of(), "confirm");
        assertTrue(done.uri().getPath().endsWith("/unsubscribe.xhtml"), done.uri().toString());
        assertTrue(done.text().contains(Bundle.text(language, "unsubscribe.done", consortium)), done.text());
        assertEquals("MENTIONS", level(MEMBER, "CONSORTIUM"), "was " + consortiumBefore);
        assertEquals(knowledgeLevelBefore, level(MEMBER, "INTERFACE_KNOWLEDGE"));

        // A mail program's one-click POST to the header's address does the same at once.
        try (Connection db = TestEnvironment.connection()) {
            update(db, "UPDATE group_member SET notification_level = 'DAILY' WHERE account_id = (SELECT id FROM account"
                    + " WHERE email = ?) AND group_id = (SELECT id FROM hub_group WHERE code = 'CONSORTIUM')", MEMBER);
        }
        HttpResponse<String> clicked = oneClick(oneClick);
        assertEquals(200, clicked.statusCode(), clicked.body());
        assertEquals("MENTIONS", level(MEMBER, "CONSORTIUM"));
        assertTrue(new WebSession(base, "en").get("dashboard.xhtml").uri().getPath().endsWith("/login.xhtml"),
                "the link signed nobody in");
    }

    @Test
    void the_list_marks_unread_lines_opens_them_and_mark_all_read_empties_the_header_count() throws Exception {
        String title = "Compost trials " + System.nanoTime();
        WebSession partner = signedIn(PARTNER);
        String language = language(PARTNER);
        post("INTERFACE_KNOWLEDGE", "DOCUMENT", EXPERT, title, null);

        Page dashboard = partner.get("dashboard.xhtml");
        assertTrue(dashboard.has("unreadCount"), dashboard.text());
        assertTrue(dashboard.document().getElementById("unreadCount").text().matches("[1-9][0-9]*\\+?"));

        Page list = partner.get("account/notifications.xhtml");
        String knowledge = groupName("INTERFACE_KNOWLEDGE", language);
        Element line = list.document().select("#notificationList li").stream()
                .filter(li -> li.text().contains(title)).findFirst().orElseThrow(() -> new AssertionError(list.text()));
        assertTrue(line.hasClass("hub-unread"), line.outerHtml());
        assertTrue(line.text().contains(Bundle.text(language, "activity.DOCUMENT", knowledge, title)));

        Page opened = partner.get(line.selectFirst("a").attr("href"));
        assertTrue(opened.uri().getPath().endsWith("/groups/group.xhtml"), opened.uri().toString());
        Page again = partner.get("account/notifications.xhtml");
        assertTrue(again.document().select("#notificationList li.hub-read").stream().anyMatch(li -> li.text().contains(title)),
                again.text());

        post("INTERFACE_KNOWLEDGE", "EVENT", EXPERT, "Field day " + System.nanoTime(), null);
        Page before = partner.get("account/notifications.xhtml");
        assertTrue(before.has("unreadCount"));
        Page after = partner.submit(before, "markAllForm", Map.of(), "markAll");
        assertFalse(after.has("unreadCount"), "no unread count once all is read");
        assertTrue(after.document().select("#notificationList li.hub-unread").isEmpty(), after.text());
        assertTrue(after.text().contains(Bundle.text(language, "notifications.allRead")), after.text());
    }

    @Test
    void a_member_chooses_a_level_on_the_group_page_and_sees_it_in_the_overview() throws Exception {
        WebSession partner = signedIn(PARTNER);
        String language = language(PARTNER);
        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        Page group = partner.get("groups/group.xhtml?id=" + knowledge);
        assertTrue(group.text().contains(Bundle.text(language, "group.notifications.title")), group.text());
        assertTrue(group.document().select("#notificationLevelForm input[value=DAILY][checked]").size() == 1, "DAILY by default");
        try {
            Page saved = partner.submit(group, "notificationLevelForm", Map.of("level", "WEEKLY"), "saveLevel");
            assertTrue(saved.text().contains(Bundle.text(language, "group.notifications.saved")), saved.text());
            assertEquals("WEEKLY", level(PARTNER, "INTERFACE_KNOWLEDGE"));

            Page overview = partner.get("account/notifications.xhtml");
            String name = groupName("INTERFACE_KNOWLEDGE", language);
            Element select = overview.document().select("#levels select").stream()
                    .filter(s -> s.attr("title").equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(overview.text()));
            assertEquals("WEEKLY", select.selectFirst("option[selected]").attr("value"));
            assertEquals(Bundle.text(language, "notificationLevel.WEEKLY"), select.selectFirst("option[selected]").text());
            // Back to the default through the overview.
            String field = select.attr("name").substring("levels:".length());
            Page back = partner.submit(overview, "levels", Map.of(field, "DAILY"), "saveLevels");
            assertTrue(back.text().contains(Bundle.text(language, "notifications.levels.saved")), back.text());
            assertEquals("DAILY", level(PARTNER, "INTERFACE_KNOWLEDGE"));
        } finally {
            try (Connection db = TestEnvironment.connection()) {
                update(db, "UPDATE group_member SET notification_level = 'DAILY' WHERE group_id = ?"
                        + " AND account_id = (SELECT id FROM account WHERE email = ?)", knowledge, PARTNER);
            }
        }
    }

    @Test
    void someone_who_left_a_group_neither_gets_nor_sees_its_notifications() throws Exception {
        String language = language(FUNDER);
        long projects = groupId("INTERFACE_PROJECTS");
        WebSession funder = signedIn(FUNDER);
        Page group = funder.get("groups/group.xhtml?id=" + projects);
        funder.submit(group, "notificationLevelForm", Map.of("level", "EVERY_POST"), "saveLevel");
        try {
            String seen = "Seed funding call " + System.nanoTime();
            post("INTERFACE_PROJECTS", "TOPIC", "farmer@example.org", seen, null);
            Mailbox.awaitMessage(FUNDER, seen, 0);
            assertTrue(funder.get("account/notifications.xhtml").text().contains(seen));

            Page left = funder.submit(funder.get("groups/group.xhtml?id=" + projects), "leaveForm", Map.of(), "leave");
            assertTrue(left.text().contains(Bundle.text(language, "group.left")), left.text());
            // Written a moment before the leaving took effect: the row exists, but it must not reach the funder.
            String unseen = "Blended finance " + System.nanoTime();
            post("INTERFACE_PROJECTS", "TOPIC", "farmer@example.org", unseen, FUNDER);
            pause(SEVERAL_ROUNDS);
            assertEquals(0, Mailbox.count(FUNDER, unseen), "no mail about a group one left");
            Page list = funder.get("account/notifications.xhtml");
            assertFalse(list.text().contains(unseen), list.text());
            assertFalse(list.text().contains(seen), "the group's earlier notifications are gone from the list too");
            int counted = list.has("unreadCount") ? Integer.parseInt(list.document().getElementById("unreadCount").text()) : 0;
            // Work notices (an interest received, say) belong to no group: the header counts them too.
            assertEquals(unreadInMyGroups(FUNDER) + unreadWorkNotices(FUNDER), counted, "the header counts only groups the funder is in");
            assertTrue(unreadAnywhere(FUNDER) > counted, "the rows about the Projects Interface are there, just not counted");
        } finally {
            Page back = funder.get("groups/group.xhtml?id=" + projects);
            if (back.has("joinForm")) {
                back = funder.submit(back, "joinForm", Map.of(), "join");
            }
            funder.submit(back, "notificationLevelForm", Map.of("level", "DAILY"), "saveLevel");
        }
    }

    @Test
    void a_hidden_topic_and_a_hidden_document_leave_every_readers_list_and_count() throws Exception {
        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        String topicTitle = "Cover crops after groundnut " + System.nanoTime();
        String documentTitle = "Biochar field notes " + System.nanoTime();
        WebSession member = signedIn(MEMBER);
        WebSession partner = signedIn(PARTNER);
        WebSession expert = signedIn(EXPERT);
        // A clean start, whatever the other tests left: every earlier notification read.
        for (WebSession reader : new WebSession[] {partner, expert}) {
            Page all = reader.get("account/notifications.xhtml");
            if (all.has("markAllForm")) {
                reader.submit(all, "markAllForm", Map.of(), "markAll");
            }
        }

        // member@ (facilitator of the Knowledge Interface) opens a topic; partner@ is told.
        Page topic = member.submit(member.get("groups/forum.xhtml?group=" + knowledge), "newTopic",
                Map.of("title", topicTitle, "body", "What do you sow after the groundnut harvest?"), "start");
        assertTrue(topic.uri().getPath().endsWith("/groups/topic.xhtml"), topic.uri() + " " + topic.text());
        assertTrue(partner.get("account/notifications.xhtml").text().contains(topicTitle));
        int before = unreadShown(partner);
        assertTrue(before >= 1, "the topic is unread");

        // Hidden by the facilitator: gone from partner@'s list, and from the count.
        Page hidden = member.submit(topic, "moderateForm", Map.of("reason", "Posted in the wrong Interface"), "hideTopic");
        assertTrue(hidden.text().contains(Bundle.text(language(MEMBER), "forum.topicHidden")), hidden.text());
        Page list = partner.get("account/notifications.xhtml");
        assertFalse(list.text().contains(topicTitle), "a hidden topic leaves the list: " + list.text());
        assertEquals(before - 1, unreadShown(partner), "nor is it counted");

        // A document published by partner@ reaches expert@; taken out of the library, it leaves her list too.
        Page library = partner.get("groups/documents.xhtml?group=" + knowledge);
        partner.upload(library, "uploadForm", "file", "notes.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "uploadForm:staged");
        Page document = partner.submit(library, "uploadForm", Map.of("title", documentTitle, "tags", "biochar", "description", "", "note", ""), "publish");
        assertTrue(document.uri().getPath().endsWith("/groups/document.xhtml"), document.uri() + " " + document.text());
        assertTrue(expert.get("account/notifications.xhtml").text().contains(documentTitle));
        int expertBefore = unreadShown(expert);
        Page taken = member.submit(member.get("groups/document.xhtml?" + document.uri().getQuery()), "hideForm", Map.of(), "hide");
        assertTrue(taken.has("hiddenNotice"), taken.text());
        assertFalse(expert.get("account/notifications.xhtml").text().contains(documentTitle), "a removed document leaves the list");
        assertEquals(expertBefore - 1, unreadShown(expert));
    }

    /** The header's unread count as the reader sees it (0 when none is shown). */
    private static int unreadShown(WebSession web) {
        Page page = web.get("account/notifications.xhtml");
        return page.has("unreadCount") ? Integer.parseInt(page.document().getElementById("unreadCount").text().replace("+", "")) : 0;
    }

    // ---- helpers ----

    private WebSession signedIn(String email) {
        WebSession web = new WebSession(base, "en");
        Page login = web.get("login.xhtml");
        Page dashboard = web.submit(login, "login", Map.of("email", email, "password", PASSWORD), "submit");
        assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), dashboard.text());
        return web;
    }

    /**
     * What {@code GroupActivityLog.record} writes for a post: the activity and a row for everyone in the
     * group but its author; {@code alsoTell} gets a row too (someone about to leave).
     */
    private static void post(String groupCode, String kind, String authorEmail, String title, String alsoTell) throws Exception {
        boolean immediate = kind.equals("DECISION") || kind.startsWith("CONSULTATION");
        try (Connection db = TestEnvironment.connection()) {
            long group = groupId(groupCode);
            long activity;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO group_activity (group_id, kind, actor_id, title, path, occurred_at)"
                    + " SELECT ?, ?, id, ?, ?, now() FROM account WHERE email = ? RETURNING id")) {
                insert.setLong(1, group);
                insert.setString(2, kind);
                insert.setString(3, title);
                insert.setString(4, "/groups/group.xhtml?id=" + group);
                insert.setString(5, authorEmail);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    activity = row.getLong(1);
                }
            }
            try (PreparedStatement tell = db.prepareStatement("INSERT INTO notification (account_id, activity_id, reason, immediate, created_at)"
                    + " SELECT e.account_id, ?, 'GROUP', ?, now() FROM group_member_effective e"
                    + " WHERE e.group_id = ? AND e.account_id <> (SELECT id FROM account WHERE email = ?)"
                    + " UNION SELECT id, ?, 'GROUP', ?, now() FROM account WHERE email = ? ON CONFLICT DO NOTHING")) {
                tell.setLong(1, activity);
                tell.setBoolean(2, immediate);
                tell.setLong(3, group);
                tell.setString(4, authorEmail);
                tell.setLong(5, activity);
                tell.setBoolean(6, immediate);
                tell.setString(7, alsoTell == null ? "" : alsoTell);
                tell.executeUpdate();
            }
        }
    }

    private static int unreadInMyGroups(String email) throws Exception {
        return unread(email, " AND a.group_id IN (SELECT e.group_id FROM group_member_effective e WHERE e.account_id = c.id)");
    }

    private static int unreadWorkNotices(String email) throws Exception {
        try (Connection db = TestEnvironment.connection()) {
            return ((Number) single(db, "SELECT count(*) FROM work_notice w JOIN account c ON c.id = w.account_id"
                    + " WHERE c.email = ? AND w.read_at IS NULL", email)).intValue();
        }
    }

    private static int unreadAnywhere(String email) throws Exception {
        return unread(email, "");
    }

    private static int unread(String email, String condition) throws Exception {
        try (Connection db = TestEnvironment.connection()) {
            return ((Number) single(db, "SELECT count(*) FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                    + " JOIN account c ON c.id = n.account_id WHERE c.email = ? AND n.read_at IS NULL" + condition, email)).intValue();
        }
    }

    /** The deployment claims the current daily period as soon as it starts; wait for that first claim. */
    private static void awaitCurrentRun(String period) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (Connection db = TestEnvironment.connection()) {
            while (currentRunStart(db, period) == null) {
                assertTrue(System.nanoTime() < deadline, "no " + period + " digest run claimed");
                pause(Duration.ofMillis(200));
            }
        }
    }

    private static Timestamp currentRunStart(Connection db, String period) throws Exception {
        try (PreparedStatement query = db.prepareStatement("SELECT max(period_start) FROM digest_run WHERE period = ?")) {
            query.setString(1, period);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getTimestamp(1);
            }
        }
    }

    private static void update(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Object single(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getObject(1) : null;
            }
        }
    }

    private static long groupId(String code) throws Exception {
        try (Connection db = TestEnvironment.connection()) {
            return ((Number) single(db, "SELECT id FROM hub_group WHERE code = ?", code)).longValue();
        }
    }

    private static String groupName(String code, String language) throws Exception {
        try (Connection db = TestEnvironment.connection()) {
            return (String) single(db, "SELECT name_" + language + " FROM hub_group WHERE code = ?", code);
        }
    }

    private static String language(String email) throws Exception {
        try (Connection db = TestEnvironment.connection()) {
            return ((String) single(db, "SELECT locale FROM account WHERE email = ?", email)).toLowerCase(Locale.ROOT);
        }
    }

    /** The level a person chose for a group, DAILY when they never chose. */
    private static String level(String email, String groupCode) throws Exception {
        try (Connection db = TestEnvironment.connection()) {
            Object level = single(db, "SELECT m.notification_level FROM group_member m JOIN account a ON a.id = m.account_id"
                    + " JOIN hub_group g ON g.id = m.group_id WHERE a.email = ? AND g.code = ?", email, groupCode);
            return level == null ? "DAILY" : (String) level;
        }
    }

    private static String mailText(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = ResourceBundle.getBundle("org.fourpermille.hub.shared.mail.mail", locale).getString(key);
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static String text(MimeMessage message) throws IOException, MessagingException {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    private static java.util.stream.Stream<String> links(String body) {
        Matcher links = LINK.matcher(body);
        java.util.stream.Stream.Builder<String> found = java.util.stream.Stream.builder();
        while (links.find()) {
            found.add(links.group(1));
        }
        return found.build();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What a mail program sends for "unsubscribe" (RFC 8058): a POST without cookies to the header's address. */
    private HttpResponse<String> oneClick(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
