package org.fourpermille.hub.groups;

import java.io.Serializable;

/**
 * A group as the catalogue and the dashboard list it for one person.
 *
 * @param member      in the group now
 * @param myStatus    their own row's status (a pending request, a refusal, a departure), null when none
 * @param memberCount people in the group now (0 where not counted: the dashboard's list)
 * @param newSince    activities since their last visit (0 when they are not in it)
 */
public record GroupSummary(HubGroup group, boolean member, GroupMemberStatus myStatus, long memberCount, long newSince)
        implements Serializable {

    public boolean isRequested() {
        return myStatus == GroupMemberStatus.REQUESTED;
    }

    public boolean isDeclined() {
        return myStatus == GroupMemberStatus.DECLINED;
    }
}
