package org.fourpermille.hub.groups;

import java.io.Serializable;

/**
 * A file uploaded and checked, stored by its content, waiting for the form that makes it a document or a
 * new version. Only this reference stays in the page's view, not the bytes, so a view replicated across
 * the cluster stays small.
 */
public record StagedFile(String sha256, String fileName, String mediaType, long sizeBytes) implements Serializable {
}
