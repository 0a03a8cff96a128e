package org.fourpermille.hub.groups;

/** Codes of the groups every installation has (seeded by migration V2); the secretariat may add more. */
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
    INDIVIDUALS
}
