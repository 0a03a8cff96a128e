package org.fourpermille.hub.shared;

/**
 * What waits for someone, as the workflows announce it (see the {@code WorkWaits} event) and as their
 * notices and mail word it ({@code work.KIND} in the bundles). Kept here, below every feature, so that
 * membership and matching can announce work without knowing how people are told.
 */
public enum WorkKind {
    APPLICATION_SUBMITTED(WorkQueue.APPLICATIONS),
    APPLICATION_RESUBMITTED(WorkQueue.APPLICATIONS),
    UPGRADE_SUBMITTED(WorkQueue.UPGRADES),
    CHANGE_PROPOSED(WorkQueue.CHANGES),
    ASSESSMENT_REQUESTED(WorkQueue.ASSESSMENTS),
    EXPERT_ASSIGNED(null),
    INTEREST_RECEIVED(null);

    private final WorkQueue queue;

    WorkKind(WorkQueue queue) {
        this.queue = queue;
    }

    /** The secretariat queue this work lands in, or null when it is addressed to named people. */
    public WorkQueue queue() {
        return queue;
    }
}
