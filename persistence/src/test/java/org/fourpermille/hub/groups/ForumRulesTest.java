package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

class ForumRulesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private final HubGroup group = new HubGroup("INTERFACE_KNOWLEDGE", GroupKind.INTERFACE, 10,
            List.of("Knowledge", "Connaissances", "Conocimiento"), List.of("", "", ""), NOW);
    private final Account alice = person("alice@example.org");
    private final Account bob = person("bob@example.org");

    private static Account person(String email) {
        return new Account(email, email, SupportedLocale.EN, EnumSet.of(Role.PARTNER), NOW);
    }

    private Post opening() {
        return Topic.start(group, alice, "  Soil carbon   maps ", "First text\r\nsecond line", false, false, NOW);
    }

    @Test
    void a_topic_starts_with_its_opening_post_and_a_tidy_title() {
        Post first = opening();
        assertEquals("Soil carbon maps", first.getTopic().getTitle());
        assertEquals("First text\nsecond line", first.getBody());
        assertEquals(0, first.getTopic().getReplyCount());
    }

    @Test
    void a_missing_title_and_text_are_reported_together() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Topic.start(group, alice, " ", "", false, false, NOW));
        assertEquals(List.of("title", "body"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("forum.error.titleRequired", refused.problems().get(0).messageKey());
        assertEquals("forum.error.bodyRequired", refused.problems().get(1).messageKey());
    }

    @Test
    void too_long_title_or_text_names_the_limit() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> Topic.start(group, alice, "t".repeat(Topic.TITLE_LENGTH + 1), "b".repeat(Post.BODY_LENGTH + 1), false, false, NOW));
        assertEquals("error.tooLong", refused.problems().get(0).messageKey());
        assertEquals(Topic.TITLE_LENGTH, refused.problems().get(0).arguments()[0]);
        assertEquals(Post.BODY_LENGTH, refused.problems().get(1).arguments()[0]);
    }

    @Test
    void only_moderators_start_announcements() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> Topic.start(group, alice, "News", "Text", true, false, NOW));
        assertEquals("forum.error.announcementsByModerators", refused.messageKey());
        assertTrue(Topic.start(group, alice, "News", "Text", true, true, NOW).getTopic().isAnnouncement());
    }

    @Test
    void a_reply_may_quote_a_post_of_the_topic_and_leaves_the_counting_to_the_database() {
        Post first = opening();
        Post reply = first.getTopic().reply(bob, "I agree", first, false, LATER);
        assertSame(first, reply.getQuoted());
        assertSame(first.getTopic(), reply.getTopic());
        assertEquals(0, first.getTopic().getReplyCount(), "counted by Forum in one update, outside the topic's version");
    }

    @Test
    void a_quote_from_another_topic_is_refused() {
        Post first = opening();
        Post elsewhere = Topic.start(group, bob, "Other", "Other text", false, false, NOW);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> first.getTopic().reply(bob, "Quoting", elsewhere, false, LATER));
        assertEquals("forum.error.quoteElsewhere", refused.messageKey());
    }

    @Test
    void a_locked_topic_refuses_members_replies_but_not_moderators() {
        Topic topic = opening().getTopic();
        topic.lock(true);
        BusinessException refused = assertThrows(BusinessException.class, () -> topic.reply(bob, "Still?", null, false, LATER));
        assertEquals("forum.error.locked", refused.messageKey());
        assertEquals("Closing words", topic.reply(bob, "Closing words", null, true, LATER).getBody());
    }

    @Test
    void a_hidden_topic_refuses_members_replies() {
        Topic topic = opening().getTopic();
        topic.hide("facilitator@example.org", "Off topic", LATER);
        assertEquals("forum.error.topicHidden",
                assertThrows(BusinessException.class, () -> topic.reply(bob, "Hello", null, false, LATER)).messageKey());
        topic.show();
        topic.reply(bob, "Hello", null, false, LATER);
    }

    @Test
    void only_the_author_edits_and_every_edit_keeps_the_previous_text() {
        Post first = opening();
        assertEquals("forum.error.notYourPost",
                assertThrows(BusinessException.class, () -> first.edit(bob, "Mine now", false, LATER)).messageKey());
        PostRevision revision = first.edit(alice, "Corrected text", false, LATER);
        assertEquals("First text\nsecond line", revision.getPreviousBody());
        assertSame(alice, revision.getEditedBy());
        assertEquals("Corrected text", first.getBody());
        assertEquals(LATER, first.getEditedAt());
        PostRevision byModerator = first.edit(bob, "Moderated text", true, LATER);
        assertEquals("Corrected text", byModerator.getPreviousBody());
    }

    @Test
    void an_edit_that_changes_nothing_leaves_no_history_and_an_empty_one_is_refused() {
        Post first = opening();
        assertNull(first.edit(alice, "First text\nsecond line", false, LATER));
        assertNull(first.getEditedAt());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> first.edit(alice, "  ", false, LATER));
        assertEquals("forum.error.bodyRequired", refused.problems().get(0).messageKey());
    }

    @Test
    void the_author_no_longer_edits_a_hidden_post_or_in_a_locked_topic() {
        Post first = opening();
        first.hide("facilitator@example.org", null, LATER);
        assertEquals("forum.error.postHidden",
                assertThrows(BusinessException.class, () -> first.edit(alice, "Sneaky", false, LATER)).messageKey());
        first.show();
        first.getTopic().lock(true);
        assertEquals("forum.error.locked",
                assertThrows(BusinessException.class, () -> first.edit(alice, "Sneaky", false, LATER)).messageKey());
    }

    @Test
    void hiding_twice_or_showing_what_is_shown_is_refused() {
        Post first = opening();
        assertEquals("forum.error.notHidden", assertThrows(BusinessException.class, first::show).messageKey());
        first.hide("facilitator@example.org", "Spam", LATER);
        assertEquals("Spam", first.getHiddenReason());
        assertEquals("forum.error.alreadyHidden",
                assertThrows(BusinessException.class, () -> first.hide("facilitator@example.org", "Again", LATER)).messageKey());
    }

    @Test
    void a_topic_moves_only_to_another_group() {
        Topic topic = opening().getTopic();
        assertEquals("forum.error.sameGroup", assertThrows(BusinessException.class, () -> topic.moveTo(group)).messageKey());
        HubGroup other = new HubGroup("INTERFACE_POLICY", GroupKind.INTERFACE, 20,
                List.of("Policy", "Politiques", "Políticas"), List.of("", "", ""), NOW);
        topic.moveTo(other);
        assertSame(other, topic.getGroup());
    }

    @Test
    void a_report_needs_a_reason_and_is_handled_once() {
        Post first = opening();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new PostReport(first, bob, " ", NOW));
        assertEquals("forum.error.reportReasonRequired", refused.problems().get(0).messageKey());
        PostReport report = new PostReport(first, bob, "Insulting", NOW);
        report.handle("facilitator@example.org", LATER);
        assertTrue(report.isHandled());
        assertEquals("forum.error.reportHandled",
                assertThrows(BusinessException.class, () -> report.handle("other@example.org", LATER)).messageKey());
    }

    @Test
    void an_attachment_keeps_only_the_file_name_and_only_its_author_attaches() {
        Post first = opening();
        assertEquals("forum.error.notYourPost", assertThrows(BusinessException.class,
                () -> first.attach(bob, null, "x.pdf", false)).messageKey());
        first.attach(alice, null, "C:\\Users\\alice\\report \"final\".pdf", false);
        assertEquals("report _final_.pdf", first.getAttachmentName());
    }
}
