package org.fourpermille.hub.matching;

/** Where a project stands, from the first idea to its end. Stored by name. */
public enum ProjectStage {
    IDEA,
    PREPARATION,
    SEEKING_FUNDING,
    IMPLEMENTATION,
    COMPLETED
}
