package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.NotFoundException;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;

/**
 * The terms of an appointed group (the STC, the Bureau) as they were shown on the members page. Kept in the
 * view for the same reason as {@link GroupRequestsView}: "End the term" then ends the term of the person on
 * that row, even if an appointment made meanwhile shifted the list read again; a term changed meanwhile is
 * refused by its version.
 */
@Named("groupTerms")
@ViewScoped
public class GroupTermsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One term, as shown. */
    public record Row(long id, int version, String email, String name, Seat seat, LocalDate startsOn, LocalDate lastDay,
                      boolean endedEarly) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private GroupMembership membership;

    private List<Row> rows = List.of();

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            rows = membership.terms(id).stream().map(t -> new Row(t.getId(), t.getVersion(), t.getAccount().getEmail(),
                    t.getAccount().getDisplayName(), t.getSeat(), t.getStartsOn(), t.lastDay(), t.getEndedOn() != null)).toList();
        } catch (NotFoundException unknown) {
            rows = List.of();
        }
    }

    public List<Row> getRows() {
        return rows;
    }
}
