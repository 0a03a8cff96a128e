package org.fourpermille.hub.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;

/**
 * One submission of a shown form, one record: the form carries a token made when the page was shown, and
 * {@link #once} writes it to {@code form_submission} (unique) in the transaction that creates the record.
 * A second submission of the same page, sequential or at the same moment on any node, waits on that row
 * (PostgreSQL holds a conflicting insert until the first transaction ends) and gets the first record's id
 * back instead of creating another; if the first was refused (rolled back), the second runs as new.
 *
 * <p>Usage, in a backing bean: {@code long id = submissions.once(formToken.posted("newTopic"), "forum.topic",
 * () -> forum.startTopic(...));} then redirect to the record {@code id}, the same for both submissions. The
 * creating service keeps all its checks: it runs inside, for the first submission.
 *
 * <p>A CDI bean with {@code @Transactional} rather than an EJB: the exceptions of the creating service (a
 * refusal, a denied access) reach the caller as they were thrown, not wrapped as an EJB system exception.
 */
@ApplicationScoped
@Transactional
public class FormSubmissions {

    /** What a token looks like: 16 random bytes in URL-safe Base64. Anything else is treated as no token. */
    public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
    /** Long enough for any double submission; a page sent again days later makes a new record. */
    static final Duration KEPT = Duration.ofDays(2);
    private static final int PURGED_PER_INSERT = 100;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    /**
     * Runs {@code create} unless a submission with the same token already created its record, and returns the
     * record's id either way. Without a well-formed token (an old page, a script), {@code create} just runs.
     *
     * @param form what the form creates ({@code forum.topic}); a token sent to another form is refused
     * @throws BusinessException {@code form.error.tokenElsewhere} when the token belongs to another form or person
     */
    public long once(String token, String form, LongSupplier create) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return create.getAsLong();
        }
        Instant now = clock.now();
        purge(now);
        String caller = security.getCallerPrincipal() == null ? "" : security.getCallerPrincipal().getName();
        int claimed = em.createNativeQuery("INSERT INTO form_submission (token, form, caller, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (token) DO NOTHING")
                .setParameter(1, token).setParameter(2, form).setParameter(3, caller).setParameter(4, Timestamp.from(now))
                .executeUpdate();
        if (claimed == 1) {
            long id = create.getAsLong();
            em.createNativeQuery("UPDATE form_submission SET result_id = ?1 WHERE token = ?2")
                    .setParameter(1, id).setParameter(2, token).executeUpdate();
            return id;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> first = em.createNativeQuery("SELECT form, caller, result_id FROM form_submission WHERE token = ?1")
                .setParameter(1, token).getResultList();
        if (first.isEmpty() || first.get(0)[2] == null || !form.equals(first.get(0)[0]) || !caller.equals(first.get(0)[1])) {
            throw new BusinessException("form.error.tokenElsewhere");
        }
        return ((Number) first.get(0)[2]).longValue();
    }

    /** A few expired rows per insert, skipping those another transaction holds: nobody waits for the purge. */
    private void purge(Instant now) {
        em.createNativeQuery("DELETE FROM form_submission WHERE token IN (SELECT token FROM form_submission "
                        + "WHERE created_at < ?1 ORDER BY created_at LIMIT " + PURGED_PER_INSERT + " FOR UPDATE SKIP LOCKED)")
                .setParameter(1, Timestamp.from(now.minus(KEPT))).executeUpdate();
    }
}
