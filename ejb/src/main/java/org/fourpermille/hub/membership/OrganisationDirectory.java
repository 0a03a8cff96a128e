package org.fourpermille.hub.membership;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.AccountStatus;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.shared.AccessRefusedException;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SearchText;
import org.fourpermille.hub.shared.StoredFile;

/**
 * The directory of the organisations that joined, for signed-in people: search and filters paged by the
 * database, one organisation's page and its logo. Partners see active organisations only; a suspended or
 * withdrawn one is "not found" for them. The secretariat and administrators may also look at those.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class OrganisationDirectory {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;

    @Inject
    private CollegeNames collegeNames;

    /** Organisations matching the filter, by name (accents and case ignored), one page of them. */
    public List<DirectoryRow> search(DirectoryFilter filter, int first, int pageSize) {
        requireReader();
        DirectoryFilter allowed = allowed(filter);
        TypedQuery<DirectoryRow> query = em.createQuery("SELECT NEW org.fourpermille.hub.membership.DirectoryRow("
                + "o.id, o.name, o.acronym, o.type, o.country, o.level, o.status, l.sha256)"
                + " FROM Organisation o LEFT JOIN o.logo l" + allowed.where()
                + " ORDER BY " + SearchText.folded("o.name") + ", o.id", DirectoryRow.class);
        allowed.parameters().forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
    }

    public long count(DirectoryFilter filter) {
        requireReader();
        DirectoryFilter allowed = allowed(filter);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(o) FROM Organisation o" + allowed.where(), Long.class);
        allowed.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Whether the caller may look at suspended and withdrawn organisations too. */
    public boolean seesEveryStatus() {
        Account account = caller.get();
        return account.hasRole(Role.SECRETARIAT) || account.hasRole(Role.ADMIN);
    }

    /** One organisation as the directory shows it, with the representatives who agreed to be listed. */
    public DirectoryProfile organisation(long organisationId) {
        requireReader();
        Organisation o = visible(organisationId);
        List<DirectoryProfile.ListedRepresentative> listed = em.createQuery("SELECT a FROM Account a"
                        + " WHERE a.organisation = :organisation AND a.listedInDirectory = TRUE"
                        + " AND a.status = :active AND a.passwordHash IS NOT NULL ORDER BY a.displayName, a.id", Account.class)
                .setParameter("organisation", o)
                .setParameter("active", AccountStatus.ACTIVE)
                .getResultList().stream()
                .filter(Account::canSignIn)
                .map(a -> new DirectoryProfile.ListedRepresentative(a.getDisplayName(), a.getJobTitle(), a.getEmail()))
                .toList();
        return new DirectoryProfile(o.getId(), o.getName(), o.getAcronym(), o.getType(), o.getType().college(),
                o.getCountry(), Region.of(o.getCountry()).orElse(null), o.getWebsite(), o.getLevel(), o.getJoinedOn(),
                o.getDescription(), o.getStatus(), o.getLogo() == null ? null : o.getLogo().getSha256(), listed);
    }

    /** The organisation's logo; "not found" when it has none or the caller may not see the organisation. */
    public Logo logo(long organisationId) {
        requireReader();
        StoredFile file = visible(organisationId).getLogo();
        if (file == null) {
            throw new NotFoundException();
        }
        return new Logo(file.getSha256(), file.getMediaType(), file.getContent());
    }

    /** The Colleges named in the reader's language, in the order of the groups, for the directory's College filter. */
    public Map<College, String> colleges(Locale locale) {
        return collegeNames.in(locale);
    }

    /**
     * The directory (with the emails of listed representatives) is for the representatives of organisations
     * and for the secretariat; an STC expert or anyone else without an organisation is refused.
     */
    private void requireReader() {
        Account me = caller.get();
        if (me.getOrganisation() == null && !me.hasRole(Role.SECRETARIAT) && !me.hasRole(Role.ADMIN)) {
            throw new AccessRefusedException();
        }
    }

    private Organisation visible(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || organisation.getStatus() != OrganisationStatus.ACTIVE && !seesEveryStatus()) {
            throw new NotFoundException();
        }
        return organisation;
    }

    private DirectoryFilter allowed(DirectoryFilter filter) {
        DirectoryFilter given = filter == null ? DirectoryFilter.ALL : filter;
        return given.status() == OrganisationStatus.ACTIVE || seesEveryStatus() ? given : given.activeOnly();
    }
}
