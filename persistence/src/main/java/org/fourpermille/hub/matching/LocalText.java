package org.fourpermille.hub.matching;

import java.io.Serializable;

/** A title and a summary (or description) as typed in one language; either may be blank. */
public record LocalText(String title, String summary) implements Serializable {

    public static final LocalText EMPTY = new LocalText(null, null);

    public boolean isBlank() {
        return (title == null || title.isBlank()) && (summary == null || summary.isBlank());
    }
}
