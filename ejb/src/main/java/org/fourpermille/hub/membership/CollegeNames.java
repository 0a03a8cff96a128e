package org.fourpermille.hub.membership;

import java.util.Locale;
import java.util.Map;

/**
 * The names of the Colleges, which are the names of their groups. The groups feature implements it:
 * membership, below groups, knows a College by its organisation types and its code only.
 */
public interface CollegeNames {

    /** Every College that has its group, named in this language, in the order the groups are listed. */
    Map<College, String> in(Locale locale);
}
