package org.fourpermille.hub.matching;

/** REQUESTED, IN_REVIEW once at least two experts are assigned, COMPLETED with the consolidated report. */
public enum AssessmentStatus {
    REQUESTED,
    IN_REVIEW,
    COMPLETED
}
