package org.fourpermille.hub.groups;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The events shown on other pages: the next events of a group on its front page, and the dashboard's
 * "my upcoming events". Each list is read once per request.
 */
@Named("eventPanels")
@RequestScoped
public class EventPanels {

    static final int SHOWN = 5;

    @Inject
    private GroupEvents service;

    private final Map<Long, List<EventSummary>> nextByGroup = new HashMap<>();
    private List<EventSummary> mine;

    /** The next events of a group (ongoing ones included). */
    public List<EventSummary> next(long groupId) {
        return nextByGroup.computeIfAbsent(groupId, id -> service.upcoming(id, 0, SHOWN).rows());
    }

    /** The events the reader registered for that have not ended. */
    public List<EventSummary> getMine() {
        if (mine == null) {
            mine = service.myUpcoming(SHOWN);
        }
        return mine;
    }
}
