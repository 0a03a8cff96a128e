package org.fourpermille.hub.shared;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Reads what the platform really sent through SMTP to the test's GreenMail server. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile(Pattern.quote(TestEnvironment.MAIL_BASE_URL) + "/(\\S+)");

    private Mailbox() {
    }

    /** The newest message to {@code recipient} whose subject contains {@code subjectPart}, waiting up to 20 s. */
    public static MimeMessage awaitMessage(String recipient, String subjectPart, int alreadySeen) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] matching = matching(recipient, subjectPart);
            if (matching.length > alreadySeen) {
                return matching[matching.length - 1];
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No new mail to " + recipient + " about '" + subjectPart + "' within 20 s");
    }

    public static int count(String recipient, String subjectPart) {
        return matching(recipient, subjectPart).length;
    }

    /** The platform link in a message, relative to the platform's root (e.g. {@code password/set.xhtml?token=...}). */
    public static String link(MimeMessage message) {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        if (!link.find()) {
            throw new AssertionError("No platform link in: " + GreenMailUtil.getBody(message));
        }
        return link.group(1);
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The message's text as its reader sees it: transfer encoding undone (accents, long lines), all text parts. */
    public static String text(MimeMessage message) {
        try {
            return text(message.getContent());
        } catch (java.io.IOException | MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(Object content) throws java.io.IOException, MessagingException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof jakarta.mail.Multipart parts) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/*") || parts.getBodyPart(i).isMimeType("multipart/*")) {
                    all.append(text(parts.getBodyPart(i).getContent())).append('\n');
                }
            }
            return all.toString();
        }
        return "";
    }

    private static MimeMessage[] matching(String recipient, String subjectPart) {
        return Arrays.stream(TestEnvironment.mail().getReceivedMessages())
                .filter(m -> is(m, recipient, subjectPart))
                .sorted(Comparator.comparing(Mailbox::sent))
                .toArray(MimeMessage[]::new);
    }

    private static boolean is(MimeMessage message, String recipient, String subjectPart) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient))
                    && message.getSubject().contains(subjectPart);
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static java.util.Date sent(MimeMessage message) {
        try {
            return message.getSentDate();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
