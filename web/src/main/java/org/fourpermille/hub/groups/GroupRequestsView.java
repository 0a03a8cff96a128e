package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.NotFoundException;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;

/**
 * The requests to join a group as the facilitator saw them when the members page was shown. Kept in the
 * view, so the button pressed is the one of the person on that row even when another facilitator decided a
 * request in between (the list read again would have shifted or lost that row, and the press would have
 * gone to someone else or nowhere). The service then refuses a request decided meanwhile with a message.
 */
@Named("groupRequests")
@ViewScoped
public class GroupRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One waiting request, as shown. */
    public record Row(long id, int version, String email, String name, String organisation, String note) implements Serializable {
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
            if (membership.pass(id).mayModerate()) {
                rows = membership.requests(id).stream().map(r -> new Row(r.getId(), r.getVersion(), r.getAccount().getEmail(),
                        r.getAccount().getDisplayName(), r.getAccount().getOrganisation() == null ? null
                                : r.getAccount().getOrganisation().getName(), r.getRequestNote())).toList();
            }
        } catch (NotFoundException unknown) {
            rows = List.of();
        }
    }

    public List<Row> getRows() {
        return rows;
    }
}
