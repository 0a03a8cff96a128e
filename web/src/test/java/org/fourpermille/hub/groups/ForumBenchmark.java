package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.fourpermille.hub.shared.TestEnvironment;
import org.fourpermille.hub.shared.WebSession;
import org.fourpermille.hub.shared.WebSession.Page;

/**
 * The forum's part of {@link GroupsBenchmark}: a topic with 1,000 replies in a group of 600
 * organisations, read at its first and last page, the group's topic list, and a reply that tells
 * everyone in the group.
 */
final class ForumBenchmark {

    static final int REPLIES = 1000;

    private ForumBenchmark() {
    }

    static void run(GroupsBenchmark benchmark, WebSession member, long groupId) throws Exception {
        long topic = seedTopic(groupId);
        Page first = member.get("groups/topic.xhtml?id=" + topic);
        assertTrue(first.document().getElementById("pageOf").text().contains("51"), first.document().getElementById("pageOf").text());
        benchmark.measure("Topic of 1,000 replies, first page of 20", () -> member.get("groups/topic.xhtml?id=" + topic));
        benchmark.measure("Topic of 1,000 replies, last page", () -> member.get("groups/topic.xhtml?id=" + topic + "&page=51"));
        benchmark.measure("Forum of the group, topic list", () -> member.get("groups/forum.xhtml?group=" + groupId));
        Page replyPage = member.get("groups/topic.xhtml?id=" + topic + "&page=51");
        AtomicInteger n = new AtomicInteger();
        benchmark.measure("Reply telling the 600 people of the group (post + redirect)",
                () -> member.submit(replyPage, "replyForm", Map.of("body", "Benchmark reply " + n.incrementAndGet()), "send"));
        assertEquals(GroupsBenchmark.ORGANISATIONS, notificationsOfLastReply(topic), "each reply told everyone else in the group");
    }

    private static long seedTopic(long groupId) throws Exception {
        try (Connection db = TestEnvironment.connection()) {
            db.setAutoCommit(false);
            long topic;
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO forum_topic (group_id, title, author_id, created_at, last_activity_at, reply_count)"
                            + " SELECT ?, 'Soil carbon monitoring: 1,000 replies', id, now(), now(), ? FROM account"
                            + " WHERE email = 'member@example.org' RETURNING id")) {
                insert.setLong(1, groupId);
                insert.setInt(2, REPLIES);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    topic = row.getLong(1);
                }
            }
            try (PreparedStatement posts = db.prepareStatement(
                    "INSERT INTO forum_post (topic_id, author_id, body, created_at)"
                            + " SELECT ?, a.id, 'Reply number ' || n || ': our plots show ' || (n % 7) || ' t C/ha more after five years.',"
                            + " now() - ((1001 - n) || ' minutes')::interval"
                            + " FROM generate_series(0, ?) n, account a WHERE a.email = 'member@example.org'");
                 PreparedStatement last = db.prepareStatement(
                    "UPDATE forum_topic SET last_post_id = (SELECT max(id) FROM forum_post WHERE topic_id = ?) WHERE id = ?")) {
                posts.setLong(1, topic);
                posts.setInt(2, REPLIES);
                posts.executeUpdate();
                last.setLong(1, topic);
                last.setLong(2, topic);
                last.executeUpdate();
            }
            db.commit();
            return topic;
        }
    }

    private static long notificationsOfLastReply(long topic) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(
                "SELECT count(*) FROM notification WHERE activity_id = (SELECT max(id) FROM group_activity WHERE kind = 'REPLY'"
                        + " AND path LIKE ?)")) {
            query.setString(1, "%topic.xhtml?id=" + topic + "&%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
