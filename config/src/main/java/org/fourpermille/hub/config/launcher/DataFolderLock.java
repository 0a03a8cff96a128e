package org.fourpermille.hub.config.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.fourpermille.hub.config.launcher.RunRecord.Holder;

/**
 * One run per data folder: an exclusive lock on {@code <data folder>/launcher.lock}, held for the life of
 * the launcher. The operating system drops the lock when its holder dies, however it dies (SIGKILL
 * included), so a lock is never left behind the way a PID file is; the file's text only names the
 * holder for the message of a refused run and for the next holder's clean-up.
 *
 * <p>Usage: {@code try (DataFolderLock lock = DataFolderLock.acquireForRun(dataDir, System.out::println)) { ... }}
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE_NAME = "launcher.lock";

    /** A watchdog needs at most about 30 s to stop what a dead run left (see {@link Leftovers}). */
    private static final Duration CLEAN_UP_WAIT = Duration.ofSeconds(60);
    private static final Duration RETRY = Duration.ofMillis(200);

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<RunRecord> previous;
    private RunRecord current;

    private DataFolderLock(Path folder, FileChannel channel, FileLock lock, RunRecord current) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
        this.previous = read(channel);
        record(current);
    }

    /**
     * Takes the folder for a run of the platform. Refuses at once when another run holds it; waits
     * (saying so once) while a watchdog is still stopping what a dead run left running.
     */
    static DataFolderLock acquireForRun(Path folder, Consumer<String> say) throws DataFolderInUseException {
        FileChannel channel = open(folder);
        long deadline = System.nanoTime() + CLEAN_UP_WAIT.toNanos();
        boolean announced = false;
        try {
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new DataFolderLock(folder, channel, lock, RunRecord.of(Holder.LAUNCHER, ProcessRef.current()));
                }
                Optional<RunRecord> holder = read(channel);
                boolean holderAlive = holder.flatMap(record -> record.holderProcess().alive()).isPresent();
                if (holderAlive && holder.get().holder() == Holder.LAUNCHER) {
                    throw DataFolderInUseException.byRun(folder, holder.get().holderProcess().pid());
                }
                if (System.nanoTime() > deadline) {
                    throw DataFolderInUseException.byUnknownProcess(folder, lockFile(folder));
                }
                // A watchdog at work, or a holder that has locked but not yet written its name: both are brief.
                if (holderAlive && !announced) {
                    say.accept("Waiting for process " + holder.get().holderProcess().pid()
                            + " to stop what an earlier run left running on " + folder + " ...");
                    announced = true;
                }
                Thread.sleep(RETRY.toMillis());
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock " + lockFile(folder), e);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            Thread.currentThread().interrupt();
            throw DataFolderInUseException.byUnknownProcess(folder, lockFile(folder));
        } catch (DataFolderInUseException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Takes the folder for the watchdog's clean-up, unless someone holds it (a new run, which cleans up itself). */
    static Optional<DataFolderLock> tryAcquireForCleanUp(Path folder) throws IOException {
        FileChannel channel = open(folder);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        DataFolderLock taken = new DataFolderLock(folder, channel, lock, RunRecord.of(Holder.WATCHDOG, ProcessRef.current()));
        // Keep the lines of what was started: should this watchdog die too, the next run still finds those processes.
        taken.previous.ifPresent(previous -> previous.started().forEach(s -> taken.recordStarted(s.kind(), s.process())));
        return Optional.of(taken);
    }

    /** What the last holder wrote, read before this holder wrote its own. */
    Optional<RunRecord> previous() {
        return previous;
    }

    Path folder() {
        return folder;
    }

    synchronized void recordPayaraMicro(ProcessRef micro) {
        recordStarted(RunRecord.Kind.PAYARA_MICRO, micro);
    }

    synchronized void recordStarted(RunRecord.Kind kind, ProcessRef process) {
        record(current.with(kind, process));
    }

    private synchronized void record(RunRecord record) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(record.format().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            current = record;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + lockFile(folder), e);
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // The lock goes with the channel anyway.
        } finally {
            closeQuietly(channel);
        }
    }

    static Path lockFile(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    private static FileChannel open(Path folder) {
        try {
            Files.createDirectories(folder);
            // No TRUNCATE_EXISTING: the current holder's name must stay readable to those it refuses.
            return FileChannel.open(lockFile(folder), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + lockFile(folder), e);
        }
    }

    private static Optional<RunRecord> read(FileChannel channel) {
        try {
            ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            while (content.hasRemaining() && channel.read(content, content.position()) > 0) {
                // reads until the buffer is full or the file ends
            }
            return RunRecord.parse(new String(content.array(), 0, content.position(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty(); // Windows refuses to read a region another process locked.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
