package org.fourpermille.hub.config.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A running PostgreSQL server found through the {@code postmaster.pid} of its data folder, whoever
 * started it, and stopped the way PostgreSQL documents: fast shutdown (SIGINT: roll back open
 * transactions, disconnect clients, checkpoint), then, if that hangs, immediate shutdown (SIGQUIT:
 * no checkpoint, the next start replays the WAL). Never SIGKILL: the server's children would live on.
 */
final class Postmaster {

    /** A fast shutdown of our small database takes well under a second; the rest is for a busy disk. */
    private static final Duration FAST_SHUTDOWN = Duration.ofSeconds(15);
    private static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(5);

    private final ProcessHandle process;

    private Postmaster(ProcessHandle process) {
        this.process = process;
    }

    /** The live server of this data folder, if {@code postmaster.pid} names one. */
    static Optional<Postmaster> find(Path pgdata) {
        return PostmasterPid.read(pgdata).flatMap(file -> ProcessHandle.of(file.pid())
                .filter(ProcessHandle::isAlive)
                .filter(process -> file.isWrittenBy(process.info().command(), process.info().arguments()))
                .map(Postmaster::new));
    }

    /**
     * Removes a {@code postmaster.pid} whose PID now belongs to another program, which PostgreSQL would
     * take for a server still running. A file naming a dead process is left to PostgreSQL, which handles it.
     */
    static boolean removeStalePidFile(Path pgdata) throws IOException {
        Optional<PostmasterPid> file = PostmasterPid.read(pgdata);
        Optional<ProcessHandle> holder = file.flatMap(f -> ProcessHandle.of(f.pid()).filter(ProcessHandle::isAlive));
        if (file.isPresent() && holder.isPresent() && file.get().isTakenByAnotherProgram(holder.get().info().command())) {
            return Files.deleteIfExists(pgdata.resolve(PostmasterPid.FILE_NAME));
        }
        return false;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Fast shutdown, then immediate shutdown; true once the server is gone. */
    boolean shutDown() {
        if (!Signals.send("INT", process.pid())) {
            process.destroy(); // no kill(1) here: SIGTERM, PostgreSQL's smart shutdown, is what Java can send
        }
        if (Processes.awaitExit(process, FAST_SHUTDOWN)) {
            return true;
        }
        Signals.send("QUIT", process.pid());
        return Processes.awaitExit(process, IMMEDIATE_SHUTDOWN);
    }
}
