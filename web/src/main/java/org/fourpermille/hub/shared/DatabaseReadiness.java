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
            return HealthCheckResponse.named("database")
                    .status(expected != null && expected.equals(actual))
                    .withData("schemaVersion", String.valueOf(actual))
                    .withData("expectedVersion", String.valueOf(expected))
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
