package org.fourpermille.hub.config.launcher;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The POSIX signals the JDK has no API for. Java can only send SIGTERM and SIGKILL to another process,
 * but PostgreSQL's fast shutdown is SIGINT (SIGTERM is its "smart" shutdown, which waits for every client
 * to leave); and a JVM's own SIGINT/SIGTERM normally start the shutdown hooks all at once, in no order.
 *
 * <p>{@code sun.misc.Signal} is in the exported {@code jdk.unsupported} module, there precisely for such
 * uses, on Java 17 and 21 alike.
 */
final class Signals {

    private Signals() {
    }

    /** Sends {@code signal} ("INT", "QUIT") with the system's {@code kill}; false where there is none (Windows). */
    static boolean send(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Replaces the JVM's handling of these signals with {@code handler}, which receives the exit status a
     * shell reports for death by that signal (130 for INT, 143 for TERM). Where the JVM does not allow it
     * (started with -Xrs; a signal unknown to the system) the signal keeps its usual effect.
     */
    static void handle(IntConsumer handler, String... signals) {
        for (String name : signals) {
            try {
                Signal.handle(new Signal(name), signal -> handler.accept(128 + signal.getNumber()));
            } catch (IllegalArgumentException unavailable) {
                // the shutdown hook and the watchdog still stop the run
            }
        }
    }

    /** Makes the JVM deaf to these signals (the watchdog must outlive a Ctrl-C meant for the run). */
    static void ignore(String... signals) {
        for (String name : signals) {
            try {
                Signal.handle(new Signal(name), SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException unavailable) {
                // Not a signal on this system (Windows has no HUP): nothing to be deaf to.
            }
        }
    }
}
