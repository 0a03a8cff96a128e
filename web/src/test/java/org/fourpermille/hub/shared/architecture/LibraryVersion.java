package org.fourpermille.hub.shared.architecture;

/** Plays an EJB-jar subclass of the entity: a protected member it inherits is within its reach in any jar. */
public class LibraryVersion extends StoredVersion {

    @Override
    protected String describe() {
        return "library " + super.describe();
    }
}
