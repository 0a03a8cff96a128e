package org.fourpermille.hub.groups;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/**
 * A webinar or meeting of a group. Its times are instants; the organiser's time zone is kept so the
 * page can show the organiser's wall-clock time next to the reader's. Every change goes through
 * {@link #plan(EventPlan)}, which refuses an event without title, ending before it starts, in an unknown
 * zone, with a link that is not a web address, with nowhere to go (neither link nor venue) or with fewer
 * than one seat.
 */
@Entity
@Table(name = "group_event")
public class GroupEvent {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int ZONE_LENGTH = 60;
    public static final int LINK_LENGTH = 500;
    public static final int VENUE_LENGTH = 300;
    /** The zone a form offers first when the organiser has none yet: the Executive Secretariat's. */
    public static final String DEFAULT_ZONE = "Europe/Paris";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private HubGroup group;

    @Column(length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private EventKind kind;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "time_zone", length = ZONE_LENGTH, nullable = false)
    private String timeZone;

    @Column(name = "online_link", length = LINK_LENGTH)
    private String onlineLink;

    @Column(length = VENUE_LENGTH)
    private String venue;

    private Integer capacity;

    @Column(name = "registration_open", nullable = false)
    private boolean registrationOpen;

    @Column(nullable = false)
    private boolean cancelled;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private Account createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected GroupEvent() {
    }

    public GroupEvent(HubGroup group, EventPlan plan, Account createdBy, Instant now) {
        this.group = group;
        this.createdBy = createdBy;
        this.createdAt = now;
        plan(plan);
    }

    /** Replaces what the organiser described, all fields at once, or refuses with every problem found. */
    public final void plan(EventPlan plan) {
        if (cancelled) {
            throw new BusinessException("event.error.cancelled");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = clean(plan.title());
        if (cleanTitle == null) {
            problems.add(FieldProblem.of("title", "event.error.titleRequired"));
        } else if (cleanTitle.length() > TITLE_LENGTH) {
            problems.add(FieldProblem.of("title", "error.tooLong", TITLE_LENGTH));
        }
        String cleanDescription = clean(plan.description());
        if (cleanDescription != null && cleanDescription.length() > DESCRIPTION_LENGTH) {
            problems.add(FieldProblem.of("description", "error.tooLong", DESCRIPTION_LENGTH));
        }
        if (plan.kind() == null) {
            problems.add(FieldProblem.of("kind", "event.error.kindRequired"));
        }
        ZoneId zone = zoneOrNull(plan.zoneId());
        if (zone == null) {
            problems.add(FieldProblem.of("zone", "event.error.zone"));
        }
        if (plan.startDate() == null) {
            problems.add(FieldProblem.of("startDate", "event.error.dateRequired"));
        }
        if (plan.startTime() == null) {
            problems.add(FieldProblem.of("startTime", "event.error.timeRequired"));
        }
        if (plan.endTime() == null) {
            problems.add(FieldProblem.of("endTime", "event.error.timeRequired"));
        }
        Instant start = null;
        Instant end = null;
        if (zone != null && plan.startDate() != null && plan.startTime() != null && plan.endTime() != null) {
            LocalDate endDate = plan.endDate() == null ? plan.startDate() : plan.endDate();
            start = ZonedDateTime.of(plan.startDate(), plan.startTime(), zone).toInstant();
            end = ZonedDateTime.of(endDate, plan.endTime(), zone).toInstant();
            if (!end.isAfter(start)) {
                problems.add(FieldProblem.of("endTime", "event.error.endBeforeStart"));
            }
        }
        String link = clean(plan.onlineLink());
        if (link != null) {
            if (link.length() > LINK_LENGTH) {
                problems.add(FieldProblem.of("onlineLink", "error.tooLong", LINK_LENGTH));
            } else if (!isWebAddress(link)) {
                problems.add(FieldProblem.of("onlineLink", "event.error.link"));
            }
        }
        String place = clean(plan.venue());
        if (place != null && place.length() > VENUE_LENGTH) {
            problems.add(FieldProblem.of("venue", "error.tooLong", VENUE_LENGTH));
        }
        if (link == null && place == null) {
            problems.add(FieldProblem.of("onlineLink", "event.error.whereRequired"));
        }
        if (plan.capacity() != null && plan.capacity() < 1) {
            problems.add(FieldProblem.of("capacity", "event.error.capacity"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.title = cleanTitle;
        this.description = cleanDescription;
        this.kind = plan.kind();
        this.timeZone = zone.getId();
        this.startsAt = start;
        this.endsAt = end;
        this.onlineLink = link;
        this.venue = place;
        this.capacity = plan.capacity();
        this.registrationOpen = plan.registrationOpen();
    }

    /** The event will not take place; it stays listed, marked cancelled, and takes no more registrations. */
    public void cancel() {
        if (cancelled) {
            throw new BusinessException("event.error.cancelled");
        }
        this.cancelled = true;
        this.registrationOpen = false;
    }

    /**
     * Refuses a registration that the event cannot take now: cancelled, registration closed, already
     * over, or every seat taken ({@code registered} is the count read while the event's row is locked).
     */
    public void checkRegistration(long registered, Instant now) {
        if (cancelled) {
            throw new BusinessException("event.error.cancelled");
        }
        if (!now.isBefore(endsAt)) {
            throw new BusinessException("event.error.over");
        }
        if (!registrationOpen) {
            throw new BusinessException("event.error.registrationClosed");
        }
        if (capacity != null && registered >= capacity) {
            throw new BusinessException("event.error.full");
        }
    }

    /** Whether a zone id names a zone Java knows ("Europe/Paris", "UTC"); blank and unknown ids do not. */
    public static boolean isZone(String zoneId) {
        return zoneOrNull(zoneId) != null;
    }

    private static ZoneId zoneOrNull(String zoneId) {
        if (zoneId == null || zoneId.isBlank() || zoneId.length() > ZONE_LENGTH) {
            return null;
        }
        try {
            return ZoneId.of(zoneId.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** An absolute http(s) address with a host, and nothing a calendar or a browser would read otherwise. */
    static boolean isWebAddress(String link) {
        String lower = link.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || link.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(link);
            return uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The form's values for this event, to edit it. */
    public EventPlan toPlan() {
        ZoneId zone = getZone();
        ZonedDateTime start = startsAt.atZone(zone);
        ZonedDateTime end = endsAt.atZone(zone);
        return new EventPlan(title, description, kind, start.toLocalDate(), start.toLocalTime(),
                end.toLocalDate().equals(start.toLocalDate()) ? null : end.toLocalDate(), end.toLocalTime(),
                timeZone, onlineLink, venue, capacity, registrationOpen);
    }

    public boolean isOver(Instant now) {
        return !now.isBefore(endsAt);
    }

    public Long getId() {
        return id;
    }

    public HubGroup getGroup() {
        return group;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public EventKind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getVenue() {
        return venue;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public boolean isRegistrationOpen() {
        return registrationOpen;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupEvent event && id != null && id.equals(event.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
