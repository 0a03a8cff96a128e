package org.fourpermille.hub.shared.architecture;

/** Plays an entity of the persistence jar, with members of every visibility. */
public class StoredVersion {

    /** As {@code DocumentVersion.cleanFileName} was: visible to its package only, in every jar that has the package. */
    static String cleanName(String name) {
        return name.strip();
    }

    public static String publicName(String name) {
        return name.strip();
    }

    protected String describe() {
        return "version";
    }
}
