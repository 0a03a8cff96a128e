package org.fourpermille.hub.membership;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;

/**
 * Who may touch an organisation, for the services of its representatives: one of its representatives or
 * the secretariat reads it (anyone else is told "not found", so ids reveal nothing); some moves need its
 * main contact; most need it active.
 */
@Dependent
class OrganisationAccess {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private CallerAccount caller;

    Organisation readable(Account me, long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null || !(isStaff(me) || organisation.represents(me))) {
            throw new NotFoundException();
        }
        return organisation;
    }

    /** An organisation the caller manages: its main contact, or the secretariat. */
    Organisation managed(long organisationId) {
        Account me = caller.get();
        Organisation organisation = readable(me, organisationId);
        if (!isStaff(me) && !organisation.isMainContact(me)) {
            throw new BusinessException("organisation.error.mainContactOnly");
        }
        return organisation;
    }

    static void requireActive(Organisation organisation) {
        if (organisation.getStatus() != OrganisationStatus.ACTIVE) {
            throw new BusinessException("organisation.error.status." + organisation.getStatus().name());
        }
    }

    static boolean isStaff(Account account) {
        return account.hasRole(Role.SECRETARIAT) || account.hasRole(Role.ADMIN);
    }
}
