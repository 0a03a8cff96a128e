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

/**
 * Ready when the database answers and its schema is at the version this build expects: a node must not
 * take traffic against a database that another version migrated, or that is still migrating.
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
            boolean ready = expected != null && expected.equals(actual);
            if (!ready) {
                LOG.warning(() -> "Not ready: schema version " + actual + ", this build expects " + expected);
            }
            // Up or down only: /health is public, so versions and errors go to the log, not to the answer.
            return HealthCheckResponse.named("database").status(ready).build();
        } catch (SQLException e) {
            LOG.log(java.util.logging.Level.WARNING, "Not ready: the database does not answer", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
