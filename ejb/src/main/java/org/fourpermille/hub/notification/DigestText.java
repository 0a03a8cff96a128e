package org.fourpermille.hub.notification;

import java.time.Instant;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

import org.fourpermille.hub.groups.ActivityKind;

/**
 * The body of a digest: the activities of one person's period, by group (groups in the reader's
 * alphabetical order, activities oldest first inside each), each with its link, and under each group the
 * link that stops this group's mail. Kept apart from the job so its shape is tested without a database.
 */
public final class DigestText {

    /** One activity as the reader sees it: the group's name in their language, and absolute links. */
    public record Entry(long groupId, String groupName, ActivityKind kind, String title, String link, Instant occurredAt) {
    }

    /** The phrases of the reader's language. */
    public interface Phrases {
        /** One activity, e.g. "New topic in Knowledge Interface: Soil maps". */
        String line(ActivityKind kind, String groupName, String title);

        /** The line under a group that gives its unsubscribe link. */
        String unsubscribe(String groupName, String link);
    }

    private DigestText() {
    }

    /** The entries by group: groups sorted by name for {@code locale}, activities oldest first. */
    public static Map<Long, List<Entry>> byGroup(List<Entry> entries, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::groupName, collator)
                .thenComparingLong(Entry::groupId)
                .thenComparing(Entry::occurredAt));
        Map<Long, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry entry : sorted) {
            groups.computeIfAbsent(entry.groupId(), id -> new ArrayList<>()).add(entry);
        }
        return groups;
    }

    /**
     * @param unsubscribeLink the one-click link of a group, by its id
     */
    public static String listing(List<Entry> entries, Locale locale, Phrases phrases, LongFunction<String> unsubscribeLink) {
        StringBuilder text = new StringBuilder();
        for (List<Entry> group : byGroup(entries, locale).values()) {
            Entry first = group.get(0);
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(first.groupName()).append('\n');
            text.append("=".repeat(Math.min(60, Math.max(3, first.groupName().length())))).append('\n');
            for (Entry entry : group) {
                text.append("\n* ").append(phrases.line(entry.kind(), entry.groupName(), entry.title()))
                        .append("\n  ").append(entry.link()).append('\n');
            }
            text.append('\n').append(phrases.unsubscribe(first.groupName(), unsubscribeLink.apply(first.groupId())));
        }
        return text.toString();
    }
}
