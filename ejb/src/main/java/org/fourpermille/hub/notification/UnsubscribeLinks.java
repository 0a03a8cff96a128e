package org.fourpermille.hub.notification;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.Clock;

/**
 * The one-click unsubscribe links of group mail, signed with a secret the platform generates on first use
 * and keeps in the database, so every node signs and checks with the same key and no operator has to
 * configure one.
 */
@Stateless
@PermitAll
public class UnsubscribeLinks {

    static final String PAGE = "/unsubscribe.xhtml?token=";
    /** Where mail programs send the RFC 8058 one-click POST (the List-Unsubscribe header). */
    static final String ONE_CLICK = "/unsubscribe?token=";
    private static final String SECRET = "unsubscribe";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The signing key, created by the first node that needs it (a concurrent second one reads the first's). */
    public byte[] key() {
        List<?> stored = em.createNativeQuery("SELECT secret FROM platform_secret WHERE name = ?1")
                .setParameter(1, SECRET).getResultList();
        if (!stored.isEmpty()) {
            return (byte[]) stored.get(0);
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        em.createNativeQuery("INSERT INTO platform_secret (name, secret, created_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, SECRET).setParameter(2, fresh).setParameter(3, Timestamp.from(clock.now()))
                .executeUpdate();
        return (byte[]) em.createNativeQuery("SELECT secret FROM platform_secret WHERE name = ?1")
                .setParameter(1, SECRET).getSingleResult();
    }

    /**
     * The absolute link, for the mail's text, to the page that asks {@code account} to confirm that their level
     * for the group becomes MENTIONS; the page speaks their language. Opening it changes nothing, so a mail
     * scanner that follows links unsubscribes nobody.
     */
    public String link(byte[] key, Account account, long groupId) {
        return Setting.BASE_URL.lookup() + PAGE + UnsubscribeToken.sign(key, account.getId(), groupId)
                + "&lang=" + account.getLocale().tag();
    }

    /** The absolute address for the List-Unsubscribe header: a POST there unsubscribes at once (RFC 8058). */
    public String oneClickLink(byte[] key, Account account, long groupId) {
        return Setting.BASE_URL.lookup() + ONE_CLICK + UnsubscribeToken.sign(key, account.getId(), groupId)
                + "&lang=" + account.getLocale().tag();
    }
}
