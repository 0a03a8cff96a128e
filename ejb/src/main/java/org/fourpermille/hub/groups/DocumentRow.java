package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A document as the library lists it: enough to show and link it, nothing lazy. */
public record DocumentRow(long id, String title, List<String> tags, String folder, int currentVersion, Instant updatedAt,
                          String uploadedBy, long latestVersionId, String fileName, String mediaType, long sizeBytes)
        implements Serializable {

    static DocumentRow of(GroupDocument document) {
        DocumentVersion latest = document.getLatest();
        return new DocumentRow(document.getId(), document.getTitle(), List.copyOf(document.getTags()),
                document.getFolder() == null ? null : document.getFolder().label(), document.getCurrentVersion(),
                document.getUpdatedAt(), document.getCreatedBy().getDisplayName(), latest.getId(), latest.getFileName(),
                latest.getMediaType(), latest.getSizeBytes());
    }
}
