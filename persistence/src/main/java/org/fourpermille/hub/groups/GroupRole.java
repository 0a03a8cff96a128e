package org.fourpermille.hub.groups;

/** A person's role inside one group. Facilitators and those who lead the group moderate it. */
public enum GroupRole {
    MEMBER,
    FACILITATOR,
    CHAIR,
    VICE_CHAIR,
    LEADER,
    REGIONAL_REPRESENTATIVE;

    /** May moderate the forum, accept requests, post announcements and manage the group's content. */
    public boolean moderates() {
        return this == FACILITATOR || this == CHAIR || this == VICE_CHAIR || this == LEADER;
    }

    /** Roles that only Task Forces have. */
    public boolean isTaskForceOnly() {
        return this == LEADER || this == REGIONAL_REPRESENTATIVE;
    }
}
