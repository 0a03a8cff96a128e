package org.fourpermille.hub.config;

import java.time.Duration;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * All settings of the platform. The README's settings table is checked against this enum by a test,
 * so a new constant must be documented there too.
 *
 * <p>Usage: {@code Setting.BASE_URL.lookup(String.class)}. A key {@code hub.mail.smtp.host} can be
 * overridden by the environment variable {@code HUB_MAIL_SMTP_HOST} (MicroProfile Config's mapping rule)
 * or by the system property of the same name.
 *
 * <p>Read settings through this enum rather than {@code @Inject @ConfigProperty}: passivating scopes
 * ({@code @ViewScoped}, {@code @SessionScoped}) cannot hold the non-serializable injected config.
 */
public enum Setting {

    DB_URL("hub.db.url", "jdbc:postgresql://localhost:5432/hub",
            "JDBC URL of the PostgreSQL database. The one-command run sets it to its embedded server."),
    DB_USER("hub.db.user", "hub", "Database user."),
    DB_PASSWORD("hub.db.password", "", "Database password."),
    DEMO_DATA("hub.demo.enabled", "false",
            "Load the demo organisations and accounts into an empty database. The one-command run sets it to true."),
    BASE_URL("hub.base-url", "http://localhost:8080",
            "Public address of the platform, used in links sent by email."),
    MAIL_TRANSPORT("hub.mail.transport", "smtp",
            "smtp: deliver through the SMTP server below. outbox: keep mail in the database only, "
                    + "readable by administrators (the one-command run uses it)."),
    MAIL_FROM("hub.mail.from", "4 per 1000 platform <no-reply@4p1000.org>", "Sender address of all mail."),
    SMTP_HOST("hub.mail.smtp.host", "localhost", "SMTP server host."),
    SMTP_PORT("hub.mail.smtp.port", "25", "SMTP server port."),
    SMTP_USER("hub.mail.smtp.user", "", "SMTP user name; empty for no authentication."),
    SMTP_PASSWORD("hub.mail.smtp.password", "", "SMTP password."),
    SMTP_STARTTLS("hub.mail.smtp.starttls", "false", "Require STARTTLS on the SMTP connection."),
    JOB_POLL_INTERVAL("hub.jobs.poll-interval", "PT5S",
            "How often each node looks for background work (mail to send), as an ISO-8601 duration."),
    PASSWORD_ITERATIONS("hub.security.pbkdf2.iterations", "600000",
            "PBKDF2-HMAC-SHA256 iterations for new password hashes (never below 600000). "
                    + "Existing hashes keep theirs and are upgraded at the next sign-in."),
    LOGIN_FREE_FAILURES("hub.security.throttle.free-failures", "5",
            "Failed sign-ins allowed for an account from one address before each further attempt must wait."),
    LOGIN_BASE_DELAY("hub.security.throttle.base-delay", "PT2S",
            "First wait after the free failures; it doubles with each further failure."),
    LOGIN_MAX_DELAY("hub.security.throttle.max-delay", "PT15M", "Longest wait between sign-in attempts."),
    RESET_LINK_VALIDITY("hub.security.reset-link-validity", "PT1H", "How long a password reset link works."),
    INVITATION_VALIDITY("hub.security.invitation-validity", "P7D", "How long an invitation link works."),
    UPLOAD_MAX_BYTES("hub.upload.max-bytes", "10485760",
            "Largest file accepted for upload, in bytes (at most 52428800, the web tier's multipart limit)."),
    APPLICATION_LINK_VALIDITY("hub.membership.application-link-validity", "P90D",
            "How long the applicant's link keeps working after the last change of a draft or after the decision (always while in review)."),
    METRICS_ALLOWED_ADDRESSES("hub.metrics.allowed-addresses", "127.0.0.1,::1",
            "Addresses (comma-separated IP literals) that may read /metrics directly; a request through a proxy needs the token."),
    METRICS_TOKEN("hub.metrics.token", "",
            "Bearer token that lets a scraper read /metrics from any address; empty: no token accepted."),
    HTTP_PORT("hub.http.port", "8080", "HTTP port of the one-command run."),
    DATA_DIR("hub.data.dir", "data",
            "Folder of the one-command run's embedded database (relative to the repository)."),
    CLUSTER_NAME("hub.cluster.name", "hub-local",
            "Data grid name of the local cluster (Payara Micro --clustername): only nodes with the same name join."),
    CLUSTER_INTERFACE("hub.cluster.interface", "127.0.0.1",
            "Address on which the local cluster's nodes, data grid and load balancer listen."),
    CLUSTER_NODE_PORT("hub.cluster.node-port", "8081",
            "HTTP port of the local cluster's first node; the second and third take the next two."),
    CLUSTER_GRID_PORT("hub.cluster.grid-port", "5901",
            "Data grid port of the local cluster's first node; the second and third take the next two."),
    CLUSTER_STATS_PORT("hub.cluster.stats-port", "8404", "Port of the load balancer's statistics page in the local cluster."),
    CLUSTER_HAPROXY("hub.cluster.haproxy", "/usr/sbin/haproxy", "The HAProxy program of the local cluster.");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    /** The environment variable that overrides this setting, following MicroProfile Config's mapping. */
    public String environmentVariable() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** The configured value, or the documented default converted to the same type. */
    public <T> T lookup(Class<T> type) {
        Config config = ConfigProvider.getConfig();
        Optional<T> configured = config.getOptionalValue(key, type);
        if (configured.isPresent()) {
            return configured.get();
        }
        if (type == String.class) {
            return type.cast(defaultValue);
        }
        return config.getConverter(type)
                .orElseThrow(() -> new NoSuchElementException("No converter for " + type + " (setting " + key + ")"))
                .convert(defaultValue);
    }

    /**
     * The value seen by a plain JVM without MicroProfile Config (the launcher, test harnesses): the system
     * property, else the environment variable, else the default.
     */
    public String lookupOutsideContainer() {
        String value = System.getProperty(key);
        if (value == null) {
            value = System.getenv(environmentVariable());
        }
        return value != null ? value : defaultValue;
    }

    /** Whether the system property or the environment variable sets this value, outside a container. */
    public boolean isSetOutsideContainer() {
        return System.getProperty(key) != null || System.getenv(environmentVariable()) != null;
    }

    public String lookup() {
        return lookup(String.class);
    }

    public int lookupInt() {
        return lookup(Integer.class);
    }

    public boolean lookupBoolean() {
        return lookup(Boolean.class);
    }

    public Duration lookupDuration() {
        return Duration.parse(lookup());
    }
}
