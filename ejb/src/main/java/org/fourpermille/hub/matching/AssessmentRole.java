package org.fourpermille.hub.matching;

/** Why the caller may see an assessment request: as secretariat staff, as an assigned expert, or as the owner. */
public enum AssessmentRole {
    STAFF,
    EXPERT,
    OWNER
}
