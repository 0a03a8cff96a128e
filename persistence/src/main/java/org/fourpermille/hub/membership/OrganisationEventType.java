package org.fourpermille.hub.membership;

/** The steps in an organisation's timeline. Stored by name: never rename a constant, add new ones. */
public enum OrganisationEventType {
    JOINED,
    IMPORTED,
    REGISTRY_UPDATED,
    PROFILE_EDITED,
    CHANGE_REQUESTED,
    CHANGE_APPROVED,
    CHANGE_REJECTED,
    UPGRADE_REQUESTED,
    LEVEL_CHANGED,
    SUSPENDED,
    REINSTATED,
    WITHDRAWN,
    PERSON_INVITED,
    PERSON_JOINED,
    PERSON_REMOVED,
    MAIN_CONTACT_CHANGED
}
