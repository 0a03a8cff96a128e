package org.fourpermille.hub.groups;

/** A post's attached file as it is downloaded: the name its author gave, the checked type, the bytes. */
public record AttachmentFile(String name, String mediaType, String sha256, byte[] content) {
}
