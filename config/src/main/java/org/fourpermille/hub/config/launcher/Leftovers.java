package org.fourpermille.hub.config.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Stops what an earlier run left running on a data folder: the Payara Micro nodes (and the HAProxy of a
 * local cluster) named in the lock file and the PostgreSQL named in {@code postmaster.pid}. Called with the folder's lock held, so whatever still
 * runs there belongs to nobody: by the launcher before it starts anything, and by the watchdog as soon as
 * its launcher is gone.
 */
final class Leftovers {

    /** Payara Micro gets a moment to finish its requests; it has nothing to save. */
    private static final Duration PAYARA_MICRO_GRACE = Duration.ofSeconds(10);

    /** What was found and stopped; {@code stalePidFile}: a postmaster.pid naming another program, removed. */
    record Stopped(List<RunRecord.Started> processes, Optional<Long> postgres, boolean stalePidFile) {

        boolean nothing() {
            return processes.isEmpty() && postgres.isEmpty() && !stalePidFile;
        }
    }

    private Leftovers() {
    }

    /** @throws IllegalStateException when a PostgreSQL left running does not stop (the message says what to do) */
    static Stopped stop(DataFolderLock lock, DataFolder folder) {
        List<RunRecord.Started> alive = new ArrayList<>();
        lock.previous().ifPresent(previous -> previous.started().stream()
                .filter(s -> s.process().alive().isPresent()).forEach(alive::add));
        // The load balancer first, so that it sends nothing more to nodes being stopped; the nodes together.
        alive.sort(Comparator.comparing(s -> s.kind() == RunRecord.Kind.HAPROXY ? 0 : 1));
        Processes.terminateAll(alive.stream().flatMap(s -> s.process().alive().stream()).toList(), PAYARA_MICRO_GRACE);
        Optional<Long> postgres = Postmaster.find(folder.pgdata()).map(postmaster -> {
            if (!postmaster.shutDown()) {
                throw new IllegalStateException("A PostgreSQL (pid " + postmaster.pid() + ") is running on "
                        + folder.pgdata() + " and does not stop. Stop it (kill -9 " + postmaster.pid()
                        + "), then start again.");
            }
            return postmaster.pid();
        });
        try {
            return new Stopped(alive, postgres, Postmaster.removeStalePidFile(folder.pgdata()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the stale " + folder.pgdata().resolve(PostmasterPid.FILE_NAME), e);
        }
    }
}
