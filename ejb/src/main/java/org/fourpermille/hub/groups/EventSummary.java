package org.fourpermille.hub.groups;

/**
 * An event as a page lists it: with how many people registered and whether the reader is one of them.
 *
 * @param registered the number of registrations now
 * @param mine       whether the caller is registered
 */
public record EventSummary(GroupEvent event, long registered, boolean mine) {

    /** Seats still free, or null when the event has no limit. */
    public Long seatsLeft() {
        Integer capacity = event.getCapacity();
        return capacity == null ? null : Math.max(0, capacity - registered);
    }

    public boolean isFull() {
        Long left = seatsLeft();
        return left != null && left == 0;
    }
}
