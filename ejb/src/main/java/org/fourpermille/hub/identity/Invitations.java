package org.fourpermille.hub.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/**
 * Invites a person: an account without password, with its roles and, for a representative, its
 * organisation, and a mail in the person's language with the single-use link that lets them choose a
 * password (valid {@link Setting#INVITATION_VALIDITY}). The three flows that bring people in use it: the
 * secretariat's approval of an application, a main contact inviting a colleague, and an administrator
 * inviting anyone. Each keeps its own checks, mail and audit entry; the invitation is part of its
 * transaction, so an approval that fails leaves no account and sends no mail.
 */
@Stateless
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Invitations {

    /** The arguments of the invitation's mail template, given the link and the days it stays valid. */
    @FunctionalInterface
    public interface Letter {
        Object[] arguments(Account invitee, String link, long validDays);
    }

    @Inject
    private AccountRepository accounts;
    @Inject
    private LinkTokens tokens;
    @Inject
    private Mailer mailer;
    @Inject
    private Clock clock;

    /**
     * Creates the account (attached to {@code organisation} unless it is null), issues its invitation link
     * and mails it with {@code template}. The caller has checked that the email has no account yet.
     */
    public Account invite(String email, String name, SupportedLocale language, Set<Role> roles, Affiliation organisation,
                          MailTemplate template, Letter letter) {
        Instant now = clock.now();
        Account account = new Account(email, name, language, roles, now);
        if (organisation != null) {
            account.joinOrganisation(organisation);
        }
        accounts.add(account);
        send(account, template, letter, now);
        return account;
    }

    /**
     * Invites again a person who was invited and never chose a password (their link lapsed or was
     * withdrawn): a new link is mailed, and issuing it ends the earlier ones.
     */
    public Account reissue(Account account, MailTemplate template, Letter letter) {
        if (account.getStatus() != AccountStatus.INVITED) {
            throw new IllegalStateException("only an invited account is invited again");
        }
        send(account, template, letter, clock.now());
        return account;
    }

    private void send(Account account, MailTemplate template, Letter letter, Instant now) {
        Duration validity = Setting.INVITATION_VALIDITY.lookupDuration();
        String token = tokens.issue(account, TokenPurpose.INVITATION, now, validity);
        mailer.send(account.getEmail(), account.getLocale(), template,
                letter.arguments(account, PasswordService.link(token), validity.toDays()));
    }
}
