package org.fourpermille.hub.shared.mail;

import java.sql.Timestamp;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.shared.operations.JobFailure;
import org.fourpermille.hub.shared.operations.JobQueue;
import org.fourpermille.hub.shared.operations.QueueState;

/**
 * Outgoing mail as a queue: waiting, being delivered by a node right now (its row locked by
 * {@link MailDeliveryJob}'s {@code FOR UPDATE}), given up, delivered or kept in the outbox.
 */
@ApplicationScoped
public class MailQueue implements JobQueue {

    static final String NAME_KEY = "operations.queue.mail";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Override
    public String nameKey() {
        return NAME_KEY;
    }

    @Override
    public QueueState state() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                + " count(*) FILTER (WHERE status = 'PENDING'),"
                + " count(*) FILTER (WHERE status = 'FAILED'),"
                + " count(*) FILTER (WHERE status IN ('SENT', 'KEPT'))"
                + " FROM outgoing_mail").getSingleResult();
        // The rows a node is delivering are locked; these are the others. KEY SHARE is the weakest lock.
        long waiting = ((Number) em.createNativeQuery("SELECT count(*) FROM (SELECT id FROM outgoing_mail"
                + " WHERE status = 'PENDING' FOR KEY SHARE SKIP LOCKED) w").getSingleResult()).longValue();
        long pending = ((Number) row[0]).longValue();
        return new QueueState(NAME_KEY, waiting, Math.max(0, pending - waiting), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }

    @Override
    public List<JobFailure> failures(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, created_at, attempts, last_error FROM outgoing_mail"
                + " WHERE status = 'FAILED' ORDER BY created_at DESC LIMIT " + max).getResultList();
        return rows.stream().map(r -> new JobFailure(NAME_KEY, ((Timestamp) r[1]).toInstant(),
                "#" + r[0] + " (" + r[2] + ")", r[3] == null ? "" : (String) r[3])).toList();
    }
}
