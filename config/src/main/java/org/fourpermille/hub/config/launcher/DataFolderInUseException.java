package org.fourpermille.hub.config.launcher;

import java.nio.file.Path;

/** Another process holds the data folder: the message says which, and what the developer can do. */
final class DataFolderInUseException extends Exception {

    private static final long serialVersionUID = 1L;

    private DataFolderInUseException(String message) {
        super(message);
    }

    static DataFolderInUseException byRun(Path folder, long pid) {
        return new DataFolderInUseException("Another run of the platform (process " + pid + ") is using the data folder "
                + folder + ". Stop it first (Ctrl-C where it runs, or kill " + pid + "), or give this run its own"
                + " folder with HUB_DATA_DIR.");
    }

    static DataFolderInUseException byUnknownProcess(Path folder, Path lockFile) {
        return new DataFolderInUseException("Another process holds the lock " + lockFile + " on the data folder "
                + folder + ". Stop it first, or give this run its own folder with HUB_DATA_DIR.");
    }
}
