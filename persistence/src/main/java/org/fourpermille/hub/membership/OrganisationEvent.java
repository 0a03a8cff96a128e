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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One step of an organisation's timeline after it joined: decisions, level and status changes, profile
 * changes, people added or removed. Who did it, when, about what ({@code subject}: a person's email, a
 * new name) and why ({@code note}). Never changed once written.
 */
@Entity
@Table(name = "organisation_event")
@NamedQuery(name = OrganisationEvent.OF_ORGANISATION,
        query = "SELECT e FROM OrganisationEvent e WHERE e.organisation = :organisation ORDER BY e.occurredAt DESC, e.id DESC")
public class OrganisationEvent {

    public static final String OF_ORGANISATION = "OrganisationEvent.ofOrganisation";
    public static final int NOTE_LENGTH = 2000;
    public static final int SUBJECT_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(length = 40, nullable = false)
    private OrganisationEventType type;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 254, nullable = false)
    private String actor;

    @Column(length = SUBJECT_LENGTH)
    private String subject;

    @Column(length = NOTE_LENGTH)
    private String note;

    protected OrganisationEvent() {
    }

    public OrganisationEvent(Organisation organisation, OrganisationEventType type, Instant occurredAt, String actor,
                             String subject, String note) {
        this.organisation = organisation;
        this.type = type;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.subject = clip(subject, SUBJECT_LENGTH);
        this.note = clip(note, NOTE_LENGTH);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public OrganisationEventType getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getNote() {
        return note;
    }
}
