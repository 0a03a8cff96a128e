package org.fourpermille.hub.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.config.launcher.EmbeddedDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Starts the real parts the integration tests need before any test class, once per test JVM: an
 * embedded PostgreSQL (fresh each run) and a GreenMail SMTP server. Payara Micro, started by Arquillian
 * in its own process, receives their addresses as system properties through {@code payara.cmdOptions}.
 */
public class TestEnvironment implements LauncherSessionListener {

    /** Links in mail start with this; tests replace it with the deployment's real address. */
    public static final String MAIL_BASE_URL = "http://hub.test";
    /** The operator's token for /metrics in tests (any address may present it). */
    public static final String METRICS_TOKEN = "test-metrics-token-4p1000";

    private static EmbeddedDatabase database;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String folder = System.getProperty("hub.test.dir");
        if (folder == null || database != null) {
            return; // unit tests (surefire) need none of this
        }
        Path dir = Path.of(folder);
        deleteRecursively(dir.resolve("postgres"));
        database = EmbeddedDatabase.start(dir.resolve("postgres"), "hub");
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        int smtpPort = mail.getSmtp().getPort();
        String options = String.join(" ",
                property(Setting.DB_URL, database.jdbcUrl()),
                property(Setting.DB_USER, database.user()),
                property(Setting.DB_PASSWORD, database.password()),
                property(Setting.DEMO_DATA, "true"),
                property(Setting.MAIL_TRANSPORT, "smtp"),
                property(Setting.SMTP_HOST, "127.0.0.1"),
                property(Setting.SMTP_PORT, String.valueOf(smtpPort)),
                property(Setting.JOB_POLL_INTERVAL, "PT0.5S"),
                property(Setting.METRICS_TOKEN, METRICS_TOKEN),
                property(Setting.BASE_URL, MAIL_BASE_URL),
                "-Xmx768m");
        System.setProperty("payara.cmdOptions", options);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    public static GreenMail mail() {
        return mail;
    }

    /**
     * Stops the platform's database, runs {@code whileDown} and starts it again on the same address, as an
     * operator's restart of PostgreSQL does under running nodes.
     */
    public static <T> T whileDatabaseDown(Supplier<T> whileDown) {
        return database.restart(whileDown);
    }

    /** A direct connection to the platform's database, for setting up states that take time (expiry). */
    public static Connection connection() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    /**
     * Adds an active account whose password is the demo password (its hash is copied from the demo
     * administrator), so a test can change it without disturbing the other test classes.
     */
    public static void createAccount(String email, String name, String language, String... roles) throws SQLException {
        try (Connection db = connection()) {
            try (var insert = db.prepareStatement("INSERT INTO account (email, display_name, password_hash, status, locale, "
                    + "created_at) SELECT ?, ?, password_hash, 'ACTIVE', ?, now() FROM account WHERE email = 'admin@example.org'")) {
                insert.setString(1, email);
                insert.setString(2, name);
                insert.setString(3, language.toUpperCase(java.util.Locale.ROOT));
                if (insert.executeUpdate() != 1) {
                    throw new IllegalStateException("The demo administrator is missing: demo data not loaded?");
                }
            }
            for (String role : roles) {
                if ("STC_EXPERT".equals(role)) {
                    appointToStc(db, email, java.time.LocalDate.now().minusMonths(1), java.time.LocalDate.now().plusYears(2));
                    continue; // only an STC term makes an expert
                }
                try (var grant = db.prepareStatement(
                        "INSERT INTO account_role (account_id, role) SELECT id, ? FROM account WHERE email = ?")) {
                    grant.setString(1, role);
                    grant.setString(2, email);
                    grant.executeUpdate();
                }
            }
        }
    }

    /** Appoints the person to the STC for that term, as the secretariat would on the STC's members page. */
    public static void appointToStc(String email, java.time.LocalDate startsOn, java.time.LocalDate endsOn) throws SQLException {
        try (Connection db = connection()) {
            appointToStc(db, email, startsOn, endsOn);
        }
    }

    private static void appointToStc(Connection db, String email, java.time.LocalDate startsOn, java.time.LocalDate endsOn)
            throws SQLException {
        try (var appoint = db.prepareStatement("INSERT INTO group_term (group_id, account_id, starts_on, ends_on, appointed_by, "
                + "appointed_at) SELECT g.id, a.id, ?, ?, 'secretariat@example.org', now() FROM hub_group g, account a "
                + "WHERE g.code = 'STC' AND a.email = ?")) {
            appoint.setObject(1, startsOn);
            appoint.setObject(2, endsOn);
            appoint.setString(3, email);
            if (appoint.executeUpdate() != 1) {
                throw new IllegalStateException("No account " + email);
            }
        }
    }

    private static String property(Setting setting, String value) {
        return "-D" + setting.key() + "=" + value;
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot clean " + path, e);
        }
    }
}
