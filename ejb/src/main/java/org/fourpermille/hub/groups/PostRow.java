package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.time.Instant;

/**
 * A post as a topic page shows it. {@code body} (and {@code quotedBody} for a hidden quoted post) is null
 * when a facilitator hid it and the reader does not moderate the group: the text never reaches them.
 *
 * @param fresh     posted by someone else after where the reader had stopped reading
 * @param revisions how many times it was edited (its history)
 */
public record PostRow(long id, String authorName, String body, Instant createdAt, Instant editedAt,
                      boolean hidden, String hiddenReason, Long quotedId, String quotedAuthor, String quotedBody,
                      boolean quotedHidden, String attachmentName, boolean mine, long revisions, int version,
                      boolean fresh) implements Serializable {

    public boolean hasAttachment() {
        return attachmentName != null;
    }

    public boolean isEdited() {
        return editedAt != null;
    }
}
