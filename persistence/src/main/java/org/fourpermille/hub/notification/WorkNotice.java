package org.fourpermille.hub.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.WorkKind;

/**
 * One person told that something waits for them: a line of their in-app list, read or not, with the
 * page where the work is. Unlike {@link Notification} it belongs to no group, so leaving a group never
 * hides it; the mail that goes with it is written to the outbox when the notice is.
 */
@Entity
@Table(name = "work_notice")
public class WorkNotice {

    public static final int SUBJECT_LENGTH = 300;
    public static final int PATH_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, nullable = false)
    private WorkKind kind;

    @Column(length = SUBJECT_LENGTH, nullable = false)
    private String subject;

    @Column(length = PATH_LENGTH, nullable = false)
    private String path;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected WorkNotice() {
    }

    /** {@code path} is a page of the platform ("/secretariat/application.xhtml?id=4"), never another site. */
    public WorkNotice(Account account, WorkKind kind, String subject, String path, Instant createdAt) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.length() > PATH_LENGTH) {
            throw new IllegalArgumentException("a notice points to a page of the platform: " + path);
        }
        this.account = account;
        this.kind = kind;
        this.subject = subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH - 1) + "…" : subject;
        this.path = path;
        this.createdAt = createdAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public WorkKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getPath() {
        return path;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
