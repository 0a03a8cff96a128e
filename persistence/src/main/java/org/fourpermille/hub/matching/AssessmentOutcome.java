package org.fourpermille.hub.matching;

/** The STC's conclusion: POSITIVE gives the "formatively assessed by the STC" mark; NOT_YET comes with recommendations. */
public enum AssessmentOutcome {
    POSITIVE,
    NOT_YET
}
