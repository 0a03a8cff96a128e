package org.fourpermille.hub.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fourpermille.hub.groups.ActivityKind;
import org.junit.jupiter.api.Test;

class DigestTextTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static final DigestText.Phrases ENGLISH = new DigestText.Phrases() {
        @Override
        public String line(ActivityKind kind, String groupName, String title) {
            return kind + " in " + groupName + ": " + title;
        }

        @Override
        public String unsubscribe(String groupName, String link) {
            return "Stop " + groupName + ": " + link;
        }
    };

    private static DigestText.Entry entry(long group, String name, ActivityKind kind, String title, int minutes) {
        return new DigestText.Entry(group, name, kind, title, "http://hub/t/" + title, T0.plusSeconds(60L * minutes));
    }

    @Test
    void activities_are_listed_by_group_in_the_readers_alphabetical_order_oldest_first() {
        List<DigestText.Entry> entries = List.of(
                entry(2, "Projects Interface", ActivityKind.TOPIC, "Funding call", 30),
                entry(1, "Interface Connaissances", ActivityKind.DOCUMENT, "Carte", 20),
                entry(2, "Projects Interface", ActivityKind.EVENT, "Webinar", 10),
                entry(3, "Écoles", ActivityKind.TOPIC, "Sols", 5));

        Map<Long, List<DigestText.Entry>> groups = DigestText.byGroup(entries, Locale.FRENCH);

        // A French reader finds "Écoles" before "Interface", as in a dictionary, not after "Z" as in Unicode.
        assertEquals(List.of(3L, 1L, 2L), List.copyOf(groups.keySet()));
        assertEquals(List.of("Webinar", "Funding call"), groups.get(2L).stream().map(DigestText.Entry::title).toList());
    }

    @Test
    void each_group_has_its_heading_its_lines_with_links_and_its_own_unsubscribe_link() {
        String text = DigestText.listing(List.of(
                        entry(7, "Knowledge Interface", ActivityKind.TOPIC, "Soil maps", 0),
                        entry(9, "Projects Interface", ActivityKind.DOCUMENT, "Budget", 1),
                        entry(7, "Knowledge Interface", ActivityKind.REPLY, "Soil maps", 2)),
                Locale.ENGLISH, ENGLISH, group -> "http://hub/unsubscribe?g=" + group);

        String knowledge = text.substring(0, text.indexOf("Projects Interface\n"));
        String projects = text.substring(text.indexOf("Projects Interface\n"));
        assertTrue(knowledge.startsWith("Knowledge Interface\n"), text);
        assertTrue(knowledge.indexOf("TOPIC in Knowledge Interface: Soil maps\n  http://hub/t/Soil maps")
                < knowledge.indexOf("REPLY in Knowledge Interface: Soil maps"), text);
        assertTrue(knowledge.contains("Stop Knowledge Interface: http://hub/unsubscribe?g=7"), text);
        assertTrue(projects.contains("DOCUMENT in Projects Interface: Budget"), text);
        assertTrue(projects.contains("Stop Projects Interface: http://hub/unsubscribe?g=9"), text);
        assertTrue(!projects.contains("g=7") && !knowledge.contains("g=9"), text);
    }
}
