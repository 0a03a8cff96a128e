package org.fourpermille.hub.shared.architecture;

/** Plays a package-private class of the persistence jar: even its public members are out of reach of another jar. */
class StoredHelper {

    public static int size(String name) {
        return name.length();
    }
}
