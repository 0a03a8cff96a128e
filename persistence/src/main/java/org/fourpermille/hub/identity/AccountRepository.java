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

    public void add(Account account) {
        em.persist(account);
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }
}
