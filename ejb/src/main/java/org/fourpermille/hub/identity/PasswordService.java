package org.fourpermille.hub.identity;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * Passwords: forgotten-password links, setting a password from a link (reset or invitation), and
 * changing one's own password with the current one.
 */
@Stateless
public class PasswordService {

    public static final String SET_PASSWORD_PAGE = "/password/set.xhtml?token=";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;
    @Inject
    private AccountRepository accounts;
    @Inject
    private LinkTokens tokens;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private Mailer mailer;
    @Inject
    private AuditLog audit;
    @Inject
    private CallerAccount caller;
    @Inject
    private Clock clock;
    @Inject
    private Event<InvitationAccepted> invitationAccepted;

    /**
     * Queues a reset link for the address; {@link PasswordResetJob} mails it shortly after when the address
     * belongs to an account that has a password. Answers the same way, in the same time (one insert), whether
     * or not it does, so neither the form's answer nor its timing tells who has an account.
     *
     * @throws BusinessException {@code account.error.email} for what is no address, whoever asks
     */
    @PermitAll
    public void requestReset(String email) {
        em.createNativeQuery("INSERT INTO password_reset_request (email, requested_at) VALUES (?1, ?2)")
                .setParameter(1, Account.normaliseEmail(email)).setParameter(2, Timestamp.from(clock.now()))
                .executeUpdate();
    }

    /** Checks a link before showing the form, so an expired or tampered link is explained at once. */
    @PermitAll
    public LinkInfo inspect(String token) {
        AccountToken found = tokens.getUsable(token, clock.now());
        Account account = found.getAccount();
        return new LinkInfo(found.getPurpose(), account.getEmail(), account.getDisplayName());
    }

    /** Sets the password from a link; the link is then used up and the account active. */
    @PermitAll
    public LinkInfo setPasswordWithLink(String token, String newPassword) {
        Instant now = clock.now();
        AccountToken found = tokens.getUsable(token, now);
        PasswordPolicy.check(newPassword);
        Account account = found.getAccount();
        account.setPassword(hasher.hash(newPassword));
        found.markUsed(now);
        audit.recordAs(account.getEmail(), found.getPurpose() == TokenPurpose.INVITATION
                ? AuditAction.INVITATION_ACCEPTED : AuditAction.PASSWORD_RESET, account.getEmail(), null);
        if (found.getPurpose() == TokenPurpose.INVITATION) {
            invitationAccepted.fire(new InvitationAccepted(account, now));
        }
        return new LinkInfo(found.getPurpose(), account.getEmail(), account.getDisplayName());
    }

    @RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
    public void changePassword(String currentPassword, String newPassword) {
        Account account = caller.get();
        if (currentPassword == null || !hasher.verify(currentPassword, account.getPasswordHash())) {
            throw new BusinessException("password.error.currentWrong");
        }
        PasswordPolicy.check(newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new BusinessException("password.error.unchanged");
        }
        account.setPassword(hasher.hash(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, account.getEmail(), null);
        mailer.send(account.getEmail(), account.getLocale(), MailTemplate.PASSWORD_CHANGED,
                account.getDisplayName(), Setting.BASE_URL.lookup() + "/password/forgot.xhtml");
    }

    public static String link(String token) {
        return Setting.BASE_URL.lookup() + SET_PASSWORD_PAGE + token;
    }
}
