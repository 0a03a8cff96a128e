package org.fourpermille.hub.notification;

/**
 * The kinds of mail the platform writes. Each has {@code <key>.subject} and {@code <key>.body} in
 * {@code mail_{en,fr,es}.properties}; the body is a {@link java.text.MessageFormat} pattern.
 */
public enum MailTemplate {
    /** {0} name, {1} link, {2} minutes the link stays valid. */
    PASSWORD_RESET("passwordReset"),
    /** {0} name, {1} link, {2} days the link stays valid, {3} who invited. */
    INVITATION("invitation"),
    /** {0} name, {1} address of the platform. */
    PASSWORD_CHANGED("passwordChanged");

    private final String key;

    MailTemplate(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
