package org.fourpermille.hub.groups;

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
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationStatus;
import org.fourpermille.hub.shared.BusinessException;

/**
 * A person's standing in one group: whether they joined, asked to join or were declined, their role in
 * the group, their last visit and how they want to hear from the group. Whether they are <em>in</em> the
 * group is decided by the database view {@code group_member_effective}, which also follows their
 * organisation; this row holds what the person or a facilitator chose.
 */
@Entity
@Table(name = "group_member")
@NamedQuery(name = GroupMember.OF, query = "SELECT m FROM GroupMember m WHERE m.group = :group AND m.account = :account")
@NamedQuery(name = GroupMember.REQUESTS, query = "SELECT m FROM GroupMember m JOIN FETCH m.account"
        + " WHERE m.group = :group AND m.status = org.fourpermille.hub.groups.GroupMemberStatus.REQUESTED ORDER BY m.requestedAt")
public class GroupMember {

    public static final String OF = "GroupMember.of";
    public static final String REQUESTS = "GroupMember.requests";
    public static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private HubGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private GroupMemberStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, nullable = false)
    private GroupRole role = GroupRole.MEMBER;

    @Column(name = "request_note", length = NOTE_LENGTH)
    private String requestNote;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = NOTE_LENGTH)
    private String decisionNote;

    @Column(name = "last_visit_at")
    private Instant lastVisitAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "notification_level", length = 20, nullable = false)
    private NotificationLevel notificationLevel = NotificationLevel.DAILY;

    @Version
    private int version;

    protected GroupMember() {
    }

    /** The row of a person in a group, before they did anything in it (a visit, a setting, a role). */
    public GroupMember(HubGroup group, Account account) {
        this.group = group;
        this.account = account;
        this.status = group.getJoinRule() == JoinRule.AUTOMATIC || group.getJoinRule() == JoinRule.APPOINTED
                ? GroupMemberStatus.ACTIVE : GroupMemberStatus.LEFT;
    }

    /** A partner joins an open group (an Interface). */
    public void join(Instant now) {
        if (group.getJoinRule() != JoinRule.OPEN) {
            throw new BusinessException("group.error.notOpen");
        }
        if (Organisation.of(account) == null || Organisation.of(account).getStatus() != OrganisationStatus.ACTIVE) {
            throw new BusinessException("group.error.partnersOnly");
        }
        if (status == GroupMemberStatus.ACTIVE) {
            throw new BusinessException("group.error.alreadyIn");
        }
        status = GroupMemberStatus.ACTIVE;
        decidedAt = now;
        decidedBy = account.getEmail();
    }

    /** A person asks to join a group on request; a previous refusal does not stop a new request. */
    public void request(String note, Instant now) {
        if (group.getJoinRule() != JoinRule.ON_REQUEST) {
            throw new BusinessException("group.error.notOnRequest");
        }
        if (status == GroupMemberStatus.ACTIVE) {
            throw new BusinessException("group.error.alreadyIn");
        }
        if (status == GroupMemberStatus.REQUESTED) {
            throw new BusinessException("group.error.alreadyRequested");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > NOTE_LENGTH) {
            throw new BusinessException("error.tooLong", NOTE_LENGTH);
        }
        status = GroupMemberStatus.REQUESTED;
        requestNote = clean;
        requestedAt = now;
        decidedAt = null;
        decidedBy = null;
        decisionNote = null;
    }

    public void accept(String facilitator, Instant now) {
        decide(GroupMemberStatus.ACTIVE, facilitator, null, now);
    }

    public void decline(String facilitator, String reason, Instant now) {
        decide(GroupMemberStatus.DECLINED, facilitator, reason, now);
    }

    private void decide(GroupMemberStatus outcome, String facilitator, String note, Instant now) {
        if (status != GroupMemberStatus.REQUESTED) {
            throw new BusinessException("group.error.noRequest");
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > NOTE_LENGTH) {
            throw new BusinessException("error.tooLong", NOTE_LENGTH);
        }
        status = outcome;
        decidedBy = facilitator;
        decidedAt = now;
        decisionNote = clean;
    }

    /** Leaving an open group or one joined on request; Colleges, Consortium and appointments cannot be left. */
    public void leave(Instant now) {
        JoinRule rule = group.getJoinRule();
        if (rule != JoinRule.OPEN && rule != JoinRule.ON_REQUEST) {
            throw new BusinessException("group.error.cannotLeave");
        }
        if (status != GroupMemberStatus.ACTIVE && status != GroupMemberStatus.REQUESTED) {
            throw new BusinessException("group.error.notIn");
        }
        status = GroupMemberStatus.LEFT;
        role = GroupRole.MEMBER;
        decidedAt = now;
        decidedBy = account.getEmail();
    }

    /**
     * Gives a role in the group. Leader and regional representative exist only in Task Forces and only for
     * people from an active partner organisation.
     */
    public void assignRole(GroupRole newRole) {
        if (newRole == null) {
            throw new BusinessException("group.error.roleRequired");
        }
        if (newRole.isTaskForceOnly()) {
            if (group.getKind() != GroupKind.TASK_FORCE) {
                throw new BusinessException("group.error.taskForceRole");
            }
            if (Organisation.of(account) == null || Organisation.of(account).getStatus() != OrganisationStatus.ACTIVE) {
                throw new BusinessException("group.error.roleNeedsPartner");
            }
        }
        role = newRole;
    }

    public void visited(Instant now) {
        lastVisitAt = now;
    }

    public void setNotificationLevel(NotificationLevel level) {
        if (level == null) {
            throw new BusinessException("group.error.levelRequired");
        }
        notificationLevel = level;
    }

    public Long getId() {
        return id;
    }

    public HubGroup getGroup() {
        return group;
    }

    public Account getAccount() {
        return account;
    }

    public GroupMemberStatus getStatus() {
        return status;
    }

    public GroupRole getRole() {
        return role;
    }

    public String getRequestNote() {
        return requestNote;
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

    public Instant getLastVisitAt() {
        return lastVisitAt;
    }

    public NotificationLevel getNotificationLevel() {
        return notificationLevel;
    }

    public int getVersion() {
        return version;
    }
}
