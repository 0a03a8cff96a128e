package org.fourpermille.hub.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the audit log: who did what to whom, when and from where. Never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final int ACTOR_LENGTH = 254;
    public static final int SUBJECT_LENGTH = 254;
    public static final int DETAIL_LENGTH = 2000;
    public static final int ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(length = ACTOR_LENGTH, nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(length = 40, nullable = false, updatable = false)
    private AuditAction action;

    @Column(length = SUBJECT_LENGTH, updatable = false)
    private String subject;

    @Column(length = DETAIL_LENGTH, updatable = false)
    private String detail;

    @Column(name = "remote_address", length = ADDRESS_LENGTH, updatable = false)
    private String remoteAddress;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String subject, String detail,
                      String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor == null ? "anonymous" : actor, ACTOR_LENGTH);
        this.action = action;
        this.subject = truncate(subject, SUBJECT_LENGTH);
        this.detail = truncate(detail, DETAIL_LENGTH);
        this.remoteAddress = truncate(remoteAddress, ADDRESS_LENGTH);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
