package org.fourpermille.hub.config.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Stops a run's Payara Micro and PostgreSQL when its launcher dies without stopping them: SIGKILL, a
 * crash, a shutdown cut short. Neither would notice: PostgreSQL was started by {@code pg_ctl}, in a
 * session of its own, and Payara Micro is just reparented; both would keep the data folder and the port.
 *
 * <p>A small JVM, started by the launcher right after it took the data folder, that polls the launcher's
 * PID. When the launcher is gone it takes the folder's lock (unless a new run already has it and cleans
 * up itself) and stops what is left (see {@link Leftovers}). It is deaf to INT, TERM and HUP, and lives in
 * a session of its own where {@code setsid} exists, so that the Ctrl-C or the kill of a process group that
 * ends the run does not end its watchdog too. After a clean stop it finds nothing and exits silently.
 */
public final class Watchdog {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

    private Watchdog() {
    }

    /** Arguments: the launcher's PID and the data folder. */
    public static void main(String[] args) throws InterruptedException, IOException {
        Signals.ignore("INT", "TERM", "HUP");
        long launcherPid = Long.parseLong(args[0]);
        DataFolder folder = new DataFolder(Path.of(args[1]));
        Optional<ProcessHandle> launcher = ProcessHandle.of(launcherPid);
        while (launcher.isPresent() && launcher.get().isAlive()) {
            Thread.sleep(POLL.toMillis());
        }
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquireForCleanUp(folder.root());
        if (lock.isEmpty()) {
            return;
        }
        try (DataFolderLock held = lock.get()) {
            Leftovers.Stopped stopped = Leftovers.stop(held, folder);
            if (!stopped.nothing()) {
                System.out.println(describe(launcherPid, folder, stopped));
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage()); // the next run tries again, and says so
        }
    }

    static String describe(long launcherPid, DataFolder folder, Leftovers.Stopped stopped) {
        StringJoiner what = new StringJoiner(" and ");
        stopped.processes().forEach(s -> what.add("its " + s.kind().title() + " (pid " + s.process().pid() + ")"));
        stopped.postgres().ifPresent(pid -> what.add("its PostgreSQL (pid " + pid + ")"));
        return "The run on " + folder.root() + " (pid " + launcherPid + ") ended without stopping"
                + (what.length() == 0 ? "." : "; stopped " + what + ".");
    }

    /**
     * Starts the watchdog of the calling launcher, whose output it shares. Empty when it cannot start
     * (then a killed launcher leaves PostgreSQL to the next run's clean-up, as before).
     */
    static Optional<Process> start(DataFolder folder) {
        try {
            List<String> command = new ArrayList<>();
            SETSID.stream().filter(Files::isExecutable).findFirst().ifPresent(setsid -> command.add(setsid.toString()));
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            // Its job is to poll a PID: the smallest JVM there is, started quickly.
            command.addAll(List.of("-Xmx32m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", ownLocation().toString(), Watchdog.class.getName(),
                    Long.toString(ProcessHandle.current().pid()), folder.root().toString()));
            Process watchdog = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            watchdog.getOutputStream().close();
            return Optional.of(watchdog);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The jar (or classes folder) of this class: all the watchdog needs, with no library. */
    private static Path ownLocation() throws URISyntaxException {
        return Path.of(Watchdog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
