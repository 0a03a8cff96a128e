package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant NOW = Instant.parse("2030-03-01T09:00:00Z");

    @Test
    void text_escapes_backslash_semicolon_comma_and_line_breaks() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf", ICalendar.escape("a\\b;c,d\r\ne\nf"));
        assertEquals("colons: stay", ICalendar.escape("colons: stay"));
        assertEquals("", ICalendar.escape(null));
    }

    @Test
    void short_lines_are_not_folded() {
        String line = "SUMMARY:" + "x".repeat(67);
        assertEquals(75, line.length());
        assertEquals(line, ICalendar.fold(line));
    }

    @Test
    void long_lines_fold_at_75_octets_with_a_space_and_unfold_to_the_same_text() {
        String line = "DESCRIPTION:" + "Séquestration du carbone – 4 pour 1000 ✓ 🌱 ".repeat(8);
        String folded = ICalendar.fold(line);
        for (String physical : folded.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
            assertTrue(!physical.isEmpty());
        }
        assertTrue(folded.contains("\r\n "));
        assertEquals(line, folded.replace("\r\n ", ""));
    }

    @Test
    void a_calendar_has_utc_times_and_crlf_lines() {
        Account organiser = new Account("o@example.org", "O", SupportedLocale.EN, EnumSet.of(Role.PARTNER), NOW);
        HubGroup group = new HubGroup("G", GroupKind.INTERFACE, 1, List.of("G", "G", "G"), List.of("", "", ""), NOW);
        GroupEvent event = new GroupEvent(group, new EventPlan("Soils, carbon; and you", "Line one\nLine two", EventKind.WEBINAR,
                LocalDate.parse("2030-07-15"), LocalTime.parse("15:00"), null, LocalTime.parse("16:30"), "Europe/Paris",
                "https://meet.example.org/soil", null, 10, true), organiser, NOW);
        String ics = ICalendar.of(List.of(event), "Mine", "https://hub.example.org", NOW);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART:20300715T130000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND:20300715T143000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTAMP:20300301T090000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nSUMMARY:Soils\\, carbon\\; and you\r\n"), ics);
        assertTrue(ics.contains("\r\nURL:https://meet.example.org/soil\r\n"), ics);
        assertTrue(ics.contains("@hub.example.org\r\n"), ics);
        assertTrue(ics.replace("\r\n ", "").contains("Line one\\nLine two"), ics);
        assertTrue(!ics.replace("\r\n", "").contains("\n"), "bare line feeds");
    }
}
