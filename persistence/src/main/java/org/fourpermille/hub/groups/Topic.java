package org.fourpermille.hub.groups;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/**
 * A conversation in a group's forum: a title and an opening post, then replies. Facilitators pin it (it
 * heads the list), lock it (only they may still reply), hide it (members see that a facilitator hid it,
 * moderators still read it) or move it to another group they moderate. An announcement is a topic only
 * moderators start; the group's front page shows the latest ones.
 *
 * <p>Usage: {@code Post first = Topic.start(group, author, title, body, announcement, moderator, now);
 * em.persist(first.getTopic()); em.persist(first);} then {@code topic.reply(author, body, quoted, moderator, now)}.
 */
@Entity
@Table(name = "forum_topic")
public class Topic {

    public static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private HubGroup group;

    @Column(length = TITLE_LENGTH, nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "last_post_id")
    private Long lastPostId;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false)
    private boolean announcement;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_by", length = 254)
    private String hiddenBy;

    @Column(name = "hidden_reason", length = Post.REASON_LENGTH)
    private String hiddenReason;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Version
    private int version;

    protected Topic() {
    }

    private Topic(HubGroup group, Account author, String title, boolean announcement, Instant now) {
        this.group = group;
        this.author = author;
        this.title = title;
        this.announcement = announcement;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /**
     * Starts a topic with its opening post. Title and text are both checked, so the author sees every
     * problem at once; only moderators start announcements.
     */
    public static Post start(HubGroup group, Account author, String title, String body, boolean announcement,
                             boolean moderator, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = Post.clean(title);
        if (cleanTitle == null) {
            problems.add(FieldProblem.of("title", "forum.error.titleRequired"));
        } else if (cleanTitle.length() > TITLE_LENGTH) {
            problems.add(FieldProblem.of("title", "error.tooLong", TITLE_LENGTH));
        }
        String cleanBody = Post.checkBody(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (announcement && !moderator) {
            throw new BusinessException("forum.error.announcementsByModerators");
        }
        Topic topic = new Topic(group, author, cleanTitle.replaceAll("\\s+", " "), announcement, now);
        return new Post(topic, author, cleanBody, null, now);
    }

    /**
     * A reply, optionally quoting a post of this topic. Refused in a locked or hidden topic, except for
     * moderators. The topic's counters (replies, last activity, last post) are not changed here: people
     * reply to one topic at the same moment, so the service adds to them in one atomic update outside the
     * topic's version, instead of refusing all but the first reply as a concurrent edit.
     */
    public Post reply(Account replier, String body, Post quoted, boolean moderator, Instant now) {
        if (!moderator && hidden) {
            throw new BusinessException("forum.error.topicHidden");
        }
        if (!moderator && locked) {
            throw new BusinessException("forum.error.locked");
        }
        if (quoted != null && quoted.getTopic() != this
                && !(id != null && id.equals(quoted.getTopic().getId()))) {
            throw new BusinessException("forum.error.quoteElsewhere");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String cleanBody = Post.checkBody(body, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Post(this, replier, cleanBody, quoted, now);
    }

    /** Records the id of the newest post once the database gave it one (for unread markers). */
    public void posted(Post post) {
        if (post.getTopic() != this || post.getId() == null) {
            throw new IllegalArgumentException("a stored post of this topic");
        }
        if (lastPostId == null || post.getId() > lastPostId) {
            lastPostId = post.getId();
        }
    }

    public void pin(boolean pin) {
        this.pinned = pin;
    }

    public void lock(boolean lock) {
        this.locked = lock;
    }

    public void hide(String moderatorEmail, String reason, Instant now) {
        if (hidden) {
            throw new BusinessException("forum.error.alreadyHidden");
        }
        hidden = true;
        hiddenBy = moderatorEmail;
        hiddenReason = Post.checkReason(reason, false);
        hiddenAt = now;
    }

    public void show() {
        if (!hidden) {
            throw new BusinessException("forum.error.notHidden");
        }
        hidden = false;
        hiddenBy = null;
        hiddenReason = null;
        hiddenAt = null;
    }

    /** Moves the topic, its posts with it, to another group (the service checks the mover moderates both). */
    public void moveTo(HubGroup target) {
        if (target == null) {
            throw new BusinessException("forum.error.moveTargetRequired");
        }
        if (target.equals(group) || target == group) {
            throw new BusinessException("forum.error.sameGroup");
        }
        this.group = target;
    }

    public Long getId() {
        return id;
    }

    public HubGroup getGroup() {
        return group;
    }

    public String getTitle() {
        return title;
    }

    public Account getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Long getLastPostId() {
        return lastPostId;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isAnnouncement() {
        return announcement;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getHiddenBy() {
        return hiddenBy;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public int getVersion() {
        return version;
    }
}
