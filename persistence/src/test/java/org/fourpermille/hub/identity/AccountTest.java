package org.fourpermille.hub.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.fourpermille.hub.membership.MembershipLevel;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    private static Account invited() {
        return new Account("  Jane.Doe@Example.ORG ", "Jane Doe", SupportedLocale.FR, EnumSet.of(Role.PARTNER), NOW);
    }

    @Test
    void the_email_is_the_login_name_in_lower_case() {
        assertEquals("jane.doe@example.org", invited().getEmail());
    }

    @Test
    void an_address_that_cannot_be_an_email_is_refused_with_its_message() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> new Account("jane.example.org", "Jane", SupportedLocale.EN, EnumSet.of(Role.PARTNER), NOW));
        assertEquals("account.error.email", refused.messageKey());
    }

    @Test
    void an_invited_account_cannot_sign_in_until_its_owner_sets_a_password() {
        Account account = invited();
        assertEquals(AccountStatus.INVITED, account.getStatus());
        assertFalse(account.canSignIn());
        account.setPassword("hash");
        assertTrue(account.canSignIn());
    }

    @Test
    void a_disabled_account_can_neither_sign_in_nor_get_a_new_password() {
        Account account = invited();
        account.setPassword("hash");
        account.disable();
        assertFalse(account.canSignIn());
        assertEquals("account.error.disabled",
                assertThrows(BusinessException.class, () -> account.setPassword("other")).messageKey());
        account.enable();
        assertTrue(account.canSignIn(), "re-enabled with its password");
    }

    @Test
    void replacing_roles_reports_whether_anything_changed() {
        Account account = invited();
        assertFalse(account.replaceRoles(EnumSet.of(Role.PARTNER)));
        assertTrue(account.replaceRoles(EnumSet.of(Role.PARTNER, Role.MEMBER)));
        assertEquals(EnumSet.of(Role.PARTNER, Role.MEMBER), account.getRoles());
    }

    @Test
    void a_used_or_expired_link_is_refused_with_a_message_saying_so() {
        Account account = invited();
        AccountToken token = new AccountToken(account, TokenPurpose.INVITATION, "h", NOW, NOW.plus(Duration.ofDays(7)));
        token.markUsed(NOW.plusSeconds(60));
        assertEquals("token.error.used",
                assertThrows(BusinessException.class, () -> token.checkUsable(NOW.plusSeconds(61))).messageKey());

        AccountToken old = new AccountToken(account, TokenPurpose.PASSWORD_RESET, "h2", NOW, NOW.plus(Duration.ofHours(1)));
        assertEquals("token.error.expired",
                assertThrows(BusinessException.class, () -> old.checkUsable(NOW.plus(Duration.ofHours(1)))).messageKey());
    }

    @Test
    void a_company_cannot_be_a_member() {
        assertEquals("membership.error.memberMustBeNonProfit", assertThrows(BusinessException.class,
                () -> new Organisation("Acme", null, OrganisationType.PRIVATE_COMPANY, "FR", null,
                        MembershipLevel.MEMBER, NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate())).messageKey());
    }
}
