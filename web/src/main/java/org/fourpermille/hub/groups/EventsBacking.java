package org.fourpermille.hub.groups;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FormSubmissions;
import org.fourpermille.hub.shared.FormToken;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /groups/events.xhtml?group=G}: a group's upcoming and past events, a page of each at a time
 * ({@code &upcoming=N&past=N} keep the pages in the address), and the form its facilitators plan one with.
 */
@Named("events")
@RequestScoped
public class EventsBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    @Param(name = "group")
    private Long groupId;
    @Inject
    @Param(name = "upcoming")
    private Integer upcomingPage;
    @Inject
    @Param(name = "past")
    private Integer pastPage;

    @Inject
    private GroupEvents service;
    @Inject
    private FormSubmissions submissions;
    @Inject
    private FormToken formToken;

    private GroupPass pass;
    private EventList upcoming;
    private EventList past;
    private EventFormFields form;

    @PostConstruct
    void load() {
        if (groupId == null) {
            return;
        }
        try {
            pass = service.open(groupId);
        } catch (NotFoundException unknown) {
            pass = null;
        }
        if (pass != null && pass.mayModerate()) {
            form = new EventFormFields();
            form.setZone(service.defaultZone());
        }
    }

    public void requireFound() throws IOException {
        if (pass == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return pass != null;
    }

    public GroupPass getPass() {
        return pass;
    }

    public HubGroup getGroup() {
        return pass.group();
    }

    public EventList getUpcoming() {
        if (upcoming == null) {
            upcoming = service.upcoming(groupId, page(upcomingPage) * PAGE_SIZE, PAGE_SIZE);
        }
        return upcoming;
    }

    public EventList getPast() {
        if (past == null) {
            past = service.past(groupId, page(pastPage) * PAGE_SIZE, PAGE_SIZE);
        }
        return past;
    }

    public int getUpcomingPage() {
        return page(upcomingPage);
    }

    public int getPastPage() {
        return page(pastPage);
    }

    public boolean hasMore(EventList list, int page) {
        return (long) (page + 1) * PAGE_SIZE < list.total();
    }

    private static int page(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }

    public EventFormFields getForm() {
        return form;
    }

    public String create() {
        try {
            // A double click schedules one event: the second submission of the page is sent to the first's.
            long id = submissions.once(formToken.posted("eventForm"), "groups.event", () -> service.create(groupId, form.toPlan()).getId());
            Texts.info(null, "event.created");
            return "/groups/event?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            Texts.error(null, e);
            EventFormFields.show("eventForm", e.problems());
        } catch (BusinessException e) {
            Texts.error(null, e);
        }
        return null;
    }
}
