package org.fourpermille.hub.groups;

/** The bytes of one version with what the browser needs to receive them. */
public record DocumentDownload(String fileName, String mediaType, byte[] content) {

    /** Only PDF and images are shown in the browser; everything else is saved. */
    public boolean mayShowInline() {
        return DocumentFormat.inline(mediaType);
    }
}
