package org.fourpermille.hub.membership;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.fourpermille.hub.identity.Account;

/**
 * A colleague the main contact invited who has not joined yet. It exists for every invited address, with an
 * account elsewhere or none, so the organisation's page lists the same thing whatever the address: the
 * invitation form and the page together never tell whether an address is registered. The address's own
 * account (if any) is not linked: what the row says is only what the main contact typed and when.
 */
@Entity
@Table(name = "colleague_invitation")
@NamedQuery(name = ColleagueInvitation.OF_ORGANISATION, query = "SELECT i FROM ColleagueInvitation i"
        + " WHERE i.organisation = :organisation ORDER BY i.invitedAt DESC, i.id DESC")
@NamedQuery(name = ColleagueInvitation.OF_ADDRESS, query = "SELECT i FROM ColleagueInvitation i"
        + " WHERE i.organisation = :organisation AND i.email = :email")
public class ColleagueInvitation {

    public static final String OF_ORGANISATION = "ColleagueInvitation.ofOrganisation";
    public static final String OF_ADDRESS = "ColleagueInvitation.ofAddress";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(length = Account.EMAIL_LENGTH, nullable = false)
    private String email;

    @Column(name = "invited_by", length = Account.EMAIL_LENGTH, nullable = false)
    private String invitedBy;
    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected ColleagueInvitation() {
    }

    public ColleagueInvitation(Organisation organisation, String email, String invitedBy, Instant invitedAt, Instant expiresAt) {
        this.organisation = organisation;
        this.email = Account.normaliseEmail(email);
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
        this.expiresAt = expiresAt;
    }

    /** The same address invited again once the earlier link lapsed or was withdrawn: a new date and a new validity. */
    public void renew(String by, Instant at, Instant until) {
        this.invitedBy = by;
        this.invitedAt = at;
        this.expiresAt = until;
        this.withdrawnAt = null;
    }

    /** The main contact takes the invitation back; false when it was withdrawn already (another tab). */
    public boolean withdraw(Instant at) {
        if (withdrawnAt != null) {
            return false;
        }
        withdrawnAt = at;
        return true;
    }

    /** Whether the page lists it: not withdrawn (a lapsed one is listed, as lapsed). */
    public boolean isListed() {
        return withdrawnAt == null;
    }

    /** Whether it still waits for an answer: listed, and its link has not lapsed. */
    public boolean isOpen(Instant now) {
        return withdrawnAt == null && now.isBefore(expiresAt);
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getEmail() {
        return email;
    }

    public String getInvitedBy() {
        return invitedBy;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
