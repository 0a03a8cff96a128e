package org.fourpermille.hub.groups;

/** What kind of gathering an event of a group is. */
public enum EventKind {
    /** Online, usually open to every member who registers. */
    WEBINAR,
    /** A meeting, online, in a room or both. */
    MEETING
}
