package org.fourpermille.hub.shared.architecture;

/** Plays a service of the EJB jar, in the same package as the entity: compiles, and fails in the EAR. */
public class Library {

    public String upload(String name) {
        return StoredVersion.cleanName(name);
    }

    public int measure(String name) {
        return StoredHelper.size(name);
    }

    public String describe(StoredVersion version) {
        return version.describe();
    }

    public String publish(String name) {
        return StoredVersion.publicName(name);
    }
}
