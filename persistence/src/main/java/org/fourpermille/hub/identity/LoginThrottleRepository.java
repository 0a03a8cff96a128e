package org.fourpermille.hub.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Failed sign-in counters per scope (an account from one address, or an account from anywhere), kept in
 * PostgreSQL so that every node of a cluster sees and adds to the same counts. Counters are updated with
 * one atomic upsert, so concurrent failures on two nodes are both counted.
 */
@ApplicationScoped
public class LoginThrottleRepository {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    /** Counts one more failure in the scope and returns the new count (1 after a long quiet period). */
    public int recordFailure(String scope, Instant now) {
        Object count = em.createNativeQuery(
                        "INSERT INTO login_throttle (scope, failures, last_failure_at) VALUES (?1, 1, ?2) "
                                + "ON CONFLICT (scope) DO UPDATE SET "
                                + "failures = CASE WHEN login_throttle.last_failure_at < ?3 THEN 1 "
                                + "ELSE login_throttle.failures + 1 END, last_failure_at = ?2 "
                                + "RETURNING failures")
                .setParameter(1, scope)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.minus(ThrottlePolicy.MEMORY)))
                .getSingleResult();
        return ((Number) count).intValue();
    }

    /** The failure count and the time of the last failure of a scope, if it has recent failures. */
    public Optional<Failures> find(String scope, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT failures, last_failure_at FROM login_throttle WHERE scope = ?1 AND last_failure_at >= ?2")
                .setParameter(1, scope)
                .setParameter(2, Timestamp.from(now.minus(ThrottlePolicy.MEMORY)))
                .getResultList();
        return rows.stream().findFirst().map(row -> new Failures(((Number) row[0]).intValue(), toInstant(row[1])));
    }

    public void clear(String scope) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE scope = ?1").setParameter(1, scope).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    public record Failures(int count, Instant last) {
    }
}
