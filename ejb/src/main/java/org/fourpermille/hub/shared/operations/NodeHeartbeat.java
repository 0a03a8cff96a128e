package org.fourpermille.hub.shared.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.fourpermille.hub.shared.DatabaseMigration;

/**
 * Writes this node's row of {@code cluster_node} at start, every {@link #EVERY} after, and removes it at
 * an orderly stop; a node killed stops being seen. The name is the JVM's {@code pid@host}, the same as
 * {@code digest_run.claimed_by}, so that the page tells which node did which digest.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NodeHeartbeat {

    static final Duration EVERY = Duration.ofSeconds(10);
    /** Unseen for longer than this, a node is shown as gone. */
    static final Duration GONE_AFTER = EVERY.multipliedBy(3);
    static final String NAME = ManagementFactory.getRuntimeMXBean().getName();
    private static final Logger LOG = Logger.getLogger(NodeHeartbeat.class.getName());

    @Inject
    private DatabaseMigration migration;

    @Resource
    private ManagedScheduledExecutorService executor;

    private final Instant started = Instant.now();
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        beat();
        schedule = executor.scheduleWithFixedDelay(this::beat, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        try (Connection db = migration.dataSource().getConnection();
             PreparedStatement delete = db.prepareStatement("DELETE FROM cluster_node WHERE name = ?")) {
            delete.setString(1, NAME);
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.INFO, "Could not remove this node from cluster_node; it will show as gone", e);
        }
    }

    private void beat() {
        try (Connection db = migration.dataSource().getConnection();
             PreparedStatement upsert = db.prepareStatement("INSERT INTO cluster_node (name, version, started_at, last_seen_at)"
                     + " VALUES (?, ?, ?, now()) ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version,"
                     + " started_at = EXCLUDED.started_at, last_seen_at = now()")) {
            upsert.setString(1, NAME);
            upsert.setString(2, version());
            upsert.setTimestamp(3, Timestamp.from(started));
            upsert.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not write this node's heartbeat; it runs again in " + EVERY, e);
        }
    }

    /** This build's version and the schema version it expects: "1.0.0-SNAPSHOT, schema 15". */
    String version() {
        return BUILD + ", schema " + migration.expectedVersion();
    }

    private static final String BUILD = readBuild();

    private static String readBuild() {
        Properties build = new Properties();
        try (InputStream in = NodeHeartbeat.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build.getProperty("version", "unknown");
    }
}
