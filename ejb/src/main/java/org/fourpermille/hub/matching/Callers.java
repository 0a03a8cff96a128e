package org.fourpermille.hub.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationStatus;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Role;

/** Who the caller is for projects and offers: staff, or a representative of an active partner organisation. */
final class Callers {

    private Callers() {
    }

    static boolean isStaff(Account account) {
        return account.hasRole(Role.SECRETARIAT) || account.hasRole(Role.ADMIN);
    }

    /**
     * The organisation the caller represents with the partner or member role, if it is active: the only
     * people who create and change their organisation's projects and offers.
     */
    static Organisation representedOrganisation(Account account) {
        Organisation organisation = Organisation.of(account);
        if (organisation == null || organisation.getStatus() != OrganisationStatus.ACTIVE
                || !(account.hasRole(Role.PARTNER) || account.hasRole(Role.MEMBER))) {
            throw new BusinessException("matching.error.representativesOnly");
        }
        return organisation;
    }

    static boolean represents(Account account, Organisation organisation) {
        Organisation own = Organisation.of(account);
        return own != null && own.getId().equals(organisation.getId()) && own.getStatus() == OrganisationStatus.ACTIVE
                && (account.hasRole(Role.PARTNER) || account.hasRole(Role.MEMBER));
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
