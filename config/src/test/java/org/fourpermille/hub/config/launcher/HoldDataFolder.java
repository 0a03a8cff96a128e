package org.fourpermille.hub.config.launcher;

import java.nio.file.Path;

/**
 * A stand-in for another launcher or watchdog, in its own JVM as in life (one JVM cannot be refused its
 * own lock). Arguments: the folder, {@code run} or {@code clean-up}, and how long to hold it in
 * milliseconds. Prints {@code held} once it holds the folder.
 */
public final class HoldDataFolder {

    private HoldDataFolder() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        DataFolderLock lock = args[1].equals("run")
                ? DataFolderLock.acquireForRun(folder, line -> { })
                : DataFolderLock.tryAcquireForCleanUp(folder).orElseThrow();
        lock.recordPayaraMicro(ProcessRef.current());
        System.out.println("held");
        System.out.flush();
        Thread.sleep(Long.parseLong(args[2]));
        lock.close();
    }
}
