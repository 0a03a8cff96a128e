package org.fourpermille.hub.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The platform's three languages. English is the fallback for anything else. */
public enum SupportedLocale {
    EN, FR, ES;

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SupportedLocale> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag().equals(language)).findFirst();
    }

    public static SupportedLocale of(Locale locale) {
        return locale == null ? EN : fromTag(locale.toLanguageTag()).orElse(EN);
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(SupportedLocale::locale).toList();
    }
}
