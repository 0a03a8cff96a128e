package org.fourpermille.hub.groups;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Events as an iCalendar file (RFC 5545), written by hand: one VCALENDAR of VEVENTs with times in UTC
 * (the "Z" form, which every calendar application reads without a VTIMEZONE block), text escaped, and
 * lines folded at 75 octets with CRLF endings. A library (ical4j) would bring a dozen classes and its own
 * dependencies for these few properties.
 *
 * <p>Usage: {@code String ics = ICalendar.of(events, "Knowledge Interface", baseUrl, now);}
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /**
     * @param name    the calendar's name, shown by applications that subscribe to it
     * @param baseUrl the platform's address (no trailing slash): event pages are linked from it and the
     *                events' UIDs are made unique with its host
     */
    public static String of(List<GroupEvent> events, String name, String baseUrl, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//4 per 1000 Initiative//Collaborative platform//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        if (name != null) {
            line(out, "X-WR-CALNAME:" + escape(name));
        }
        String host = host(baseUrl);
        for (GroupEvent event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:event-" + event.getId() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + UTC.format(event.getStartsAt()));
            line(out, "DTEND:" + UTC.format(event.getEndsAt()));
            line(out, "SUMMARY:" + escape(event.getTitle()));
            String page = baseUrl + GroupEvents.path(event);
            String description = event.getDescription() == null ? page : event.getDescription() + "\n\n" + page;
            if (event.getOnlineLink() != null) {
                description = event.getOnlineLink() + "\n\n" + description;
            }
            line(out, "DESCRIPTION:" + escape(description));
            String location = event.getVenue() != null ? event.getVenue() : event.getOnlineLink();
            line(out, "LOCATION:" + escape(location));
            // URL is a URI, not TEXT: it is written as it is (GroupEvent accepts only http(s) addresses without spaces).
            line(out, "URL:" + (event.getOnlineLink() != null ? event.getOnlineLink() : page));
            line(out, "STATUS:" + (event.isCancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "SEQUENCE:" + event.getVersion());
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT value escaping (RFC 5545, 3.3.11): backslash, semicolon, comma, and line breaks as {@code \n}. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c >= ' ' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Folds a content line so that no physical line passes 75 octets of UTF-8 (RFC 5545, 3.1): a CRLF and a
     * space before each continuation, never inside a character (nor between the halves of a surrogate pair).
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += chars;
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine)).append(CRLF);
    }

    private static String host(String baseUrl) {
        try {
            String host = java.net.URI.create(baseUrl).getHost();
            return host == null ? "4p1000.local" : host;
        } catch (IllegalArgumentException e) {
            return "4p1000.local";
        }
    }
}
