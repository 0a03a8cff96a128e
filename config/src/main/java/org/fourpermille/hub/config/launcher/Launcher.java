package org.fourpermille.hub.config.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.fourpermille.hub.config.Setting;

/**
 * Starts the platform for a developer or a demo: embedded PostgreSQL (unless {@code HUB_DB_URL} points
 * elsewhere), then Payara Micro with the WAR. Ctrl-C stops Payara Micro first, then PostgreSQL.
 *
 * <p>Arguments: the WAR, the Payara Micro jar, and the repository root (where {@code ./data} lives).
 */
public final class Launcher {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("Usage: Launcher <platform.war> <payara-micro.jar> <repository root>");
            System.exit(2);
        }
        Path war = Path.of(args[0]).toAbsolutePath();
        Path microJar = Path.of(args[1]).toAbsolutePath();
        Path root = Path.of(args[2]).toAbsolutePath();
        Path dataDir = root.resolve(Setting.DATA_DIR.lookupOutsideContainer()).normalize();
        int httpPort = Integer.parseInt(Setting.HTTP_PORT.lookupOutsideContainer());
        Files.createDirectories(dataDir);

        List<String> settings = new ArrayList<>();
        EmbeddedDatabase database = null;
        if (Setting.DB_URL.isSetOutsideContainer()) {
            System.out.println("Using the PostgreSQL database at " + Setting.DB_URL.lookupOutsideContainer()
                    + " (no demo data).");
            settings.add(property(Setting.DB_URL, Setting.DB_URL.lookupOutsideContainer()));
            settings.add(property(Setting.DB_USER, Setting.DB_USER.lookupOutsideContainer()));
            settings.add(property(Setting.DB_PASSWORD, Setting.DB_PASSWORD.lookupOutsideContainer()));
        } else {
            System.out.println("Starting the embedded PostgreSQL with its data in " + dataDir + " ...");
            database = EmbeddedDatabase.start(dataDir.resolve("postgres"), "hub");
            settings.add(property(Setting.DB_URL, database.jdbcUrl()));
            settings.add(property(Setting.DB_USER, database.user()));
            settings.add(property(Setting.DB_PASSWORD, database.password()));
            settings.add(property(Setting.DEMO_DATA, "true"));
            if (!Setting.MAIL_TRANSPORT.isSetOutsideContainer()) {
                settings.add(property(Setting.MAIL_TRANSPORT, "outbox"));
            }
        }
        String baseUrl = Setting.BASE_URL.isSetOutsideContainer()
                ? Setting.BASE_URL.lookupOutsideContainer() : "http://localhost:" + httpPort;
        settings.add(property(Setting.BASE_URL, baseUrl));

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings);
        command.addAll(List.of("-jar", microJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(httpPort), "--nocluster",
                "--rootdir", dataDir.resolve("payara").toString()));
        Path log = dataDir.resolve("payara-micro.log");
        Process micro = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        EmbeddedDatabase startedDatabase = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(micro, startedDatabase), "hub-launcher-stop"));

        System.out.println("Starting Payara Micro (log: " + log + ") ...");
        if (waitUntilReady(micro, httpPort)) {
            System.out.println();
            System.out.println("The 4 per 1000 platform is running at " + baseUrl + "/");
            System.out.println("Demo accounts are listed in the README. Press Ctrl-C to stop.");
            System.out.println();
        } else {
            System.err.println("Payara Micro did not become ready; see " + log);
            System.exit(1);
        }
        int exit = micro.waitFor();
        if (exit != 0 && exit != 130 && exit != 143) {
            System.err.println("Payara Micro stopped with exit code " + exit + "; see " + log);
        }
    }

    private static String property(Setting setting, String value) {
        return "-D" + setting.key() + "=" + value;
    }

    private static boolean waitUntilReady(Process micro, int port) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && micro.isAlive()) {
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

    private static void stop(Process micro, EmbeddedDatabase database) {
        try {
            if (micro.isAlive()) {
                System.out.println("Stopping Payara Micro ...");
                micro.destroy();
                if (!micro.waitFor(60, TimeUnit.SECONDS)) {
                    micro.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            micro.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            if (database != null) {
                System.out.println("Stopping PostgreSQL ...");
                database.close();
            }
        }
    }
}
