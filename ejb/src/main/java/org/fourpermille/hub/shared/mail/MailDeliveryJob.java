package org.fourpermille.hub.shared.mail;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.config.Setting;
import org.fourpermille.hub.shared.Clock;

/**
 * Delivers due mail. Each call claims up to {@link #BATCH} pending rows with {@code FOR UPDATE SKIP LOCKED}
 * in its own transaction, so nodes running it at the same moment never send a message twice.
 */
@Stateless
@PermitAll
public class MailDeliveryJob {

    static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(MailDeliveryJob.class.getName());

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Returns how many messages it handled, so the scheduler can go on at once while there is more. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverDue() {
        @SuppressWarnings("unchecked")
        List<OutgoingMail> due = em.createNativeQuery(
                        "SELECT * FROM outgoing_mail WHERE status = 'PENDING' AND next_attempt_at <= ?1 "
                                + "ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED", OutgoingMail.class)
                .setParameter(1, Timestamp.from(clock.now()))
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        if ("outbox".equalsIgnoreCase(Setting.MAIL_TRANSPORT.lookup())) {
            due.forEach(mail -> mail.keepInOutbox(clock.now()));
            return due.size();
        }
        Session session = smtpSession();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (OutgoingMail mail : due) {
                try {
                    MimeMessage message = toMessage(session, mail);
                    transport.sendMessage(message, message.getAllRecipients());
                    mail.markSent(clock.now());
                } catch (MessagingException e) {
                    // The id, not the address: the log holds no personal data; the Operations page shows the mail's error.
                    LOG.log(Level.WARNING, "Could not send mail " + mail.getId(), e);
                    mail.markFailedAttempt(e.getMessage(), clock.now());
                }
            }
        } catch (MessagingException serverUnavailable) {
            LOG.log(Level.WARNING, "SMTP server unavailable; mail stays queued", serverUnavailable);
            due.forEach(mail -> mail.markFailedAttempt(serverUnavailable.getMessage(), clock.now()));
        }
        return due.size();
    }

    private static MimeMessage toMessage(Session session, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(InternetAddress.parse(Setting.MAIL_FROM.lookup())[0]);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBodyText(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", mail.getLanguage());
        if (mail.getListUnsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.getListUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setSentDate(new java.util.Date());
        return message;
    }

    private static Session smtpSession() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", Setting.SMTP_HOST.lookup());
        properties.put("mail.smtp.port", String.valueOf(Setting.SMTP_PORT.lookupInt()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        boolean startTls = Setting.SMTP_STARTTLS.lookupBoolean();
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        String user = Setting.SMTP_USER.lookup();
        if (user == null || user.isBlank()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        String password = Setting.SMTP_PASSWORD.lookup();
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }
}
