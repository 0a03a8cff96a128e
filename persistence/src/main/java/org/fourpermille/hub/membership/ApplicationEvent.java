package org.fourpermille.hub.membership;

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

/** One step of an application's history: who did what, when, with which note and, for submissions, what was sent. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    public static final int NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private MembershipApplication application;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 254, nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, nullable = false)
    private ApplicationEventType action;

    @Column(length = NOTE_LENGTH)
    private String note;

    @Column(columnDefinition = "text")
    private String snapshot;

    protected ApplicationEvent() {
    }

    ApplicationEvent(MembershipApplication application, Instant occurredAt, String actor, ApplicationEventType action,
                     String note, String snapshot) {
        this.application = application;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.note = note;
        this.snapshot = snapshot;
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

    public MembershipApplication getApplication() {
        return application;
    }

    public ApplicationEventType getAction() {
        return action;
    }

    public String getNote() {
        return note;
    }

    /** JSON of the form and documents as submitted; null for other steps. */
    public String getSnapshot() {
        return snapshot;
    }
}
