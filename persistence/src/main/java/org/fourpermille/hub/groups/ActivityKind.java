package org.fourpermille.hub.groups;

/** Something that happened in a group and that its members may want to hear about. */
public enum ActivityKind {
    TOPIC,
    REPLY,
    ANNOUNCEMENT,
    DOCUMENT,
    DOCUMENT_COMMENT,
    EVENT,
    DECISION,
    CONSULTATION_OPENED,
    CONSULTATION_CLOSED,
    EVENT_CANCELLED,
    TOPIC_MOVED;

    /** Sent to everyone at once, whatever their notification level. */
    public boolean alwaysImmediate() {
        return this == DECISION || this == CONSULTATION_OPENED || this == CONSULTATION_CLOSED;
    }
}
