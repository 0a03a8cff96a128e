package org.fourpermille.hub.shared;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;

/**
 * The time zones offered in choosers: UTC, then the IANA "Region/City" ids, sorted. Ids such as "EST",
 * "Etc/GMT+3" or "SystemV/..." are left out: they confuse more than they help (Etc/GMT+3 is three hours
 * behind UTC).
 */
public final class TimeZones {

    private static final String REGION_CITY =
            "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+";

    public static final List<String> CHOICES = Stream.concat(Stream.of("UTC"),
            ZoneId.getAvailableZoneIds().stream().filter(id -> id.matches(REGION_CITY)).sorted()).toList();

    private TimeZones() {
    }

    /** "America/Argentina/Buenos_Aires" as a person reads it: "America / Argentina / Buenos Aires". */
    public static String label(String id) {
        return id.replace('_', ' ').replace("/", " / ");
    }

    /**
     * The choices for a select, in groups: first "your zone" (the zones given, such as the one saved; the page's
     * script adds the browser's), then UTC, then one group per region, each zone labelled readably. What the select
     * posts stays the IANA id.
     */
    public static List<SelectItem> grouped(List<String> first) {
        List<SelectItem> groups = new ArrayList<>();
        SelectItem[] own = first.stream().filter(Objects::nonNull).filter(CHOICES::contains).distinct()
                .map(TimeZones::item).toArray(SelectItem[]::new);
        // Always there, even empty, so the page's script has a place to put the browser's zone.
        groups.add(new SelectItemGroup(Texts.text("timeZone.group.yours"), null, false, own));
        groups.add(new SelectItemGroup(Texts.text("timeZone.group.universal"), null, false, new SelectItem[] {item("UTC")}));
        Map<String, List<SelectItem>> byRegion = new LinkedHashMap<>();
        for (String id : CHOICES) {
            int slash = id.indexOf('/');
            if (slash > 0) {
                byRegion.computeIfAbsent(id.substring(0, slash), region -> new ArrayList<>()).add(item(id));
            }
        }
        byRegion.forEach((region, zones) -> groups.add(new SelectItemGroup(Texts.text("timeZone.region." + region), null, false,
                zones.toArray(SelectItem[]::new))));
        return groups;
    }

    private static SelectItem item(String id) {
        return new SelectItem(id, label(id));
    }
}
