package org.fourpermille.hub.groups;

public enum GroupMemberStatus {
    REQUESTED,
    ACTIVE,
    DECLINED,
    LEFT
}
