package org.fourpermille.hub.membership;

/**
 * Where an organisation stands in the Initiative. Only an active organisation's representatives have the
 * access of a Partner or Member: suspension (by the secretariat) and withdrawal (by the organisation)
 * take it away at once. Stored by name: never rename a constant.
 */
public enum OrganisationStatus {
    ACTIVE,
    SUSPENDED,
    WITHDRAWN;

    public boolean grantsAccess() {
        return this == ACTIVE;
    }
}
