package org.fourpermille.hub.config.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fourpermille.hub.config.Setting;

/**
 * Starts the platform for a developer or a demo: embedded PostgreSQL (unless {@code HUB_DB_URL} points
 * elsewhere), then Payara Micro with the WAR. Ctrl-C stops Payara Micro first, then PostgreSQL.
 *
 * <p>One run per data folder ({@link DataFolderLock}); what an earlier run left running there is stopped
 * first ({@link Leftovers}); and a {@link Watchdog} stops this run's processes should the launcher die
 * without doing it.
 *
 * <p>Arguments: the WAR, the Payara Micro jar, and the repository root (where {@code ./data} lives);
 * {@code --cluster} after them starts a local cluster instead ({@link LocalCluster}).
 */
public final class Launcher {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        boolean cluster = args.length == 4 && args[3].equals("--cluster");
        if (args.length != 3 && !cluster) {
            System.err.println("Usage: Launcher <platform.war> <payara-micro.jar> <repository root> [--cluster]");
            System.exit(2);
        }
        Path war = Path.of(args[0]).toAbsolutePath();
        Path microJar = Path.of(args[1]).toAbsolutePath();
        Path root = Path.of(args[2]).toAbsolutePath();
        DataFolder folder = new DataFolder(root.resolve(Setting.DATA_DIR.lookupOutsideContainer()).normalize());
        int httpPort = Integer.parseInt(Setting.HTTP_PORT.lookupOutsideContainer());
        if (cluster) {
            LocalCluster.run(war, microJar, root, folder, httpPort);
            return;
        }

        PlatformRun run = takeFolder(folder, httpPort);
        List<String> settings = databaseSettings(run, folder);
        String baseUrl = Setting.BASE_URL.isSetOutsideContainer()
                ? Setting.BASE_URL.lookupOutsideContainer() : "http://localhost:" + httpPort;
        settings.add(property(Setting.BASE_URL, baseUrl));

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings);
        command.addAll(List.of("-jar", microJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(httpPort), "--nocluster",
                "--rootdir", folder.payara().toString()));
        Path log = folder.payaraLog();
        System.out.println("Starting Payara Micro (log: " + log + ") ...");
        Process micro = unlessStopping(run, run.startPayaraMicro(new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())));
        boolean ready = waitUntilReady(micro, httpPort, run);
        if (ready && !run.isStopping()) {
            System.out.println();
            System.out.println("The 4 per 1000 platform is running at " + baseUrl + "/");
            System.out.println("Demo accounts are listed in the README. Press Ctrl-C to stop.");
            System.out.println();
        } else if (!ready && !run.isStopping()) {
            fail(run, "Payara Micro did not become ready; see " + log);
        }
        int exit = micro.waitFor();
        if (!run.isStopping()) {
            System.err.println("Payara Micro stopped by itself (exit code " + exit + "); see " + log);
            run.stop(exit == 0 ? 0 : 1);
        }
        System.exit(run.awaitStopped());
    }

    /**
     * Takes the data folder (or exits, saying who holds it), starts the watchdog, stops what an earlier run
     * left there, and checks the port: everything that can refuse the run before anything starts.
     */
    static PlatformRun takeFolder(DataFolder folder, int httpPort) throws IOException {
        Files.createDirectories(folder.root());
        DataFolderLock lock = null;
        try {
            lock = DataFolderLock.acquireForRun(folder.root(), System.out::println);
        } catch (DataFolderInUseException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
        PlatformRun run = new PlatformRun(lock);
        run.stopOnSignals();
        if (Watchdog.start(folder).isEmpty()) {
            System.out.println("Could not start the watchdog: should this launcher be killed, the next run will stop"
                    + " what it leaves running.");
        }
        try {
            reportLeftovers(Leftovers.stop(lock, folder), folder);
        } catch (RuntimeException e) {
            fail(run, e.getMessage());
        }
        if (!isFree(httpPort)) {
            fail(run, "Port " + httpPort + " is already in use by another program. Stop it, or choose another port"
                    + " with HUB_HTTP_PORT.");
        }
        return run;
    }

    /** The database Payara Micro is to use: the one {@code HUB_DB_URL} names, or the embedded one, started here. */
    static List<String> databaseSettings(PlatformRun run, DataFolder folder) {
        List<String> settings = new ArrayList<>();
        if (Setting.DB_URL.isSetOutsideContainer()) {
            System.out.println("Using the PostgreSQL database at " + Setting.DB_URL.lookupOutsideContainer()
                    + " (no demo data).");
            settings.add(property(Setting.DB_URL, Setting.DB_URL.lookupOutsideContainer()));
            settings.add(property(Setting.DB_USER, Setting.DB_USER.lookupOutsideContainer()));
            settings.add(property(Setting.DB_PASSWORD, Setting.DB_PASSWORD.lookupOutsideContainer()));
            return settings;
        }
        System.out.println("Starting the embedded PostgreSQL with its data in " + folder.root() + " ...");
        EmbeddedDatabase database = null;
        try {
            database = unlessStopping(run, run.startDatabase(folder.postgres()));
        } catch (RuntimeException e) {
            fail(run, "Could not start the embedded PostgreSQL in " + folder.postgres() + ": " + causes(e)
                    + ". To start again from an empty database, delete " + folder.root() + ".");
        }
        settings.add(property(Setting.DB_URL, database.jdbcUrl()));
        settings.add(property(Setting.DB_USER, database.user()));
        settings.add(property(Setting.DB_PASSWORD, database.password()));
        settings.add(property(Setting.DEMO_DATA, "true"));
        if (!Setting.MAIL_TRANSPORT.isSetOutsideContainer()) {
            settings.add(property(Setting.MAIL_TRANSPORT, "outbox"));
        }
        return settings;
    }

    /** What was started, or, when a signal stopped the run meanwhile, the exit once the stop is done. */
    static <T> T unlessStopping(PlatformRun run, Optional<T> started) {
        if (started.isEmpty()) {
            System.exit(run.awaitStopped());
        }
        return started.get();
    }

    private static void reportLeftovers(Leftovers.Stopped stopped, DataFolder folder) {
        stopped.processes().forEach(s -> System.out.println(
                "Stopped a " + s.kind().title() + " that an earlier run left running (pid " + s.process().pid() + ")."));
        stopped.postgres().ifPresent(pid -> System.out.println(
                "Stopped a PostgreSQL that an earlier run left running on " + folder.postgres() + " (pid " + pid + ")."));
        if (stopped.stalePidFile()) {
            System.out.println("Removed a stale postmaster.pid from " + folder.pgdata()
                    + ": its PID now belongs to another program.");
        }
    }

    /** Says why, stops what was started, and exits. */
    static void fail(PlatformRun run, String message) {
        System.err.println(message);
        run.stop(1);
        System.exit(run.awaitStopped());
    }

    /** Binds as Payara Micro will (all interfaces), so that a clash is told in words rather than in its log. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** "Gave up waiting for server to start after 60000ms: connect failed: Connection refused" */
    private static String causes(Throwable e) {
        List<String> messages = new ArrayList<>();
        // The outermost is EmbeddedDatabase's own "Could not start ...", which the caller says already.
        for (Throwable cause = e.getCause() != null ? e.getCause() : e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            if (messages.stream().noneMatch(earlier -> earlier.contains(message))) {
                messages.add(message);
            }
        }
        return String.join(": ", messages);
    }

    static String property(Setting setting, String value) {
        return "-D" + setting.key() + "=" + value;
    }

    static boolean waitUntilReady(Process micro, int port, PlatformRun run) throws InterruptedException {
        return waitUntilReady(micro, "localhost", port, run);
    }

    static boolean waitUntilReady(Process micro, String host, int port, PlatformRun run) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && micro.isAlive() && !run.isStopping()) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Payara Micro is still starting.
            }
            Thread.sleep(1000);
        }
        return false;
    }
}
