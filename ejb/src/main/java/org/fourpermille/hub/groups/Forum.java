package org.fourpermille.hub.groups;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.ConcurrentChange;
import org.fourpermille.hub.shared.FileContent;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.StoredFile;

/**
 * The forum of each group: topics and replies, quotes, edits with their history, attachments,
 * announcements, unread markers; reports to the facilitators. Their tools are {@link ForumModeration}'s.
 *
 * <p>Every method starts from the group of what it touches (also when given a topic's, a post's or a
 * report's id) and asks {@link GroupAccess}: someone outside the group gets "not found", exactly as for
 * an id that does not exist. Hidden text is left out of what is returned to readers who do not moderate.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class Forum {

    public static final int POSTS_PER_PAGE = 20;
    public static final int TOPICS_PER_PAGE = 20;
    private static final int MAX_PAGE_SIZE = 200;

    /** What is never accepted as an attachment, whatever it is named: programs and scripts. */
    private static final Set<String> REFUSED_TYPES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-mach-binary",
            "application/x-sh", "application/x-bat", "application/java-archive", "application/x-java-applet",
            "application/vnd.microsoft.portable-executable");

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private GroupAccess access;
    @Inject
    private GroupActivityLog activity;
    @Inject
    private FileContent files;
    @Inject
    private Clock clock;

    // ---- reading ----

    /** A page (from 1) of a group's topics: pinned first, then the most recently active, with unread counts. */
    public ForumPage topics(long groupId, int page) {
        GroupPass pass = access.read(groupId);
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM forum_topic WHERE group_id = ?1")
                .setParameter(1, groupId).getSingleResult()).longValue();
        int pages = pages(total, TOPICS_PER_PAGE);
        int shown = Math.max(1, Math.min(page, pages));
        List<TopicRow> rows = topicRows(pass, "t.group_id = ?2 ORDER BY t.pinned DESC, t.last_activity_at DESC, t.id DESC",
                (shown - 1) * TOPICS_PER_PAGE, TOPICS_PER_PAGE);
        long reports = pass.mayModerate() ? openReportCount(groupId) : 0;
        return new ForumPage(pass, rows, total, shown, pages, reports);
    }

    /** The group's most recently active topics that are not hidden, for its front page. */
    public List<TopicRow> latest(long groupId, int max) {
        GroupPass pass = access.read(groupId);
        return topicRows(pass, "t.group_id = ?2 AND NOT t.hidden ORDER BY t.last_activity_at DESC, t.id DESC", 0, max);
    }

    /** The group's latest announcements that are not hidden, newest first. */
    public List<TopicRow> announcements(long groupId, int max) {
        GroupPass pass = access.read(groupId);
        return topicRows(pass, "t.group_id = ?2 AND t.announcement AND NOT t.hidden ORDER BY t.created_at DESC, t.id DESC", 0, max);
    }

    private List<TopicRow> topicRows(GroupPass pass, String whereAndOrder, int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.id, t.title, a.display_name, t.created_at, t.last_activity_at,"
                        + " t.pinned, t.locked, t.announcement, t.hidden, t.reply_count,"
                        + " CASE WHEN t.last_post_id > COALESCE(m.last_read_post_id, 0) THEN"
                        + "  (SELECT count(*) FROM forum_post p WHERE p.topic_id = t.id"
                        + "   AND p.id > COALESCE(m.last_read_post_id, 0) AND p.author_id <> ?1) ELSE 0 END"
                        + " FROM forum_topic t JOIN account a ON a.id = t.author_id"
                        + " LEFT JOIN forum_read_mark m ON m.topic_id = t.id AND m.account_id = ?1"
                        + " WHERE " + whereAndOrder + " OFFSET ?3 LIMIT ?4")
                .setParameter(1, pass.account().getId()).setParameter(2, pass.group().getId())
                .setParameter(3, Math.max(0, first)).setParameter(4, clampSize(max))
                .getResultList();
        boolean moderator = pass.mayModerate();
        return rows.stream().map(r -> {
            boolean hidden = (Boolean) r[8];
            return new TopicRow(((Number) r[0]).longValue(), hidden && !moderator ? null : (String) r[1], (String) r[2],
                    instant(r[3]), instant(r[4]), (Boolean) r[5], (Boolean) r[6], (Boolean) r[7], hidden,
                    ((Number) r[9]).intValue(), hidden && !moderator ? 0 : ((Number) r[10]).longValue());
        }).toList();
    }

    /**
     * A page (from 1) of a topic, or the page holding {@code postId} when one is given; marks what the
     * reader saw as read. A hidden topic shows its posts to moderators only.
     */
    public TopicView open(long topicId, int page, Long postId) {
        Topic topic = topic(topicId);
        GroupPass pass = access.read(topic.getGroup().getId());
        boolean moderator = pass.mayModerate();
        boolean visible = moderator || !topic.isHidden();
        long total = topic.getReplyCount() + 1L;
        int pages = pages(total, POSTS_PER_PAGE);
        int shown = page;
        if (postId != null) {
            long before = ((Number) em.createNativeQuery("SELECT count(*) FROM forum_post WHERE topic_id = ?1 AND id < ?2")
                    .setParameter(1, topicId).setParameter(2, postId).getSingleResult()).longValue();
            shown = (int) (before / POSTS_PER_PAGE) + 1;
        }
        shown = Math.max(1, Math.min(shown, pages));
        long lastRead = lastRead(pass.account(), topicId);
        List<PostRow> posts = List.of();
        if (visible) {
            List<Post> found = em.createQuery("SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.quoted"
                            + " WHERE p.topic = :topic ORDER BY p.id", Post.class)
                    .setParameter("topic", topic).setFirstResult((shown - 1) * POSTS_PER_PAGE).setMaxResults(POSTS_PER_PAGE)
                    .getResultList();
            posts = rows(found, pass, lastRead);
            if (!found.isEmpty()) {
                markRead(pass.account(), topic, found.get(found.size() - 1).getId());
            }
        }
        return new TopicView(topic, visible ? topic.getTitle() : null, topic.getAuthor().getDisplayName(), pass,
                posts, shown, pages);
    }

    /** Posts of a topic by position ({@code OFFSET}), without marking them read. */
    public List<PostRow> posts(long topicId, int first, int max) {
        Topic topic = topic(topicId);
        GroupPass pass = visibleTo(topic);
        List<Post> found = em.createQuery("SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.quoted"
                        + " WHERE p.topic = :topic ORDER BY p.id", Post.class)
                .setParameter("topic", topic).setFirstResult(Math.max(0, first)).setMaxResults(clampSize(max)).getResultList();
        return rows(found, pass, Long.MAX_VALUE);
    }

    /**
     * Posts of a topic after a known post (keyset: {@code id > afterPostId}, index {@code (topic_id, id)}),
     * whose cost does not grow with how far into the topic the reader is; without marking them read.
     */
    public List<PostRow> postsAfter(long topicId, long afterPostId, int max) {
        Topic topic = topic(topicId);
        GroupPass pass = visibleTo(topic);
        List<Post> found = em.createQuery("SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.quoted"
                        + " WHERE p.topic = :topic AND p.id > :after ORDER BY p.id", Post.class)
                .setParameter("topic", topic).setParameter("after", afterPostId).setMaxResults(clampSize(max)).getResultList();
        return rows(found, pass, Long.MAX_VALUE);
    }

    private GroupPass visibleTo(Topic topic) {
        GroupPass pass = access.read(topic.getGroup().getId());
        if (topic.isHidden() && !pass.mayModerate()) {
            throw new NotFoundException();
        }
        return pass;
    }

    private List<PostRow> rows(List<Post> posts, GroupPass pass, long lastRead) {
        if (posts.isEmpty()) {
            return List.of();
        }
        boolean moderator = pass.mayModerate();
        Map<Long, Long> revisions = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counts = em.createNativeQuery("SELECT post_id, count(*) FROM forum_post_revision"
                        + " WHERE post_id = ANY(CAST(?1 AS bigint[])) GROUP BY post_id")
                .setParameter(1, "{" + String.join(",", posts.stream().map(p -> p.getId().toString()).toList()) + "}")
                .getResultList();
        counts.forEach(r -> revisions.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        List<PostRow> rows = new ArrayList<>(posts.size());
        for (Post p : posts) {
            Post q = p.getQuoted();
            boolean mine = p.isBy(pass.account());
            rows.add(new PostRow(p.getId(), p.getAuthor().getDisplayName(),
                    p.isHidden() && !moderator ? null : p.getBody(), p.getCreatedAt(), p.getEditedAt(),
                    p.isHidden(), moderator ? p.getHiddenReason() : null,
                    q == null ? null : q.getId(), q == null ? null : q.getAuthor().getDisplayName(),
                    q == null || q.isHidden() && !moderator ? null : q.getBody(), q != null && q.isHidden(),
                    p.isHidden() && !moderator ? null : p.getAttachmentName(), mine,
                    revisions.getOrDefault(p.getId(), 0L), p.getVersion(), !mine && p.getId() > lastRead));
        }
        return rows;
    }

    private long lastRead(Account reader, long topicId) {
        List<?> mark = em.createNativeQuery("SELECT last_read_post_id FROM forum_read_mark WHERE account_id = ?1 AND topic_id = ?2")
                .setParameter(1, reader.getId()).setParameter(2, topicId).getResultList();
        return mark.isEmpty() ? 0 : ((Number) mark.get(0)).longValue();
    }

    /** Moves the reader's marker forward (never back: reading page 1 again does not make page 3 new). */
    private void markRead(Account reader, Topic topic, long postId) {
        em.createNativeQuery("INSERT INTO forum_read_mark (account_id, topic_id, last_read_post_id, read_at)"
                        + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (account_id, topic_id) DO UPDATE"
                        + " SET last_read_post_id = GREATEST(forum_read_mark.last_read_post_id, EXCLUDED.last_read_post_id),"
                        + " read_at = EXCLUDED.read_at")
                .setParameter(1, reader.getId()).setParameter(2, topic.getId()).setParameter(3, postId)
                .setParameter(4, Timestamp.from(clock.now())).executeUpdate();
    }

    /** The earlier texts of a post, newest first; not for a hidden post unless the reader moderates. */
    public List<RevisionRow> history(long postId) {
        Post post = post(postId);
        GroupPass pass = access.read(post.getTopic().getGroup().getId());
        if ((post.isHidden() || post.getTopic().isHidden()) && !pass.mayModerate()) {
            throw new NotFoundException();
        }
        return em.createQuery("SELECT r FROM PostRevision r JOIN FETCH r.editedBy WHERE r.post = :post ORDER BY r.id DESC",
                        PostRevision.class).setParameter("post", post).getResultList().stream()
                .map(r -> new RevisionRow(r.getEditedAt(), r.getEditedBy().getDisplayName(), r.getPreviousBody()))
                .toList();
    }

    /** A post's attached file, for the download: members of the group only; a hidden post's for moderators. */
    public AttachmentFile attachment(long postId) {
        Post post = post(postId);
        GroupPass pass = access.read(post.getTopic().getGroup().getId());
        if (post.getAttachment() == null || (post.isHidden() || post.getTopic().isHidden()) && !pass.mayModerate()) {
            throw new NotFoundException();
        }
        StoredFile file = post.getAttachment();
        return new AttachmentFile(post.getAttachmentName(), file.getMediaType(), file.getSha256(), file.getContent());
    }

    /**
     * The people of the group a text names with {@code @} ({@link Mentions}), at most
     * {@link Mentions#MAX_PEOPLE}. Names are compared in Java, so accents and case compare the same way
     * whatever the database's collation.
     */
    private List<Account> mentioned(HubGroup group, String text) {
        Set<String> names = Mentions.candidates(text);
        if (names.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> people = em.createNativeQuery("SELECT a.id, a.display_name FROM group_member_effective e"
                + " JOIN account a ON a.id = e.account_id WHERE e.group_id = ?1").setParameter(1, group.getId()).getResultList();
        return people.stream().filter(p -> names.contains(Mentions.key((String) p[1])))
                .limit(Mentions.MAX_PEOPLE).map(p -> em.getReference(Account.class, ((Number) p[0]).longValue())).toList();
    }

    // ---- writing ----

    /**
     * Starts a topic (an announcement when asked, moderators only) with its opening post and an optional
     * file; tells the group. Returns the topic's id.
     */
    public long startTopic(long groupId, String title, String body, boolean announcement, String fileName, byte[] content) {
        GroupPass pass = access.read(groupId);
        Post first = Topic.start(pass.group(), pass.account(), title, body, announcement, pass.mayModerate(), clock.now());
        Topic topic = first.getTopic();
        em.persist(topic);
        em.persist(first);
        attachIfGiven(first, pass, fileName, content);
        em.flush();
        topic.posted(first);
        markRead(pass.account(), topic, first.getId());
        activity.record(pass.group(), announcement ? ActivityKind.ANNOUNCEMENT : ActivityKind.TOPIC, pass.account(),
                topic.getTitle(), "/groups/topic.xhtml?id=" + topic.getId(), mentioned(pass.group(), body), "MENTION");
        return topic.getId();
    }

    /**
     * Replies to a topic, quoting one of its posts when asked, with an optional file. The authors of the
     * topic and of the quoted post are told at once. Returns the new post's id.
     */
    public long reply(long topicId, String body, Long quotedPostId, String fileName, byte[] content) {
        Topic topic = topic(topicId);
        GroupPass pass = access.read(topic.getGroup().getId());
        Post quoted = null;
        if (quotedPostId != null) {
            quoted = em.find(Post.class, quotedPostId);
            if (quoted == null) {
                throw new BusinessException("forum.error.quoteElsewhere");
            }
        }
        Post reply = topic.reply(pass.account(), body, quoted, pass.mayModerate(), clock.now());
        em.persist(reply);
        attachIfGiven(reply, pass, fileName, content);
        ConcurrentChange.flush(em);
        counted(topic, reply);
        markRead(pass.account(), topic, reply.getId());
        Set<Account> answered = new LinkedHashSet<>();
        answered.add(topic.getAuthor());
        if (quoted != null) {
            answered.add(quoted.getAuthor());
        }
        Map<String, Collection<Account>> directly = new LinkedHashMap<>();
        directly.put("MENTION", mentioned(topic.getGroup(), body));
        directly.put("REPLY", answered);
        activity.record(topic.getGroup(), ActivityKind.REPLY, pass.account(), topic.getTitle(),
                "/groups/topic.xhtml?id=" + topic.getId() + "&post=" + reply.getId(), directly);
        return reply.getId();
    }

    /**
     * Adds a reply to its topic's counters in one atomic update that leaves the topic's version alone:
     * replies of several people at the same moment are all counted, none refused as a concurrent edit
     * (found by the cluster's failover test). The topic in this persistence context keeps its old counters.
     */
    private void counted(Topic topic, Post reply) {
        em.createNativeQuery("UPDATE forum_topic SET reply_count = reply_count + 1, "
                        + "last_activity_at = GREATEST(last_activity_at, ?2), last_post_id = GREATEST(COALESCE(last_post_id, 0), ?3) "
                        + "WHERE id = ?1")
                .setParameter(1, topic.getId())
                .setParameter(2, java.sql.Timestamp.from(reply.getCreatedAt()))
                .setParameter(3, reply.getId())
                .executeUpdate();
    }

    /** Replaces a post's text, keeping the previous one in its history. Its author, or a moderator. */
    public void edit(long postId, int expectedVersion, String body) {
        Post post = post(postId);
        GroupPass pass = access.read(post.getTopic().getGroup().getId());
        if (!pass.mayModerate() && !post.isBy(pass.account())) {
            throw new BusinessException("forum.error.notYourPost");
        }
        ConcurrentChange.check(post.getVersion(), expectedVersion);
        PostRevision revision = post.edit(pass.account(), body, pass.mayModerate(), clock.now());
        if (revision != null) {
            em.persist(revision);
        }
        ConcurrentChange.flush(em);
    }

    /** Attaches a file to a post (replacing an earlier one). Its author, or a moderator. */
    public void attach(long postId, String fileName, byte[] content) {
        Post post = post(postId);
        GroupPass pass = access.read(post.getTopic().getGroup().getId());
        if (content == null) {
            throw new BusinessException("file.error.empty", fileName);
        }
        attachIfGiven(post, pass, fileName, content);
        ConcurrentChange.flush(em);
    }

    private void attachIfGiven(Post post, GroupPass pass, String fileName, byte[] content) {
        if (content == null || content.length == 0 && (fileName == null || fileName.isBlank())) {
            return;
        }
        String mediaType = files.inspect(fileName, content);
        if (REFUSED_TYPES.contains(mediaType)) {
            throw new BusinessException("forum.error.fileType", fileName);
        }
        post.attach(pass.account(), files.store(content, mediaType), fileName, pass.mayModerate());
    }

    /** Tells the group's facilitators about a post. Any member who may read it. */
    public void report(long postId, String reason) {
        Post post = post(postId);
        GroupPass pass = access.read(post.getTopic().getGroup().getId());
        if ((post.isHidden() || post.getTopic().isHidden()) && !pass.mayModerate()) {
            throw new NotFoundException();
        }
        em.persist(new PostReport(post, pass.account(), reason, clock.now()));
        em.flush();
    }

    // ---- helpers ----

    private Topic topic(long topicId) {
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null) {
            throw new NotFoundException();
        }
        return topic;
    }

    private Post post(long postId) {
        Post post = em.find(Post.class, postId);
        if (post == null) {
            throw new NotFoundException();
        }
        return post;
    }

    private long openReportCount(long groupId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM forum_report r JOIN forum_post p ON p.id = r.post_id"
                        + " JOIN forum_topic t ON t.id = p.topic_id WHERE t.group_id = ?1 AND r.handled_at IS NULL")
                .setParameter(1, groupId).getSingleResult()).longValue();
    }

    private static int pages(long total, int perPage) {
        return (int) Math.max(1, (total + perPage - 1) / perPage);
    }

    private static int clampSize(int max) {
        return Math.max(1, Math.min(max, MAX_PAGE_SIZE));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
