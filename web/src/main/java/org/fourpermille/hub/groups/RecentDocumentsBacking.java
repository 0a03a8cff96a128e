package org.fourpermille.hub.groups;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;

/**
 * The latest documents on a group's front page, and the file sizes every library page shows. Read once
 * per request; the front page includes this only for people who may read the group, and the service
 * checks again.
 */
@Named("recentDocuments")
@RequestScoped
public class RecentDocumentsBacking {

    static final int SHOWN = 5;

    @Inject
    private DocumentLibrary library;

    private final Map<Long, List<DocumentRow>> recent = new HashMap<>();

    public List<DocumentRow> of(long groupId) {
        return recent.computeIfAbsent(groupId, id -> {
            try {
                return library.recent(id, SHOWN);
            } catch (NotFoundException outsider) {
                return List.of();
            }
        });
    }

    /** "12 KB", "3.4 MB" in the reader's language. */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Texts.text("document.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return Texts.text("document.size.mb", Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0);
    }
}
