package org.fourpermille.hub.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;

/** What a signed-in person changes about themselves (the password is {@link PasswordService}'s). */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class ProfileService {

    @Inject
    private CallerAccount caller;

    public Account current() {
        return caller.get();
    }

    public Account changeLanguage(SupportedLocale language) {
        Account account = caller.get();
        account.changeLocale(language);
        return account;
    }

    /** The zone the caller reads times in (an IANA id); empty goes back to UTC. */
    public Account changeTimeZone(String zoneId) {
        Account account = caller.get();
        account.changeTimeZone(zoneId);
        return account;
    }
}
