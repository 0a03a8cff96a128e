package org.fourpermille.hub.config.launcher;

import java.nio.file.Path;

/**
 * Where the one-command run keeps its state inside its data folder ({@code ./data} or {@code HUB_DATA_DIR}),
 * in one place for the launcher and for the watchdog, which must find the same things after a crash.
 */
record DataFolder(Path root) {

    /** The embedded PostgreSQL's folder: its cluster, and the binaries unpacked for it. */
    Path postgres() {
        return root.resolve("postgres");
    }

    Path pgdata() {
        return postgres().resolve(EmbeddedDatabase.CLUSTER_FOLDER);
    }

    /** Payara Micro's {@code --rootdir}. */
    Path payara() {
        return root.resolve("payara");
    }

    Path payaraLog() {
        return root.resolve("payara-micro.log");
    }

    /** The local cluster's folder: one sub-folder per node ({@code --rootdir}), the logs of the nodes and of HAProxy. */
    Path cluster() {
        return root.resolve("cluster");
    }
}
