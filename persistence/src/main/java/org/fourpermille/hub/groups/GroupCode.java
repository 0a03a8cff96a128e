package org.fourpermille.hub.groups;

import org.fourpermille.hub.membership.College;

/** Codes of the groups every installation has (seeded by migrations V2 and V5); the secretariat may add more. */
public enum GroupCode {
    COLLEGE_PUBLIC,
    COLLEGE_RESEARCH,
    COLLEGE_FARMERS,
    COLLEGE_CIVIL_SOCIETY,
    COLLEGE_PRIVATE,
    FUNDERS,
    INTERFACE_KNOWLEDGE,
    INTERFACE_POLICY,
    INTERFACE_RESEARCH,
    INTERFACE_PROJECTS,
    STC,
    CONSORTIUM,
    BUREAU,
    INDIVIDUALS,
    TASK_FORCE_A,
    TASK_FORCE_B,
    TASK_FORCE_C,
    TASK_FORCE_D,
    TASK_FORCE_E,
    TASK_FORCE_F;

    /** The group a College meets in. */
    public static GroupCode of(College college) {
        return valueOf(college.code());
    }
}
