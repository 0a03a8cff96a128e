package org.fourpermille.hub.matching.engine;

/** Where a project stands in its life; the same constants, by name, as the project's stage. */
public enum ProjectStage {
    IDEA,
    PREPARATION,
    SEEKING_FUNDING,
    IMPLEMENTATION,
    COMPLETED
}
