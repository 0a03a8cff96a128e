package org.fourpermille.hub.identity;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFoundException;

/** Accounts by id and by email. {@code find*} returns an Optional, {@code get*} throws {@link NotFoundException}. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    public Optional<Account> findByEmail(String email) {
        String normalised;
        try {
            normalised = Account.normaliseEmail(email);
        } catch (BusinessException notAnEmail) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", normalised)
                .getResultStream().findFirst();
    }

    public Account getByEmail(String email) {
        return findByEmail(email).orElseThrow(NotFoundException::new);
    }

    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Account getById(long id) {
        return findById(id).orElseThrow(NotFoundException::new);
    }

    /** The people who represent an organisation, invited ones included, by name. */
    public java.util.List<Account> ofOrganisation(Affiliation organisation) {
        return em.createQuery("SELECT a FROM Account a WHERE a.organisation = :organisation ORDER BY a.displayName, a.id",
                        Account.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    /**
     * Notes the time of a sign-in. This is bookkeeping, not an edit of the account: it neither checks nor
     * bumps the version, so parallel sign-ins to one account (a double click, a phone and a laptop) never
     * conflict with each other nor with an edit of the profile open meanwhile. The row lock only queues them.
     */
    public void recordSignIn(long accountId, java.time.Instant when) {
        em.createQuery("UPDATE Account a SET a.lastSignInAt = :when WHERE a.id = :id")
                .setParameter("when", when).setParameter("id", accountId).executeUpdate();
    }

    /**
     * Replaces a password hash by a stronger hash of the same password, outside the version for the same
     * reason as {@link #recordSignIn}; only while the hash is still the one verified, so a password change
     * made meanwhile is never overwritten by the old password.
     */
    public void upgradePasswordHash(long accountId, String verifiedHash, String strongerHash) {
        em.createQuery("UPDATE Account a SET a.passwordHash = :stronger WHERE a.id = :id AND a.passwordHash = :verified")
                .setParameter("stronger", strongerHash).setParameter("verified", verifiedHash)
                .setParameter("id", accountId).executeUpdate();
    }

    public void add(Account account) {
        em.persist(account);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }
}
