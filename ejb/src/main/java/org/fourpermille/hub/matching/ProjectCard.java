package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a ranking shows of a project beside its score.
 *
 * @param titles      the title in each language the project is written in ("en", "fr", "es")
 * @param visibility  DRAFT, PARTNERS or SHOWCASE
 */
public record ProjectCard(long id, Map<String, String> titles, long organisationId, String organisationName, String stage,
                          List<String> countries, BigDecimal fundingSought, String currency, boolean assessed,
                          String visibility) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ProjectCard {
        titles = Map.copyOf(titles);
        countries = List.copyOf(countries);
    }

    /** The title in the reader's language if the project has one, else in English, else in its first language. */
    public String title(Locale locale) {
        String mine = titles.get(locale.getLanguage());
        if (mine != null) {
            return mine;
        }
        String english = titles.get("en");
        if (english != null) {
            return english;
        }
        return titles.values().stream().sorted().findFirst().orElse("");
    }

    public boolean isDraft() {
        return "DRAFT".equals(visibility);
    }
}
