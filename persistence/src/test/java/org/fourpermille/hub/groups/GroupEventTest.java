package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

class GroupEventTest {

    private static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");
    private static final Account ORGANISER = new Account("organiser@example.org", "Organiser", SupportedLocale.EN,
            EnumSet.of(Role.PARTNER), NOW);
    private static final HubGroup GROUP = new HubGroup("INTERFACE_TEST", GroupKind.INTERFACE, 1,
            List.of("Test", "Test", "Test"), List.of("", "", ""), NOW);

    private static EventPlan plan(String title, String start, String end, String zone, String link, String venue,
                                  Integer capacity) {
        return new EventPlan(title, "About soils", EventKind.WEBINAR, LocalDate.parse("2030-07-15"),
                start == null ? null : LocalTime.parse(start), null, end == null ? null : LocalTime.parse(end),
                zone, link, venue, capacity, true);
    }

    private static EventPlan good() {
        return plan("Soil carbon webinar", "15:00", "16:30", "Europe/Paris", "https://meet.example.org/soil", null, 30);
    }

    private static Set<String> problems(EventPlan plan) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new GroupEvent(GROUP, plan, ORGANISER, NOW));
        return refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).collect(Collectors.toSet());
    }

    @Test
    void times_on_the_organisers_wall_clock_become_instants() {
        GroupEvent event = new GroupEvent(GROUP, good(), ORGANISER, NOW);
        // Paris is on summer time (UTC+2) in July.
        assertEquals(Instant.parse("2030-07-15T13:00:00Z"), event.getStartsAt());
        assertEquals(Instant.parse("2030-07-15T14:30:00Z"), event.getEndsAt());
        assertEquals("Europe/Paris", event.getTimeZone());
        assertEquals(LocalTime.parse("15:00"), event.toPlan().startTime());
    }

    @Test
    void an_end_date_lets_an_event_run_over_midnight() {
        EventPlan overnight = new EventPlan("Night", null, EventKind.MEETING, LocalDate.parse("2030-07-15"),
                LocalTime.parse("22:00"), LocalDate.parse("2030-07-16"), LocalTime.parse("01:00"), "UTC", null, "Room 1", null, true);
        GroupEvent event = new GroupEvent(GROUP, overnight, ORGANISER, NOW);
        assertEquals(Instant.parse("2030-07-16T01:00:00Z"), event.getEndsAt());
    }

    @Test
    void the_title_is_required() {
        assertTrue(problems(plan("  ", "15:00", "16:00", "Europe/Paris", "https://x.org", null, null)).contains("title:event.error.titleRequired"));
    }

    @Test
    void the_end_must_come_after_the_start() {
        assertTrue(problems(plan("T", "15:00", "15:00", "Europe/Paris", "https://x.org", null, null)).contains("endTime:event.error.endBeforeStart"));
        assertTrue(problems(plan("T", "15:00", "14:00", "Europe/Paris", "https://x.org", null, null)).contains("endTime:event.error.endBeforeStart"));
    }

    @Test
    void the_zone_must_be_a_known_zone() {
        assertTrue(problems(plan("T", "15:00", "16:00", "Mars/Olympus", "https://x.org", null, null)).contains("zone:event.error.zone"));
        assertTrue(problems(plan("T", "15:00", "16:00", "", "https://x.org", null, null)).contains("zone:event.error.zone"));
    }

    @Test
    void a_link_must_be_a_web_address() {
        assertTrue(problems(plan("T", "15:00", "16:00", "UTC", "javascript:alert(1)", null, null)).contains("onlineLink:event.error.link"));
        assertTrue(problems(plan("T", "15:00", "16:00", "UTC", "meet.example.org", null, null)).contains("onlineLink:event.error.link"));
        assertTrue(problems(plan("T", "15:00", "16:00", "UTC", "https://meet example.org", null, null)).contains("onlineLink:event.error.link"));
        new GroupEvent(GROUP, plan("T", "15:00", "16:00", "UTC", "http://meet.example.org/a?b=c", null, null), ORGANISER, NOW);
    }

    @Test
    void an_event_needs_a_link_or_a_venue() {
        assertTrue(problems(plan("T", "15:00", "16:00", "UTC", " ", " ", null)).contains("onlineLink:event.error.whereRequired"));
        new GroupEvent(GROUP, plan("T", "15:00", "16:00", "UTC", null, "Montpellier, Agropolis", null), ORGANISER, NOW);
    }

    @Test
    void a_capacity_when_given_is_at_least_one() {
        assertTrue(problems(plan("T", "15:00", "16:00", "UTC", "https://x.org", null, 0)).contains("capacity:event.error.capacity"));
        assertEquals(1, new GroupEvent(GROUP, plan("T", "15:00", "16:00", "UTC", "https://x.org", null, 1), ORGANISER, NOW).getCapacity());
    }

    @Test
    void every_problem_is_reported_at_once() {
        Set<String> all = problems(plan("", null, null, "Nowhere", null, null, -2));
        assertEquals(Set.of("title:event.error.titleRequired", "zone:event.error.zone", "startTime:event.error.timeRequired",
                "endTime:event.error.timeRequired", "onlineLink:event.error.whereRequired", "capacity:event.error.capacity"), all);
    }

    @Test
    void the_last_seat_goes_once_and_then_the_event_is_full() {
        GroupEvent event = new GroupEvent(GROUP, plan("T", "15:00", "16:00", "UTC", "https://x.org", null, 1), ORGANISER, NOW);
        event.checkRegistration(0, NOW);
        BusinessException full = assertThrows(BusinessException.class, () -> event.checkRegistration(1, NOW));
        assertEquals("event.error.full", full.messageKey());
    }

    @Test
    void no_registration_after_the_end_or_after_cancelling() {
        GroupEvent event = new GroupEvent(GROUP, plan("T", "15:00", "16:00", "UTC", "https://x.org", null, null), ORGANISER, NOW);
        assertEquals("event.error.over", assertThrows(BusinessException.class,
                () -> event.checkRegistration(0, Instant.parse("2030-07-15T16:00:00Z"))).messageKey());
        event.cancel();
        assertEquals("event.error.cancelled", assertThrows(BusinessException.class, () -> event.checkRegistration(0, NOW)).messageKey());
        assertEquals("event.error.cancelled", assertThrows(BusinessException.class, event::cancel).messageKey());
    }
}
