package org.fourpermille.hub.shared.operations;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.shared.Role;

/** The administrator's Operations page: the background work of every feature, and the nodes of the cluster. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Operations {

    static final int FAILURES_SHOWN = 10;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    @Any
    private Instance<JobQueue> queues;

    @Inject
    private OperationsFigures figures;

    public List<QueueState> queues() {
        return figures.queues();
    }

    public List<JobFailure> failures() {
        return sortedQueues().stream().flatMap(q -> q.failures(FAILURES_SHOWN).stream())
                .sorted(Comparator.comparing(JobFailure::at).reversed()).limit(FAILURES_SHOWN).toList();
    }

    /**
     * Every node seen within the last hour, running ones first. "Running" and the uptime are reckoned on the
     * database's clock, the one that wrote every heartbeat, so that nodes' clocks need not agree.
     */
    public List<NodeState> nodes() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT name, version, started_at, last_seen_at,"
                        + " last_seen_at > now() - make_interval(secs => ?1),"
                        + " extract(epoch FROM (CASE WHEN last_seen_at > now() - make_interval(secs => ?1)"
                        + " THEN now() ELSE last_seen_at END) - started_at)"
                        + " FROM cluster_node WHERE last_seen_at > now() - interval '1 hour' ORDER BY started_at")
                .setParameter(1, (double) NodeHeartbeat.GONE_AFTER.toSeconds())
                .getResultList();
        return rows.stream().map(row -> new NodeState((String) row[0], (String) row[1], instant(row[2]), instant(row[3]),
                        (Boolean) row[4], NodeHeartbeat.NAME.equals(row[0]),
                        Duration.ofSeconds(((Number) row[5]).longValue())))
                .sorted(Comparator.comparing((NodeState n) -> !n.running())).toList();
    }

    private List<JobQueue> sortedQueues() {
        return queues.stream().sorted(Comparator.comparing(JobQueue::nameKey)).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }
}
