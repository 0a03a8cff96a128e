package org.fourpermille.hub.notification;

import java.sql.Timestamp;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.operations.JobFailure;
import org.fourpermille.hub.shared.operations.JobQueue;
import org.fourpermille.hub.shared.operations.QueueState;

/**
 * Notification mail as a queue: notifications to mail at once that wait or that a node is mailing now
 * (locked by {@link NotificationJobs#mailImmediate()}), and those mailed. Failures to deliver show in the
 * mail queue, where the mail is; digests are {@link DigestQueue}.
 */
@ApplicationScoped
public class NotificationQueue implements JobQueue {

    static final String NAME_KEY = "operations.queue.notifications";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public String nameKey() {
        return NAME_KEY;
    }

    @Override
    public QueueState state() {
        Timestamp window = Timestamp.from(clock.now().minus(DigestPeriod.MAIL_WINDOW));
        String due = " FROM notification WHERE mailed_at IS NULL AND immediate AND created_at > ?1";
        long pending = count("SELECT count(*)" + due, window);
        long waiting = count("SELECT count(*) FROM (SELECT id" + due + " FOR KEY SHARE SKIP LOCKED) w", window);
        long done = count("SELECT count(*) FROM notification WHERE mailed_at IS NOT NULL", null);
        return new QueueState(NAME_KEY, waiting, Math.max(0, pending - waiting), QueueState.NONE, done);
    }

    @Override
    public List<JobFailure> failures(int max) {
        return List.of();
    }

    private long count(String sql, Timestamp parameter) {
        var query = em.createNativeQuery(sql);
        if (parameter != null) {
            query.setParameter(1, parameter);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Digest runs: one row per period, claimed by the node whose insert won, finished when its mail is written. */
    @ApplicationScoped
    public static class DigestQueue implements JobQueue {

        static final String NAME_KEY = "operations.queue.digests";

        @PersistenceContext(unitName = "hub")
        private EntityManager em;

        @Override
        public String nameKey() {
            return NAME_KEY;
        }

        @Override
        public QueueState state() {
            Object[] row = (Object[]) em.createNativeQuery("SELECT count(*) FILTER (WHERE finished_at IS NULL),"
                    + " count(*) FILTER (WHERE finished_at IS NOT NULL) FROM digest_run").getSingleResult();
            return new QueueState(NAME_KEY, QueueState.NONE, ((Number) row[0]).longValue(), QueueState.NONE,
                    ((Number) row[1]).longValue());
        }

        @Override
        public List<JobFailure> failures(int max) {
            return List.of();
        }
    }
}
