package org.fourpermille.hub.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.identity.ProfileService;
import org.fourpermille.hub.shared.TimeZones;

/**
 * Times of events as the reader reads them: in the zone of their settings (UTC when they chose none),
 * in their language, with the zone named; and, when it differs, in the organiser's zone too.
 *
 * <p>Usage: {@code #{eventTimes.when(event)}}, {@code #{eventTimes.organiserWhen(event)}},
 * {@code <time datetime="#{eventTimes.iso(event.startsAt)}">}.
 */
@Named("eventTimes")
@RequestScoped
public class EventTimes {

    @Inject
    private ProfileService profile;

    private ZoneId zone;

    @PostConstruct
    void load() {
        zone = profile.current().zone();
    }

    public ZoneId getZone() {
        return zone;
    }

    /** Whether the reader chose a zone in their settings (otherwise the page invites them to). */
    public boolean isChosen() {
        return profile.current().getTimeZone() != null;
    }

    /** "Tuesday, 15 July 2030, 10:00 – 11:30 (America/Sao_Paulo)" in the reader's zone. */
    public String when(GroupEvent event) {
        return range(event, zone, locale());
    }

    /** The same in the organiser's zone, or null when the reader's zone shows the same wall-clock times. */
    public String organiserWhen(GroupEvent event) {
        if (sameClock(event.getZone(), zone, event.getStartsAt())) {
            return null;
        }
        return range(event, event.getZone(), locale());
    }

    /** An instant as an ISO date-time with the reader's offset, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /** A short date and time in the reader's zone (registration times, lists). */
    public String at(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(instant.atZone(zone));
    }

    static String range(GroupEvent event, ZoneId in, Locale locale) {
        ZonedDateTime start = event.getStartsAt().atZone(in);
        ZonedDateTime end = event.getEndsAt().atZone(in);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        LocalDate endDay = end.toLocalDate();
        String to = endDay.equals(start.toLocalDate()) ? time.format(end) : day.format(end) + " " + time.format(end);
        return day.format(start) + " " + time.format(start) + " – " + to + " (" + in.getId() + ")";
    }

    private static boolean sameClock(ZoneId a, ZoneId b, Instant at) {
        return a.getRules().getOffset(at).equals(b.getRules().getOffset(at)) && a.getId().equals(b.getId());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** The zones a person may choose, grouped by region, the reader's own first; the select posts the IANA id. */
    public List<SelectItem> getZones() {
        return TimeZones.grouped(List.of(zone.getId()));
    }
}
