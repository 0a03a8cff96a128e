package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.fourpermille.hub.config.launcher.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR deploys on a real Payara Server domain (the production runtime of a cluster, which Payara Micro
 * cannot stand in for: Micro refuses EARs) against a real PostgreSQL, migrates it, and serves its pages.
 *
 * <p>One domain is created, started and stopped for the whole class. Everything lives under
 * {@code target/payara-it}: the database, the domain ({@code domains/hubtest/logs/server.log}) and one
 * log file per asadmin command ({@code logs/}). A failed assertion quotes the end of server.log.
 *
 * <p>Run with {@code ./mvnw verify -pl ear} after installing the other modules. The ports are
 * {@code hub.test.portbase} (default 28000) + 48 for admin and + 80 for HTTP; change it with
 * {@code -Dhub.test.portbase=...} when those are taken.
 */
class EarOnPayaraServerIT {

    private static final String APPLICATION_NAME_EN = "4 per 1000 collaborative platform";
    private static final String DOMAIN = "hubtest";
    private static final String APPLICATION = "hub";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);
    private static final int SERVER_LOG_TAIL_LINES = 80;

    private static final AtomicInteger COMMANDS = new AtomicInteger();

    private static Path payaraHome;
    private static Path ear;
    private static Path workDir;
    private static Path domainsDir;
    private static Path logsDir;
    private static int adminPort;
    private static int httpPort;

    private static CompletableFuture<EmbeddedDatabase> database;
    private static boolean domainCreated;
    private static boolean deployed;
    private static boolean stopped;
    private static Thread shutdownHook;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeAll
    static void deployEarOnPayaraServer() throws Exception {
        payaraHome = Path.of(requiredProperty("hub.test.payaraHome"));
        ear = Path.of(requiredProperty("hub.test.ear"));
        workDir = Path.of(requiredProperty("hub.test.dir"));
        int portbase = Integer.parseInt(requiredProperty("hub.test.portbase"));
        adminPort = portbase + 48;
        httpPort = portbase + 80;
        domainsDir = workDir.resolve("domains");
        logsDir = workDir.resolve("logs");
        assertTrue(Files.isRegularFile(ear), () -> "No EAR at " + ear + ": run the package phase first");
        assertTrue(Files.isRegularFile(asadminScript()),
                () -> "No asadmin at " + asadminScript() + ": the Payara Server zip was not unpacked");

        stopDomainLeftFromAKilledRun();
        stopDatabaseLeftFromAKilledRun();
        deleteRecursively(workDir);
        COMMANDS.set(0);
        Files.createDirectories(logsDir);
        assertPortFree(adminPort);
        assertPortFree(httpPort);

        // A Ctrl-C on the build skips @AfterAll; the domain runs in its own process and would outlive us.
        shutdownHook = new Thread(EarOnPayaraServerIT::stopEverything, "stop-payara-it");
        Runtime.getRuntime().addShutdownHook(shutdownHook);

        // PostgreSQL starts while the domain is created and started, which take far longer.
        Path databaseDir = workDir.resolve("postgres");
        database = CompletableFuture.supplyAsync(() -> EmbeddedDatabase.start(databaseDir, "hub"));

        asadmin("create-domain", "--nopassword", "--portbase", String.valueOf(portbase),
                "--domaindir", domainsDir.toString(), DOMAIN);
        domainCreated = true;
        asadmin("start-domain", "--domaindir", domainsDir.toString(), DOMAIN);
        EmbeddedDatabase db = database.join();

        // Set before the deployment, which resolves @DataSourceDefinition's ${MPCONFIG=...} placeholders.
        asadminOnDomain("create-system-properties", systemProperties(
                "hub.db.url", db.jdbcUrl(),
                "hub.db.user", db.user(),
                "hub.db.password", db.password(),
                "hub.mail.transport", "outbox",
                "hub.demo.enabled", "true"));
        asadminOnDomain("deploy", "--name", APPLICATION, ear.toString());
        deployed = true;
    }

    @AfterAll
    static void undeployAndStopEverything() {
        try {
            stopEverything();
        } finally {
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // the hook runs anyway and finds everything stopped
                }
            }
        }
    }

    @Test
    void homePageShowsTheApplicationNameInEnglish() {
        HttpResponse<String> response = get("/");

        assertEquals(200, response.statusCode(), () -> "GET / answered " + response.statusCode() + serverLogTail());
        assertTrue(response.body().contains(APPLICATION_NAME_EN),
                () -> "GET / does not show \"" + APPLICATION_NAME_EN + "\":\n" + response.body() + serverLogTail());
    }

    @Test
    void loginPageAsksForEmailAndPassword() {
        HttpResponse<String> response = get("/login.xhtml");

        assertEquals(200, response.statusCode(),
                () -> "GET /login.xhtml answered " + response.statusCode() + serverLogTail());
        String body = response.body();
        assertTrue(body.contains(APPLICATION_NAME_EN) && body.contains("type=\"password\""),
                () -> "The login page lacks the application name or a password field:\n" + body + serverLogTail());
    }

    /** Payara Server ignores web.xml's cookie-config attribute; SameSite must come from glassfish-web.xml. */
    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> response = get("/login.xhtml");

        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("HUBSESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No HUBSESSION cookie from the login page: "
                        + response.headers().map() + serverLogTail()));
        String attributes = cookie.toLowerCase(Locale.ROOT);
        assertTrue(attributes.contains("; httponly") && attributes.contains("; samesite=lax"),
                () -> "The session cookie lacks HttpOnly or SameSite=Lax: " + cookie);
    }

    @Test
    void readinessReportsTheMigratedDatabase() {
        HttpResponse<String> response = get("/health/ready");

        assertEquals(200, response.statusCode(),
                () -> "GET /health/ready answered " + response.statusCode() + ": " + response.body() + serverLogTail());
        assertTrue(response.body().contains("\"database\""),
                () -> "The readiness answer lacks the database check: " + response.body() + serverLogTail());
    }

    private static HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .header("Accept-Language", "en")
                .timeout(Duration.ofMinutes(1))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return fail("GET " + path + " failed: " + e + serverLogTail(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted during GET " + path, e);
        }
    }

    /** Idempotent: run by @AfterAll and, if the JVM is stopped first, by the shutdown hook. */
    private static synchronized void stopEverything() {
        if (stopped) {
            return;
        }
        stopped = true;
        List<String> problems = new ArrayList<>();
        if (deployed && asadminQuietly(true, "undeploy", APPLICATION) != 0) {
            problems.add("undeploy failed");
        }
        if (domainCreated
                && asadminQuietly(false, "stop-domain", "--domaindir", domainsDir.toString(), DOMAIN) != 0
                && asadminQuietly(false, "stop-domain", "--kill=true", "--domaindir", domainsDir.toString(), DOMAIN) != 0) {
            problems.add("the domain did not stop; its process may still run from " + domainsDir.resolve(DOMAIN));
        }
        if (database != null) {
            try {
                // Waits for a start still under way, so that a failed domain start leaves no PostgreSQL behind.
                database.join().close();
            } catch (CompletionException didNotStart) {
                // nothing to stop; @BeforeAll reported it
            } catch (RuntimeException e) {
                problems.add("PostgreSQL did not stop: " + e);
            }
        }
        // An undeployment problem after a passing test is still a failure: the next run would find leftovers.
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("; ", problems) + " (see " + logsDir + ")" + serverLogTail());
        }
    }

    /** A running domain has a config/pid file; a clean stop removes it. */
    private static void stopDomainLeftFromAKilledRun() {
        if (Files.exists(domainsDir.resolve(DOMAIN).resolve("config").resolve("pid"))) {
            asadminQuietly(false, "stop-domain", "--kill=true", "--domaindir", domainsDir.toString(), DOMAIN);
        }
    }

    /** A running PostgreSQL keeps its process id on the first line of postmaster.pid. */
    private static void stopDatabaseLeftFromAKilledRun() throws IOException {
        Path pidFile = workDir.resolve("postgres").resolve("pgdata").resolve("postmaster.pid");
        if (Files.isRegularFile(pidFile)) {
            String pid = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
            if (pid.matches("\\d+")) {
                ProcessHandle.of(Long.parseLong(pid))
                        .filter(process -> process.info().command().orElse("").contains("postgres"))
                        .ifPresent(process -> {
                            process.destroy();
                            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                        });
            }
        }
    }

    /** A local command (domain creation, start and stop). */
    private static void asadmin(String command, String... arguments) {
        check(false, command, arguments);
    }

    /** A remote command, sent to the running domain's admin port. */
    private static void asadminOnDomain(String command, String... arguments) {
        check(true, command, arguments);
    }

    private static void check(boolean remote, String command, String... arguments) {
        Path log = logFile(command);
        int exit = run(log, remote, command, arguments);
        if (exit != 0) {
            fail("asadmin " + command + " exited with " + exit + ":\n" + read(log) + serverLogTail());
        }
    }

    /** For the clean-up, which must go on after a failed step: the exit code, never an exception. */
    private static int asadminQuietly(boolean remote, String command, String... arguments) {
        try {
            return run(logFile(command), remote, command, arguments);
        } catch (RuntimeException | AssertionError e) {
            return -1;
        }
    }

    private static int run(Path log, boolean remote, String command, String... arguments) {
        List<String> line = new ArrayList<>();
        if (isWindows()) {
            line.add("cmd");
            line.add("/c");
        } else {
            line.add("sh");
        }
        line.add(asadminScript().toString());
        line.add("--interactive=false");
        if (remote) {
            line.addAll(List.of("--host", "localhost", "--port", String.valueOf(adminPort)));
        }
        line.add(command);
        line.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "$ " + String.join(" ", line) + System.lineSeparator());
            ProcessBuilder builder = new ProcessBuilder(line)
                    .redirectErrorStream(true)
                    // A file, not a pipe: start-domain leaves a server behind that inherits these handles.
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            // The domain runs on the JDK that runs the tests, not on whatever JAVA_HOME says.
            builder.environment().put("AS_JAVA", System.getProperty("java.home"));
            Process process = builder.start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("asadmin " + command + " did not finish in " + COMMAND_TIMEOUT + ":\n"
                        + read(log) + serverLogTail());
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run asadmin " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running asadmin " + command, e);
        }
    }

    private static Path logFile(String command) {
        return logsDir.resolve(String.format(Locale.ROOT, "%02d-asadmin-%s.log", COMMANDS.incrementAndGet(), command));
    }

    /** asadmin's name=value:name=value syntax: ':' and '=' inside a value need a backslash. */
    private static String systemProperties(String... namesAndValues) {
        StringBuilder properties = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!properties.isEmpty()) {
                properties.append(':');
            }
            properties.append(namesAndValues[i]).append('=')
                    .append(namesAndValues[i + 1].replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\="));
        }
        return properties.toString();
    }

    private static String serverLogTail() {
        Path serverLog = domainsDir == null ? null : domainsDir.resolve(DOMAIN).resolve("logs").resolve("server.log");
        if (serverLog == null || !Files.isRegularFile(serverLog)) {
            return "\n(no server.log yet)";
        }
        List<String> lines = read(serverLog).lines().toList();
        return "\n--- last " + SERVER_LOG_TAIL_LINES + " lines of " + serverLog + " ---\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - SERVER_LOG_TAIL_LINES), lines.size()));
    }

    private static void assertPortFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            // free
        } catch (IOException e) {
            fail("Port " + port + " is taken. A domain from an earlier run may still be up (look for a java process "
                    + "with " + DOMAIN + " in its command line), or choose other ports with -Dhub.test.portbase=...");
        }
    }

    private static Path asadminScript() {
        return payaraHome.resolve("bin").resolve(isWindows() ? "asadmin.bat" : "asadmin");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static File nullDevice() {
        return new File(isWindows() ? "NUL" : "/dev/null");
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            fail("System property " + name + " is not set: run this test through Maven (failsafe sets it in ear/pom.xml)");
        }
        return value;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
