package org.fourpermille.hub.groups;

public enum GroupKind {
    COLLEGE,
    FUNDERS,
    INTERFACE,
    STC,
    CONSORTIUM,
    BUREAU,
    INDIVIDUALS,
    TASK_FORCE
}
