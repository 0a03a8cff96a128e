package org.fourpermille.hub.shared.operations;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The figures of the background work and of the database, read for the operator: the administrator's
 * Operations page and the metrics that a scraper reads (which comes without a signed-in caller, hence no
 * role here; {@code /metrics} itself is for the operator only). Only counts, never a person's data.
 */
@Stateless
@PermitAll
public class OperationsFigures {

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    @Any
    private Instance<JobQueue> queues;

    /** Every kind of background work with how much of it waits, runs, failed and is done, by name. */
    public List<QueueState> queues() {
        return queues.stream().sorted(Comparator.comparing(JobQueue::nameKey)).map(JobQueue::state).toList();
    }

    /**
     * The connections open to the platform's database from every node, by state ({@code active},
     * {@code idle}, {@code idle in transaction}...), as PostgreSQL counts them.
     */
    public Map<String, Long> databaseConnections() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT coalesce(state, 'unknown'), count(*) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND backend_type = 'client backend' GROUP BY 1 ORDER BY 1").getResultList();
        Map<String, Long> byState = new LinkedHashMap<>();
        rows.forEach(row -> byState.put((String) row[0], ((Number) row[1]).longValue()));
        return byState;
    }
}
