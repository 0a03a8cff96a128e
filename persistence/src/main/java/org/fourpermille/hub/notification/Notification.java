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

import org.fourpermille.hub.groups.GroupActivity;
import org.fourpermille.hub.identity.Account;

/**
 * One person told about one group activity: a line of their in-app list (read or not) and a mail, sent
 * at once or gathered into a digest ({@code mailedAt} set once it left). Rows are written in bulk by
 * {@code GroupActivityLog}, for every member of the group at that moment.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /** Why the person is told. */
    public enum Reason {
        GROUP,
        REPLY,
        MENTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id")
    private GroupActivity activity;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private Reason reason;

    @Column(nullable = false)
    private boolean immediate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Notification() {
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public void markMailed(Instant now) {
        mailedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public GroupActivity getActivity() {
        return activity;
    }

    public Reason getReason() {
        return reason;
    }

    public boolean isImmediate() {
        return immediate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }
}
