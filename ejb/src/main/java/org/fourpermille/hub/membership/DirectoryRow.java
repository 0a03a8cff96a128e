package org.fourpermille.hub.membership;

import java.io.Serializable;

/**
 * One organisation in the directory's result list, read by the query itself (no entity is loaded).
 * {@code logoSha256} is null when the organisation has no logo; it also makes the logo's address change
 * when the logo does, so browsers may cache it.
 */
public record DirectoryRow(Long id, String name, String acronym, OrganisationType type, String country,
                           MembershipLevel level, OrganisationStatus status, String logoSha256) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean hasLogo() {
        return logoSha256 != null;
    }
}
