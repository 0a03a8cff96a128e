package org.fourpermille.hub.shared;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

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
}
