package org.fourpermille.hub.shared.operations;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A node as it last said it runs: its name ({@code pid@host}), build, start, last sign of life, whether it
 * still runs, whether it is the node answering this page, and how long it has run (or ran).
 */
public record NodeState(String name, String version, Instant startedAt, Instant lastSeenAt, boolean running, boolean self,
                        Duration uptime) implements Serializable {
}
