package org.fourpermille.hub.identity;

import java.time.Duration;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * Turns queued forgotten-password requests into mail: each call takes up to {@link #BATCH} requests with
 * {@code FOR UPDATE SKIP LOCKED}, deletes them and writes the links' mail in the same transaction, so nodes
 * polling at the same moment never mail a request twice, and a node that fails mid-way leaves it queued.
 */
@Stateless
@PermitAll
public class PasswordResetJob {

    static final int BATCH = 20;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private AccountRepository accounts;
    @Inject
    private LinkTokens tokens;
    @Inject
    private Mailer mailer;
    @Inject
    private AuditLog audit;
    @Inject
    private Clock clock;

    /** Returns how many requests it handled, so the scheduler can go on at once while there is more. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int handleDue() {
        @SuppressWarnings("unchecked")
        List<String> emails = em.createNativeQuery("DELETE FROM password_reset_request WHERE id IN (SELECT id FROM "
                + "password_reset_request ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED) RETURNING email")
                .getResultList();
        emails.forEach(this::mailLink);
        return emails.size();
    }

    /** The link for the account of {@code email} if it can sign in; nothing for any other address. */
    private void mailLink(String email) {
        accounts.findByEmail(email).filter(Account::canSignIn).ifPresent(account -> {
            Duration validity = Setting.RESET_LINK_VALIDITY.lookupDuration();
            String token = tokens.issue(account, TokenPurpose.PASSWORD_RESET, clock.now(), validity);
            mailer.send(account.getEmail(), account.getLocale(), MailTemplate.PASSWORD_RESET,
                    account.getDisplayName(), PasswordService.link(token), validity.toMinutes());
            audit.recordAs("anonymous", AuditAction.PASSWORD_RESET_REQUESTED, account.getEmail(), null);
        });
    }
}
