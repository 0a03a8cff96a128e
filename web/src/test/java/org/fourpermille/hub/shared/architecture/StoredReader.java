package org.fourpermille.hub.shared.architecture;

/** Plays another class of the persistence jar: inside one module, package-private is fine. */
public class StoredReader {

    public String read(String name) {
        return StoredVersion.cleanName(name) + StoredHelper.size(name);
    }
}
