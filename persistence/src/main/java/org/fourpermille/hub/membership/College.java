package org.fourpermille.hub.membership;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five Colleges, one for each family of organisation types ({@link OrganisationType#college()}).
 * Each meets in the group of the groups feature whose code is {@link #code()}; the directory filters by it.
 */
public enum College {
    PUBLIC,
    RESEARCH,
    FARMERS,
    CIVIL_SOCIETY,
    PRIVATE;

    /** The code of the College's group, also the directory's {@code college} address parameter. */
    public String code() {
        return "COLLEGE_" + name();
    }

    /** The College with this group code; empty for any other group or text. */
    public static Optional<College> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }
}
