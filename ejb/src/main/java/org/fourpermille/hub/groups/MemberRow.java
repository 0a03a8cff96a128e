package org.fourpermille.hub.groups;

import java.io.Serializable;

/** A person listed among a group's members, with their organisation and their role in the group. */
public record MemberRow(long accountId, String name, String organisation, String country, GroupRole role)
        implements Serializable {
}
