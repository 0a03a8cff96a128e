package org.fourpermille.hub.shared.mail;

import java.text.MessageFormat;
import java.util.ResourceBundle;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * Writes a message in the recipient's language to the outbox, in the caller's transaction: if the
 * change it reports rolls back, no mail leaves. {@link MailDeliveryJob} delivers it shortly after.
 *
 * <p>Usage: {@code mailer.send(account.getEmail(), account.getLocale(), MailTemplate.PASSWORD_RESET, name, link, 60)}.
 */
@Stateless
@PermitAll
public class Mailer {

    private static final String BUNDLE = "org.fourpermille.hub.shared.mail.mail";

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;

    public void send(String recipient, SupportedLocale language, MailTemplate template, Object... arguments) {
        em.persist(write(recipient, language, template, arguments));
    }

    /**
     * As {@link #send}, for mail about one group's activity: {@code unsubscribe} (an absolute address that
     * works without signing in and takes the RFC 8058 one-click POST) goes out as the List-Unsubscribe header.
     */
    public void sendWithUnsubscribe(String recipient, SupportedLocale language, String unsubscribe,
                                    MailTemplate template, Object... arguments) {
        em.persist(write(recipient, language, template, arguments).withListUnsubscribe(unsubscribe));
    }

    private OutgoingMail write(String recipient, SupportedLocale language, MailTemplate template, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale(), Mailer.class.getClassLoader());
        MessageFormat body = new MessageFormat(texts.getString(template.key() + ".body"), language.locale());
        // The footer follows the bundle's rule too (quotes doubled), so it goes through MessageFormat as well.
        String footer = new MessageFormat(texts.getString("footer"), language.locale()).format(new Object[0]);
        String text = body.format(arguments) + "\n\n-- \n" + footer;
        String subject = new MessageFormat(texts.getString(template.key() + ".subject"), language.locale()).format(arguments);
        return new OutgoingMail(recipient, subject, text, language.tag(), clock.now());
    }

    /**
     * A phrase of the mail bundle in {@code language}, for arguments that must be translated too (a level,
     * a line of a digest).
     */
    public String phrase(SupportedLocale language, String key, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale(), Mailer.class.getClassLoader());
        return new MessageFormat(texts.getString(key), language.locale()).format(arguments);
    }
}
