package org.fourpermille.hub.shared.operations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The platform's gauges at {@code /metrics}, registered when the application starts: background work by
 * queue and state ({@code hub_jobs}, a -1 where a queue has no such state; the mail queue's length is
 * {@code queue="mail",state="pending"}),
 * database connections by state ({@code hub_database_connections}, from PostgreSQL, for all nodes),
 * this node's active sessions, and each feature's {@link OperationalFigure} (the matching snapshot's age).
 * The database figures are read at most every {@link #FRESH} whatever the scrape rate, and a database that
 * cannot answer gives -1 rather than a failed scrape.
 */
@ApplicationScoped
public class PlatformMetrics {

    private static final Logger LOG = Logger.getLogger(PlatformMetrics.class.getName());
    static final Duration FRESH = Duration.ofSeconds(5);
    private static final List<String> STATES = List.of("pending", "running", "failed", "done");
    private static final List<String> CONNECTION_STATES = List.of("active", "idle", "idle in transaction");

    @Inject
    private MetricRegistry registry;
    @Inject
    private OperationsFigures figures;
    @Inject
    @Any
    private Instance<JobQueue> queues;
    @Inject
    @Any
    private Instance<OperationalFigure> featureFigures;

    private volatile Snapshot snapshot = new Snapshot(0, List.of(), Map.of(), false);

    private record Snapshot(long readAtNanos, List<QueueState> queues, Map<String, Long> connections, boolean read) {
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (JobQueue kind : queues) {
            String queue = kind.nameKey().substring(kind.nameKey().lastIndexOf('.') + 1);
            for (String state : STATES) {
                gauge("hub_jobs", "Background work by queue and state", () -> jobs(kind.nameKey(), state),
                        new Tag("queue", queue), new Tag("state", state));
            }
        }
        for (String state : CONNECTION_STATES) {
            gauge("hub_database_connections", "Connections open to the platform's database, all nodes, by state",
                    () -> connections(state), new Tag("state", state));
        }
        gauge("hub_sessions_active", "Sessions created by this node and not ended", () -> (double) ActiveSessions.count());
        for (OperationalFigure figure : featureFigures) {
            gauge(figure.name(), figure.description(), figure::value);
        }
    }

    private void gauge(String name, String description, Supplier<Double> value, Tag... tags) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), value, tags);
    }

    /** -1 where the queue has no such state (a digest never waits in a row) or the database did not answer. */
    private double jobs(String nameKey, String state) {
        return current().queues().stream().filter(q -> q.nameKey().equals(nameKey)).findFirst()
                .map(q -> (double) switch (state) {
                    case "pending" -> q.pending();
                    case "running" -> q.running();
                    case "failed" -> q.failed();
                    default -> q.done();
                }).orElse(-1.0);
    }

    /** A read always sees at least its own connection: none means the database did not answer (-1). */
    private double connections(String state) {
        Map<String, Long> byState = current().connections();
        return byState.isEmpty() ? -1 : byState.getOrDefault(state, 0L);
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        if (known.read() && System.nanoTime() - known.readAtNanos() < FRESH.toNanos()) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            if (known.read() && System.nanoTime() - known.readAtNanos() < FRESH.toNanos()) {
                return known;
            }
            try {
                known = new Snapshot(System.nanoTime(), figures.queues(), figures.databaseConnections(), true);
            } catch (RuntimeException unavailable) {
                LOG.log(Level.WARNING, "Metrics: the database did not answer ({0})", unavailable.toString());
                known = new Snapshot(System.nanoTime(), List.of(), Map.of(), true);
            }
            snapshot = known;
            return known;
        }
    }
}
