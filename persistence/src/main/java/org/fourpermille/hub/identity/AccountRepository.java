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
     * Writes the time of a sign-in, and the stronger hash of the password when its parameters rose, without
     * the account's optimistic lock: one person signing in twice at once (two browsers, a double click, two
     * nodes) must not make one of the sign-ins fail, nor an administrator's change of the account fail as
     * "changed meanwhile" because its owner signed in. Both writers are right, so the last one wins.
     */
    public void recordSignIn(Account account, java.time.Instant when, String strongerHashOrNull) {
        em.createQuery("UPDATE Account a SET a.lastSignInAt = :when WHERE a.id = :id")
                .setParameter("when", when).setParameter("id", account.getId()).executeUpdate();
        if (strongerHashOrNull != null) {
            em.createQuery("UPDATE Account a SET a.passwordHash = :hash WHERE a.id = :id")
                    .setParameter("hash", strongerHashOrNull).setParameter("id", account.getId()).executeUpdate();
        }
    }

    public void add(Account account) {
        em.persist(account);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }
}
