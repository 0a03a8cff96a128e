package org.fourpermille.hub.shared;

import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The visitor's language for this session: their saved choice once signed in, otherwise the first of
 * their browser's languages that the platform speaks, otherwise English.
 */
@Named("preferences")
@SessionScoped
public class UserPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    private SupportedLocale language;

    /** The language to render this request in; decided from the browser on the first request. */
    public Locale localeFor(HttpServletRequest request) {
        if (language == null) {
            language = Collections.list(request.getLocales()).stream()
                    .map(l -> SupportedLocale.fromTag(l.toLanguageTag()))
                    .flatMap(java.util.Optional::stream)
                    .findFirst().orElse(SupportedLocale.EN);
        }
        return language.locale();
    }

    public Locale getLocale() {
        return (language == null ? SupportedLocale.EN : language).locale();
    }

    public SupportedLocale getLanguage() {
        return language == null ? SupportedLocale.EN : language;
    }

    public void choose(SupportedLocale chosen) {
        this.language = chosen;
    }
}
