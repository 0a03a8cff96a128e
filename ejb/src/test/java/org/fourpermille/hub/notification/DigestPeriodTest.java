package org.fourpermille.hub.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DigestPeriodTest {

    @Test
    void a_day_starts_at_six_utc() {
        assertEquals(Instant.parse("2026-03-04T06:00:00Z"), DigestPeriod.DAILY.startOf(Instant.parse("2026-03-04T06:00:00Z")));
        assertEquals(Instant.parse("2026-03-04T06:00:00Z"), DigestPeriod.DAILY.startOf(Instant.parse("2026-03-04T23:59:00Z")));
        assertEquals(Instant.parse("2026-03-03T06:00:00Z"), DigestPeriod.DAILY.startOf(Instant.parse("2026-03-04T05:59:59Z")));
    }

    @Test
    void a_week_starts_on_monday_at_six_utc() {
        // 2026-03-02 is a Monday.
        assertEquals(Instant.parse("2026-03-02T06:00:00Z"), DigestPeriod.WEEKLY.startOf(Instant.parse("2026-03-04T12:00:00Z")));
        assertEquals(Instant.parse("2026-03-02T06:00:00Z"), DigestPeriod.WEEKLY.startOf(Instant.parse("2026-03-08T23:00:00Z")));
        assertEquals(Instant.parse("2026-02-23T06:00:00Z"), DigestPeriod.WEEKLY.startOf(Instant.parse("2026-03-02T05:00:00Z")));
        assertEquals(Instant.parse("2026-03-02T06:00:00Z"), DigestPeriod.WEEKLY.startOf(Instant.parse("2026-03-02T06:00:00Z")));
    }
}
