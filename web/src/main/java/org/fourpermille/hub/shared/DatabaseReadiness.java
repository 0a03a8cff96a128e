package org.fourpermille.hub.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Ready when the database answers and its schema is at least at the version this build expects: a node
 * must not take traffic against a database that is not migrated yet, or is still migrating. A schema
 * ahead of the build is fine: migrations only expand (docs/operations.md, "Rolling upgrade"), so during a
 * rolling upgrade the nodes still on the old build keep serving while the first new one has migrated.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DatabaseReadiness.class.getName());

    @Inject
    private DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        String expected = migration.expectedVersion();
        try (Connection connection = migration.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM flyway_schema_history "
                     + "WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            String actual = rows.next() ? rows.getString(1) : null;
            boolean ready = compatible(expected, actual);
            if (!ready) {
                LOG.warning(() -> "Not ready: schema version " + actual + ", this build expects " + expected + " or later");
            }
            // Up or down only: /health is public, so versions and errors go to the log, not to the answer.
            return HealthCheckResponse.named("database").status(ready).build();
        } catch (SQLException e) {
            LOG.log(java.util.logging.Level.WARNING, "Not ready: the database does not answer", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }

    /** Whether a build that expects schema {@code expected} can serve on schema {@code actual} (Flyway versions: 9 < 10). */
    static boolean compatible(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MigrationVersion.fromVersion(actual).compareTo(MigrationVersion.fromVersion(expected)) >= 0;
    }
}
