package org.fourpermille.hub.matching;

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
                          String visibility) implements Card {

    private static final long serialVersionUID = 1L;

    public ProjectCard {
        titles = Map.copyOf(titles);
        countries = List.copyOf(countries);
    }

    /** The title in the reader's language if the project has one, else in English, else in its first language. */
    public String title(Locale locale) {
        return titles.getOrDefault(titleLanguage(locale), "");
    }

    /** The language of {@link #title(Locale)}, as its {@code lang}. */
    public String titleLanguage(Locale locale) {
        if (titles.containsKey(locale.getLanguage())) {
            return locale.getLanguage();
        }
        if (titles.containsKey("en")) {
            return "en";
        }
        return titles.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    public boolean isDraft() {
        return "DRAFT".equals(visibility);
    }
}
