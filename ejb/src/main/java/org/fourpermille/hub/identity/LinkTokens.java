package org.fourpermille.hub.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.LinkSecrets;

/**
 * Issues and finds single-use links. The link carries 256 random bits; the database keeps only their
 * SHA-256, and issuing a new link revokes the account's older ones.
 */
@ApplicationScoped
public class LinkTokens {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    /** Returns the secret to put in the link; it is never stored. */
    public String issue(Account account, TokenPurpose purpose, Instant now, Duration validity) {
        em.createNamedQuery(AccountToken.REVOKE_OPEN)
                .setParameter("account", account).setParameter("now", now).executeUpdate();
        String token = LinkSecrets.newSecret();
        em.persist(new AccountToken(account, purpose, LinkSecrets.hash(token), now, now.plus(validity)));
        return token;
    }

    /** Revokes every open link of the account, for example when its owner is removed from their organisation. */
    public void revokeAll(Account account, Instant now) {
        em.createNamedQuery(AccountToken.REVOKE_OPEN)
                .setParameter("account", account).setParameter("now", now).executeUpdate();
    }

    /** The link's token if it exists and is usable now; a tampered link is "invalid", not "expired". */
    public AccountToken getUsable(String token, Instant now) {
        if (!LinkSecrets.isWellFormed(token)) {
            throw new BusinessException("token.error.invalid");
        }
        AccountToken found = em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", LinkSecrets.hash(token))
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("token.error.invalid"));
        found.checkUsable(now);
        return found;
    }
}
