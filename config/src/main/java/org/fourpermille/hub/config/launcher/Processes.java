package org.fourpermille.hub.config.launcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for and stopping processes that may not be our children (their launcher died). */
final class Processes {

    private static final Duration AFTER_SIGKILL = Duration.ofSeconds(5);

    private Processes() {
    }

    /** True once the process is gone; false when it still runs after {@code timeout}. */
    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /**
     * SIGTERM, and SIGKILL if the process has not stopped within {@code grace}. For Payara Micro: a JVM
     * whose shutdown hangs (a busy machine, a stuck request) must not hold up the stop of the whole run.
     * Returns true when it had to be killed.
     */
    static boolean terminate(ProcessHandle process, Duration grace) {
        process.destroy();
        if (awaitExit(process, grace)) {
            return false;
        }
        process.destroyForcibly();
        awaitExit(process, AFTER_SIGKILL);
        return true;
    }

    /**
     * {@link #terminate} for several processes at once, in the order given for the SIGTERMs, so that the
     * stop of a cluster takes one grace period, not one per node. Returns how many had to be killed.
     */
    static int terminateAll(List<ProcessHandle> processes, Duration grace) {
        processes.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        int killed = 0;
        for (ProcessHandle process : processes) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!awaitExit(process, left)) {
                process.destroyForcibly();
                awaitExit(process, AFTER_SIGKILL);
                killed++;
            }
        }
        return killed;
    }
}
