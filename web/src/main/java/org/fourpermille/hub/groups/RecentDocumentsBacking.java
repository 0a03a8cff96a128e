package org.fourpermille.hub.groups;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Labels;

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
    private Labels labels;
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

    /** "< 1 KB", "12 KB", "3.4 MB" in the reader's language: see {@link Labels#size(long)}. */
    public String size(long bytes) {
        return labels.size(bytes);
    }
}
