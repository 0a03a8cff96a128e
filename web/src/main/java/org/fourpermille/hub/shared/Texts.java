package org.fourpermille.hub.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Texts of {@code i18n/messages_*.properties} for Java code, and Faces messages from them.
 *
 * <p>Usage: {@code Texts.error("login:email", exception)} shows a business rule's message next to a field;
 * {@code Texts.info(null, "password.changed")} shows a global message.
 */
public final class Texts {

    public static final String BUNDLE = "i18n.messages";

    private Texts() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        // The bundles' rule: only a text with a placeholder is a MessageFormat pattern (quotes doubled);
        // any other text is shown as written, exactly as the pages show it through #{msg[...]}.
        return pattern.indexOf('{') < 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return text(context.getViewRoot().getLocale(), key, arguments);
    }

    public static void error(String clientId, BusinessException exception) {
        add(clientId, FacesMessage.SEVERITY_ERROR, exception.messageKey(), exception.arguments());
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String summary = text(key, arguments);
        context.addMessage(clientId, new FacesMessage(severity, summary, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
