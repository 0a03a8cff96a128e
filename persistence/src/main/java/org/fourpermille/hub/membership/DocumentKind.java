package org.fourpermille.hub.membership;

import java.util.Set;

/** The documents an application carries, each with the media types its content may have. */
public enum DocumentKind {
    /** Signed declaration of intent on the shared objectives: every applicant. */
    DECLARATION_INTENT(Set.of("application/pdf")),
    /** Signed declaration on governance: applicants for Member only. */
    DECLARATION_GOVERNANCE(Set.of("application/pdf")),
    /** Proof of legal status, unless the organisation type is exempt. */
    LEGAL_PROOF(Set.of("application/pdf")),
    LOGO(Set.of("image/png", "image/jpeg"));

    private final Set<String> mediaTypes;

    DocumentKind(Set<String> mediaTypes) {
        this.mediaTypes = mediaTypes;
    }

    public boolean accepts(String mediaType) {
        return mediaTypes.contains(mediaType);
    }

    public boolean isImage() {
        return this == LOGO;
    }
}
