package org.fourpermille.hub.shared.operations;

import java.util.List;

/**
 * One kind of background work, as the feature that owns it counts it: the Operations page shows every
 * CDI bean of this type, so a feature with a queue implements it and {@code shared} knows no feature.
 * Called inside the caller's transaction.
 */
public interface JobQueue {

    /** Bundle key of the queue's name, e.g. {@code operations.queue.mail}; its order on the page too. */
    String nameKey();

    QueueState state();

    /** The latest pieces of work that failed for good, newest first, with their error. */
    List<JobFailure> failures(int max);
}
