package org.fourpermille.hub.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The platform's texts as a reader of one language sees them, for tests that check what the page says. */
public final class Bundle {

    private Bundle() {
    }

    public static String text(String language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language);
        String pattern = ResourceBundle.getBundle(Texts.BUNDLE, locale).getString(key);
        return pattern.indexOf('{') < 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
