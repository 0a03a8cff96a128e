package org.fourpermille.hub.matching;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.shared.FieldProblem;

/**
 * What a project and a support offer have in common, the two sides of matching: an owner organisation whose
 * representatives alone change it, the {@link Criteria} it is matched on, whether it is listed for everyone
 * signed in or seen only by its owner and the staff, and a version against concurrent changes.
 */
@MappedSuperclass
public abstract class Listing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Embedded
    private Criteria criteria = new Criteria();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Listing() {
    }

    protected Listing(Organisation organisation, Account createdBy, Instant now) {
        this.organisation = Objects.requireNonNull(organisation);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
    }

    /**
     * The criteria of a form, checked against the ones held so far; problems are added, nothing changes.
     *
     * @param creating true for a new project or offer: no criteria are held yet
     */
    protected Criteria checkCriteria(CriteriaDetails typed, boolean creating, Set<String> practiceCodes, Set<String> currencies,
                                     List<FieldProblem> problems) {
        return Criteria.check(typed, creating ? null : criteria, practiceCodes, currencies, problems);
    }

    /** Takes the checked criteria, once the whole form is accepted. */
    protected void replace(Criteria checked, Instant now) {
        criteria = Objects.requireNonNull(checked);
        touch(now);
    }

    protected void touch(Instant now) {
        updatedAt = now;
    }

    /** Whether everyone signed in sees it (a project beyond draft, an offer not withdrawn). */
    public abstract boolean isListed();

    /** Whether the organisation owns it (its representatives may change it). */
    public boolean isOwnedBy(Organisation candidate) {
        return candidate != null && (candidate == organisation
                || candidate.getId() != null && candidate.getId().equals(organisation.getId()));
    }

    /**
     * Whether a signed-in person may see it: listed, or theirs, or they are staff.
     *
     * @param viewerOrganisation the viewer's organisation, or null
     * @param staff whether the viewer is secretariat or administrator
     */
    public boolean isVisibleTo(Organisation viewerOrganisation, boolean staff) {
        return staff || isListed() || isOwnedBy(viewerOrganisation);
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Criteria getCriteria() {
        return criteria;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
