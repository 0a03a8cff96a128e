package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.time.Instant;

/** One earlier text of a post: who replaced it, when, and what it said. */
public record RevisionRow(Instant editedAt, String editorName, String previousBody) implements Serializable {
}
