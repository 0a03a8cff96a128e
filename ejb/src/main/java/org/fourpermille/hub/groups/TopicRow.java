package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.time.Instant;

/**
 * A topic as a forum list shows it. {@code title} is null when a facilitator hid the topic and the reader
 * does not moderate the group; {@code unread} counts the posts by others after where the reader stopped.
 */
public record TopicRow(long id, String title, String authorName, Instant createdAt, Instant lastActivityAt,
                       boolean pinned, boolean locked, boolean announcement, boolean hidden, int replyCount,
                       long unread) implements Serializable {
}
