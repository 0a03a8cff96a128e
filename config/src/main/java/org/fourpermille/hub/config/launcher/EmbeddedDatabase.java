package org.fourpermille.hub.config.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from the binaries on Maven Central, with its data in a folder of
 * our choosing (kept between runs unless the caller deletes it).
 *
 * <p>Usage: {@code try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, "hub")) { db.jdbcUrl(); }}
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final String databaseName;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String databaseName) {
        this.postgres = postgres;
        this.databaseName = databaseName;
    }

    /**
     * Starts PostgreSQL on a free local port with its cluster in {@code folder/pgdata}, creating the
     * database {@code databaseName} when it does not exist yet.
     */
    public static EmbeddedDatabase start(Path folder, String databaseName) {
        try {
            Path data = folder.resolve("pgdata");
            Path work = folder.resolve("work");
            Files.createDirectories(data);
            Files.createDirectories(work);
            // Unix sockets are off so the server runs under any user, root included (CI machines).
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(work.toFile())
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "200")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, databaseName);
            database.createDatabaseIfMissing();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, databaseName);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE \"" + databaseName.replace("\"", "") + "\" ENCODING 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + databaseName, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + databaseName;
    }

    public String user() {
        return USER;
    }

    /** The embedded cluster trusts local connections; any password is accepted. */
    public String password() {
        return "postgres";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}
