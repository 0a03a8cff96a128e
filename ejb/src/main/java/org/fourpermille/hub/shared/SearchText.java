package org.fourpermille.hub.shared;

import java.util.Locale;

/** Turns what a person typed into a search box into a case-insensitive LIKE pattern matching it anywhere. */
public final class SearchText {

    private SearchText() {
    }

    /** {@code %text%} in lower case, with LIKE's wildcards escaped so "50%" finds "50%" only. */
    public static String containing(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
