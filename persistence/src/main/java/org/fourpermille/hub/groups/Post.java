package org.fourpermille.hub.groups;

import java.time.Instant;
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
import org.fourpermille.hub.shared.StoredFile;

/**
 * One message of a topic, plain text (shown as written, line breaks kept), optionally quoting an earlier
 * post of the same topic and carrying one attached file. Its author edits it (moderators may too) and
 * every edit keeps the text it replaced as a {@link PostRevision}. A moderator hides it: members then
 * read that a facilitator hid it, moderators still read the text.
 */
@Entity
@Table(name = "forum_post")
public class Post {

    public static final int BODY_LENGTH = 20000;
    public static final int REASON_LENGTH = 500;
    public static final int FILE_NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(length = BODY_LENGTH, nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quoted_post_id")
    private Post quoted;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attachment_sha256")
    private StoredFile attachment;

    @Column(name = "attachment_name", length = FILE_NAME_LENGTH)
    private String attachmentName;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_by", length = 254)
    private String hiddenBy;

    @Column(name = "hidden_reason", length = REASON_LENGTH)
    private String hiddenReason;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Version
    private int version;

    protected Post() {
    }

    Post(Topic topic, Account author, String body, Post quoted, Instant now) {
        this.topic = topic;
        this.author = author;
        this.body = body;
        this.quoted = quoted;
        this.createdAt = now;
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The text as it will be stored (line breaks normalised), or null after adding its problem. */
    static String checkBody(String body, List<FieldProblem> problems) {
        String clean = clean(body);
        if (clean == null) {
            problems.add(FieldProblem.of("body", "forum.error.bodyRequired"));
            return null;
        }
        clean = clean.replace("\r\n", "\n").replace('\r', '\n');
        if (clean.length() > BODY_LENGTH) {
            problems.add(FieldProblem.of("body", "error.tooLong", BODY_LENGTH));
            return null;
        }
        return clean;
    }

    static String checkReason(String reason, boolean required) {
        String clean = clean(reason);
        if (clean == null && required) {
            throw new InvalidInputException(List.of(FieldProblem.of("reason", "forum.error.reasonRequired")));
        }
        if (clean != null && clean.length() > REASON_LENGTH) {
            throw new InvalidInputException(List.of(FieldProblem.of("reason", "error.tooLong", REASON_LENGTH)));
        }
        return clean;
    }

    private static boolean same(Account one, Account other) {
        return one == other || one != null && one.equals(other);
    }

    public boolean isBy(Account account) {
        return same(author, account);
    }

    /**
     * Replaces the text, keeping the previous one. Only the author, or a moderator; the author no longer
     * once the post is hidden or the topic locked. Returns null when the text did not change.
     */
    public PostRevision edit(Account editor, String newBody, boolean moderator, Instant now) {
        if (!moderator) {
            if (!isBy(editor)) {
                throw new BusinessException("forum.error.notYourPost");
            }
            if (hidden || topic.isHidden()) {
                throw new BusinessException("forum.error.postHidden");
            }
            if (topic.isLocked()) {
                throw new BusinessException("forum.error.locked");
            }
        }
        List<FieldProblem> problems = new java.util.ArrayList<>();
        String clean = checkBody(newBody, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (clean.equals(body)) {
            return null;
        }
        PostRevision revision = new PostRevision(this, body, editor, now);
        body = clean;
        editedAt = now;
        return revision;
    }

    /** Attaches a stored file (replacing any earlier one), by the author or a moderator. */
    public void attach(Account by, StoredFile file, String fileName, boolean moderator) {
        if (!moderator && !isBy(by)) {
            throw new BusinessException("forum.error.notYourPost");
        }
        if (!moderator && (hidden || topic.isHidden() || topic.isLocked())) {
            throw new BusinessException(topic.isLocked() ? "forum.error.locked" : "forum.error.postHidden");
        }
        String name = clean(fileName);
        if (name != null) {
            name = name.replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_");
        }
        if (name == null || name.isBlank()) {
            name = "attachment";
        }
        if (name.length() > FILE_NAME_LENGTH) {
            name = name.substring(name.length() - FILE_NAME_LENGTH);
        }
        this.attachment = file;
        this.attachmentName = name;
    }

    public void hide(String moderatorEmail, String reason, Instant now) {
        if (hidden) {
            throw new BusinessException("forum.error.alreadyHidden");
        }
        hiddenReason = checkReason(reason, false);
        hidden = true;
        hiddenBy = moderatorEmail;
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

    public Long getId() {
        return id;
    }

    public Topic getTopic() {
        return topic;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Post getQuoted() {
        return quoted;
    }

    public StoredFile getAttachment() {
        return attachment;
    }

    public String getAttachmentName() {
        return attachmentName;
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

    public int getVersion() {
        return version;
    }
}
