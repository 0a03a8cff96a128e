package org.fourpermille.hub.shared.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One email to one recipient, with its delivery state. */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    public static final int RECIPIENT_LENGTH = 254;
    public static final int SUBJECT_LENGTH = 300;
    public static final int MAX_ATTEMPTS = 8;
    public static final int LIST_UNSUBSCRIBE_LENGTH = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = RECIPIENT_LENGTH, nullable = false, updatable = false)
    private String recipient;

    @Column(length = SUBJECT_LENGTH, nullable = false, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false, columnDefinition = "text")
    private String bodyText;

    @Column(length = 2, nullable = false, updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "list_unsubscribe", length = LIST_UNSUBSCRIBE_LENGTH, updatable = false)
    private String listUnsubscribe;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String subject, String bodyText, String language, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
        this.bodyText = bodyText;
        this.language = language;
        this.status = MailStatus.PENDING;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /**
     * Mail about one group's activity carries the address that stops it (sent as the List-Unsubscribe
     * header, so mail programs show an "unsubscribe" button). Ignored when too long for a header line.
     */
    public OutgoingMail withListUnsubscribe(String address) {
        if (address != null && address.length() <= LIST_UNSUBSCRIBE_LENGTH) {
            this.listUnsubscribe = address;
        }
        return this;
    }

    public void markSent(Instant now) {
        this.status = MailStatus.SENT;
        this.sentAt = now;
        this.attempts++;
    }

    public void keepInOutbox(Instant now) {
        this.status = MailStatus.KEPT;
        this.sentAt = now;
    }

    /** Records a failed delivery; retries back off exponentially and stop after {@link #MAX_ATTEMPTS}. */
    public void markFailedAttempt(String error, Instant now) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            this.status = MailStatus.FAILED;
        } else {
            this.nextAttemptAt = now.plus(Duration.ofSeconds(30L << attempts));
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getLanguage() {
        return language;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getListUnsubscribe() {
        return listUnsubscribe;
    }
}
