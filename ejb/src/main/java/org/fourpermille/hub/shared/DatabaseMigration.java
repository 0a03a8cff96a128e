package org.fourpermille.hub.shared;

import java.util.Arrays;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's data source from MicroProfile Config (so the same archive runs on Payara
 * Micro, Payara Server and in tests) and brings the schema up to date with Flyway before anything else
 * starts. Flyway takes a PostgreSQL advisory lock, so nodes starting together migrate once.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=hub.db.url}",
        user = "${MPCONFIG=hub.db.user}",
        password = "${MPCONFIG=hub.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        // A connection is checked (SELECT 1) when it is handed out, and one found broken drops them all: after a
        // database restart or failover the pool reconnects by itself and no request gets a dead connection.
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.fail-all-connections=true"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/hub";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private volatile String expectedVersion;

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway();
        MigrateResult result = flyway.migrate();
        expectedVersion = Arrays.stream(flyway.info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v != null)
                .max(Comparable::compareTo)
                .map(Object::toString)
                .orElse(null);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    private Flyway flyway() {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    /** The newest migration this build carries; readiness compares it with the database. */
    public String expectedVersion() {
        return expectedVersion;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
