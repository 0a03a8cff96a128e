package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An event as its organiser describes it on the form: the day and the times on the wall clock of
 * {@code zoneId} (the organiser's zone), not instants. {@link GroupEvent} checks it and turns the times into
 * instants. {@code endDate} may be empty for an event that ends on the day it starts.
 */
public record EventPlan(String title, String description, EventKind kind, LocalDate startDate, LocalTime startTime,
                        LocalDate endDate, LocalTime endTime, String zoneId, String onlineLink, String venue,
                        Integer capacity, boolean registrationOpen) implements Serializable {
}
