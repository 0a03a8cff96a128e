package org.fourpermille.hub.membership;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
import jakarta.persistence.Version;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/**
 * A change of an organisation's name or type, proposed by one of its representatives and applied only
 * when the secretariat approves it: the type decides the College, and the name is what the Initiative
 * published. At most one waits per organisation (a unique index holds that).
 */
@Entity
@Table(name = "organisation_change")
@NamedQuery(name = OrganisationChange.PENDING_OF, query = "SELECT c FROM OrganisationChange c"
        + " WHERE c.organisation = :organisation AND c.status = org.fourpermille.hub.membership.OrganisationChangeStatus.PENDING")
@NamedQuery(name = OrganisationChange.ALL_PENDING, query = "SELECT c FROM OrganisationChange c JOIN FETCH c.organisation"
        + " WHERE c.status = org.fourpermille.hub.membership.OrganisationChangeStatus.PENDING ORDER BY c.requestedAt, c.id")
public class OrganisationChange {

    public static final String PENDING_OF = "OrganisationChange.pendingOf";
    public static final String ALL_PENDING = "OrganisationChange.allPending";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private OrganisationChangeStatus status;

    @Column(name = "old_name", length = Organisation.NAME_LENGTH, nullable = false)
    private String oldName;
    @Column(name = "new_name", length = Organisation.NAME_LENGTH, nullable = false)
    private String newName;
    @Enumerated(EnumType.STRING)
    @Column(name = "old_type", length = 40, nullable = false)
    private OrganisationType oldType;
    @Enumerated(EnumType.STRING)
    @Column(name = "new_type", length = 40, nullable = false)
    private OrganisationType newType;

    @Column(length = Organisation.REASON_LENGTH)
    private String reason;

    @Column(name = "requested_by", length = 254, nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "decided_by", length = 254)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note", length = Organisation.REASON_LENGTH)
    private String decisionNote;

    @Version
    private int version;

    protected OrganisationChange() {
    }

    /**
     * A proposal; refuses an unchanged one, a blank or over-long name, and a commercial type for a Member,
     * every problem at once.
     */
    public OrganisationChange(Organisation organisation, String proposedName, OrganisationType proposedType, String reason,
                              String actor, Instant now) {
        if (organisation.getStatus() != OrganisationStatus.ACTIVE) {
            throw new BusinessException("organisation.error.status." + organisation.getStatus().name());
        }
        List<FieldProblem> problems = new java.util.ArrayList<>();
        String cleanName = ApplicationForm.text(proposedName, "name", Organisation.NAME_LENGTH, true, problems);
        if (proposedType == null) {
            problems.add(FieldProblem.of("type", "application.error.typeRequired"));
        } else if (organisation.getLevel() == MembershipLevel.MEMBER && proposedType.isCommercial()) {
            problems.add(FieldProblem.of("type", "application.error.memberNonProfit"));
        }
        if (problems.isEmpty() && cleanName.equals(organisation.getName()) && proposedType == organisation.getType()) {
            problems.add(FieldProblem.of("name", "organisation.error.nothingChanged"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.organisation = organisation;
        this.status = OrganisationChangeStatus.PENDING;
        this.oldName = organisation.getName();
        this.newName = cleanName;
        this.oldType = organisation.getType();
        this.newType = proposedType;
        this.reason = Organisation.optionalReason(reason);
        this.requestedBy = actor;
        this.requestedAt = now;
    }

    /** Applies the change to the organisation and returns the timeline step. */
    public OrganisationEvent approve(String actor, String note, Instant now) {
        requirePending();
        organisation.applyChange(newName, newType);
        decide(OrganisationChangeStatus.APPROVED, actor, Organisation.optionalReason(note), now);
        return organisation.event(OrganisationEventType.CHANGE_APPROVED, now, actor, describe(), decisionNote);
    }

    public OrganisationEvent reject(String actor, String note, Instant now) {
        requirePending();
        decide(OrganisationChangeStatus.REJECTED, actor, Organisation.requiredReason(note), now);
        return organisation.event(OrganisationEventType.CHANGE_REJECTED, now, actor, describe(), decisionNote);
    }

    public OrganisationEvent requested() {
        return organisation.event(OrganisationEventType.CHANGE_REQUESTED, requestedAt, requestedBy, describe(), reason);
    }

    /** "old name → new name; OLD_TYPE → NEW_TYPE", naming only what changes. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (!Objects.equals(oldName, newName)) {
            text.append(oldName).append(" → ").append(newName);
        }
        if (oldType != newType) {
            text.append(text.length() == 0 ? "" : "; ").append(oldType).append(" → ").append(newType);
        }
        return text.toString();
    }

    public boolean changesName() {
        return !Objects.equals(oldName, newName);
    }

    public boolean changesType() {
        return oldType != newType;
    }

    private void requirePending() {
        if (status != OrganisationChangeStatus.PENDING) {
            throw new BusinessException("organisation.error.changeDecided");
        }
    }

    private void decide(OrganisationChangeStatus outcome, String actor, String note, Instant now) {
        status = outcome;
        decidedBy = actor;
        decidedAt = now;
        decisionNote = note;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public OrganisationChangeStatus getStatus() {
        return status;
    }

    public String getOldName() {
        return oldName;
    }

    public String getNewName() {
        return newName;
    }

    public OrganisationType getOldType() {
        return oldType;
    }

    public OrganisationType getNewType() {
        return newType;
    }

    public String getReason() {
        return reason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public int getVersion() {
        return version;
    }
}
