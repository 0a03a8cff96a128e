package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the directory tells signed-in people about one organisation: its public facts and description,
 * and the representatives who agreed to be listed. {@code region} is null for a country no region holds.
 */
public record DirectoryProfile(Long id, String name, String acronym, OrganisationType type, College college,
                               String country, Region region, String website, MembershipLevel level, LocalDate joinedOn,
                               String description, OrganisationStatus status, String logoSha256,
                               List<ListedRepresentative> representatives) implements Serializable {

    private static final long serialVersionUID = 1L;

    public boolean hasLogo() {
        return logoSha256 != null;
    }

    /**
     * A representative who chose to appear in the directory. The email is shown: the directory is open
     * to signed-in partners only, and listing oneself is how a representative agrees to be contacted.
     */
    public record ListedRepresentative(String name, String jobTitle, String email) implements Serializable {

        private static final long serialVersionUID = 1L;
    }
}
