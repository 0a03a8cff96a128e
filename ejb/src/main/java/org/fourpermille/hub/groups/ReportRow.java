package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.time.Instant;

/** A report waiting for the group's facilitators, with the post it is about. */
public record ReportRow(long id, long postId, long topicId, String topicTitle, String postAuthor, String postBody,
                        String reporterName, String reason, Instant reportedAt) implements Serializable {
}
