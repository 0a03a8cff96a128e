package org.fourpermille.hub.groups;

import java.util.List;

/**
 * A document's page, read in one call: the caller's pass to its group, the document, its versions (newest
 * first, uploaders loaded), its comments (oldest first, authors loaded), and whether the caller may hide it.
 */
public record DocumentPage(GroupPass pass, GroupDocument document, List<DocumentVersion> versions,
                           List<DocumentComment> comments, boolean mayHide) {
}
