package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.util.Locale;

/** A practice's name in the three languages, as the rankings' explanations show it. */
public record PracticeLabel(String code, String en, String fr, String es) implements Serializable {

    private static final long serialVersionUID = 1L;

    public String label(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fr" -> fr;
            case "es" -> es;
            default -> en;
        };
    }
}
