package org.fourpermille.hub.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.fourpermille.hub.shared.AuditAction;
import org.fourpermille.hub.shared.AuditLog;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SearchText;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.shared.mail.MailTemplate;
import org.fourpermille.hub.shared.mail.Mailer;

/** The administrator's work on accounts: find them, invite people, change roles, disable and enable. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdministration {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private AccountRepository accounts;
    @Inject
    private Invitations invitations;
    @Inject
    private Mailer mailer;
    @Inject
    private AuditLog audit;
    @Inject
    private CallerAccount caller;
    @Inject
    private Clock clock;

    public List<Account> search(String text, int first, int pageSize) {
        TypedQuery<Account> query = em.createQuery("SELECT a FROM Account a" + where(text)
                + " ORDER BY a.displayName, a.id", Account.class);
        bind(query, text);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(String text) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM Account a" + where(text), Long.class);
        bind(query, text);
        return query.getSingleResult();
    }

    /** One account, for the page that edits it; {@link org.fourpermille.hub.shared.NotFoundException} if none. */
    public Account get(long accountId) {
        return accounts.getById(accountId);
    }

    /**
     * Creates an account without password and emails its owner a link to choose one. Refuses an email
     * that already has an account and an invitation without any role.
     */
    public Account invite(String email, String displayName, Set<Role> roles, SupportedLocale language) {
        if (accounts.findByEmail(email).isPresent()) {
            throw new BusinessException("account.error.emailTaken");
        }
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("account.error.noRole");
        }
        Account inviter = caller.get();
        Account account = invitations.invite(email, displayName, language, roles, null, MailTemplate.INVITATION,
                (invitee, link, validDays) -> new Object[] {invitee.getDisplayName(), link, validDays, inviter.getDisplayName()});
        audit.record(AuditAction.ACCOUNT_INVITED, account.getEmail(), "roles " + names(account.getRoles()));
        return account;
    }

    /** Replaces an account's roles; never leaves the platform without an active administrator. */
    public Account changeRoles(long accountId, Set<Role> roles, int expectedVersion) {
        Account account = accounts.getById(accountId);
        if (account.getVersion() != expectedVersion) {
            throw new BusinessException("error.concurrentChange");
        }
        Set<Role> before = EnumSet.noneOf(Role.class);
        before.addAll(account.getRoles());
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && activeAdministrators() <= 1) {
            throw new BusinessException("account.error.lastAdmin");
        }
        if (account.replaceRoles(roles)) {
            audit.record(AuditAction.ROLES_CHANGED, account.getEmail(), names(before) + " -> " + names(roles));
        }
        return account;
    }

    public Account disable(long accountId) {
        Account account = accounts.getById(accountId);
        if (account.getEmail().equals(caller.get().getEmail())) {
            throw new BusinessException("account.error.disableSelf");
        }
        account.disable();
        audit.record(AuditAction.ACCOUNT_DISABLED, account.getEmail(), null);
        return account;
    }

    public Account enable(long accountId) {
        Account account = accounts.getById(accountId);
        account.enable();
        audit.record(AuditAction.ACCOUNT_ENABLED, account.getEmail(), null);
        return account;
    }

    private long activeAdministrators() {
        return em.createQuery("SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :admin AND a.status = :active",
                        Long.class)
                .setParameter("admin", Role.ADMIN)
                .setParameter("active", AccountStatus.ACTIVE)
                .getSingleResult();
    }

    private static String where(String text) {
        return text == null || text.isBlank() ? "" : " WHERE LOWER(a.email) LIKE :text OR LOWER(a.displayName) LIKE :text";
    }

    private static void bind(TypedQuery<?> query, String text) {
        if (text != null && !text.isBlank()) {
            query.setParameter("text", SearchText.containing(text));
        }
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).toString();
    }
}
