package org.fourpermille.hub.groups;

import java.util.List;

/** One page of a group's events and how many there are in all. */
public record EventList(List<EventSummary> rows, long total) {
}
