package org.fourpermille.hub.membership;

/** An organisation's logo, with what a browser needs to show and cache it. */
public record Logo(String sha256, String mediaType, byte[] content) {
}
