package org.fourpermille.hub.matching;

/** Whether a call of the STC's formative assessment takes requests; the secretariat moves it. */
public enum AssessmentCallStatus {
    OPEN,
    CLOSED
}
