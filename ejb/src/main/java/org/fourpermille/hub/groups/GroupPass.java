package org.fourpermille.hub.groups;

import org.fourpermille.hub.identity.Account;

/**
 * What the caller may do in one group, decided once per call by {@link GroupAccess}: read its content
 * (members and staff), moderate it (its facilitators, chairs and leaders, and staff).
 *
 * @param member in the group now, by the rules of {@code group_member_effective}
 * @param role   the caller's role in the group ({@link GroupRole#MEMBER} when they have none)
 * @param staff  secretariat or administrator: reads and moderates every group without being a member
 */
public record GroupPass(HubGroup group, Account account, boolean member, GroupRole role, boolean staff) {

    public boolean mayRead() {
        return member || staff;
    }

    public boolean mayModerate() {
        return staff || member && role.moderates();
    }
}
