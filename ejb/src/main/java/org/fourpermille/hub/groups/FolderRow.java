package org.fourpermille.hub.groups;

import java.io.Serializable;

/** A folder of a group's library: its id, its parent's, its name and its full place ("Reports / 2025"). */
public record FolderRow(long id, Long parentId, String name, String label) implements Serializable {

    static FolderRow of(DocumentFolder folder) {
        return new FolderRow(folder.getId(), folder.getParent() == null ? null : folder.getParent().getId(),
                folder.getName(), folder.label());
    }
}
