package org.fourpermille.hub.notification;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import org.fourpermille.hub.groups.NotificationLevel;

/**
 * The two digest rhythms. A period starts every day (or every Monday) at {@link #HOUR} UTC, an early
 * morning in Europe and Africa and the evening before in the Americas: the digest of the people at that
 * level is built once, by the first node that claims the period.
 */
public enum DigestPeriod {
    DAILY(NotificationLevel.DAILY),
    WEEKLY(NotificationLevel.WEEKLY);

    /** The hour (UTC) at which a period starts. */
    public static final LocalTime HOUR = LocalTime.of(6, 0);

    /**
     * Unmailed notifications older than this are never mailed: longer than a week so the weekly digest
     * finds all of its week even when it runs late, short enough that the mail jobs read few rows.
     */
    public static final Duration MAIL_WINDOW = Duration.ofDays(8);

    private final NotificationLevel level;

    DigestPeriod(NotificationLevel level) {
        this.level = level;
    }

    /** The notification level whose people get this digest. */
    public NotificationLevel level() {
        return level;
    }

    /** The start of the period {@code now} is in: the latest 06:00 UTC (of a Monday, for weekly) not after it. */
    public Instant startOf(Instant now) {
        ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
        ZonedDateTime start = utc.with(HOUR);
        if (this == WEEKLY) {
            start = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        if (start.isAfter(utc)) {
            start = this == WEEKLY ? start.minusWeeks(1) : start.minusDays(1);
        }
        return start.toInstant();
    }
}
