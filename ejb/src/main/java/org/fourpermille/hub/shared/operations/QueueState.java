package org.fourpermille.hub.shared.operations;

import java.io.Serializable;

/**
 * How much work of one kind waits, is being done by a node at this moment (its row is locked), failed
 * for good, or is done. -1 where a kind of work has no such state (a digest never waits in a row).
 */
public record QueueState(String nameKey, long pending, long running, long failed, long done) implements Serializable {

    public static final long NONE = -1;
}
