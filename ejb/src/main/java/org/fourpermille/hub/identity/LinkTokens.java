package org.fourpermille.hub.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.shared.BusinessException;

/**
 * Issues and finds single-use links. The link carries 256 random bits; the database keeps only their
 * SHA-256, and issuing a new link revokes the account's older ones.
 */
@ApplicationScoped
public class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    /** Returns the secret to put in the link; it is never stored. */
    public String issue(Account account, TokenPurpose purpose, Instant now, Duration validity) {
        em.createNamedQuery(AccountToken.REVOKE_OPEN)
                .setParameter("account", account).setParameter("now", now).executeUpdate();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new AccountToken(account, purpose, sha256(token), now, now.plus(validity)));
        return token;
    }

    /** The link's token if it exists and is usable now; a tampered link is "invalid", not "expired". */
    public AccountToken getUsable(String token, Instant now) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            throw new BusinessException("token.error.invalid");
        }
        AccountToken found = em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", sha256(token))
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("token.error.invalid"));
        found.checkUsable(now);
        return found;
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
