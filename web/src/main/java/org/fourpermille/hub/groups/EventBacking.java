package org.fourpermille.hub.groups;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.ChangedMeanwhile;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Postback;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /groups/event.xhtml?id=E}: one event in the reader's time zone (and the organiser's), seats left,
 * register or unregister; for its facilitators the registrants, the edit form and cancelling. Someone
 * who may not read the event's group gets a 404, as for an unknown id.
 */
@Named("eventPage")
@RequestScoped
public class EventBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private GroupEvents service;

    private EventSummary summary;
    private GroupPass pass;
    private EventFormFields form;
    private Integer version;
    private List<Registrant> registrants;
    private List<ChangedMeanwhile.Difference> meanwhile = List.of();

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            summary = service.event(id);
            pass = service.passFor(id);
        } catch (NotFoundException unknown) {
            summary = null;
            return;
        }
        // Always a form, even for someone who may not edit: a facilitator who lost the role with the page
        // open still sends it, and the service must be the one to refuse, with a message, not a missing form.
        form = EventFormFields.of(summary.event().toPlan());
        if (pass.mayModerate()) {
            version = summary.event().getVersion();
        }
    }

    public void requireFound() throws IOException {
        if (summary == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return summary != null;
    }

    public EventSummary getSummary() {
        return summary;
    }

    public GroupEvent getEvent() {
        return summary.event();
    }

    public HubGroup getGroup() {
        return summary.event().getGroup();
    }

    public GroupPass getPass() {
        return pass;
    }

    /** Which moves the page offers now; all during a postback, so the service decides. */
    public boolean offers(String move) {
        if (Postback.inProgress()) {
            return true;
        }
        GroupEvent event = summary.event();
        boolean open = !event.isCancelled() && !event.isOver(java.time.Instant.now());
        return switch (move) {
            case "register" -> open && !summary.mine() && event.isRegistrationOpen();
            case "unregister" -> open && summary.mine();
            case "moderate" -> pass.mayModerate() && !event.isCancelled();
            default -> false;
        };
    }

    public List<Registrant> getRegistrants() {
        if (registrants == null) {
            registrants = pass.mayModerate() ? service.registrants(id) : List.of();
        }
        return registrants;
    }

    public String register() {
        try {
            service.register(id);
            Texts.info(null, "event.registered");
        } catch (BusinessException refused) {
            Texts.error(null, refused);
        }
        return reload();
    }

    public String unregister() {
        try {
            service.unregister(id);
            Texts.info(null, "event.unregistered");
        } catch (BusinessException refused) {
            Texts.error(null, refused);
        }
        return reload();
    }

    public String save() {
        try {
            service.edit(id, version == null ? -1 : version, form.toPlan());
            Texts.info(null, "event.saved");
            return reload();
        } catch (InvalidInputException e) {
            Texts.error(null, e);
            EventFormFields.show("eventForm", e.problems());
        } catch (BusinessException e) {
            Texts.error(null, e);
            if (ChangedMeanwhile.is(e)) {
                showSavedMeanwhile();
            }
        }
        return null;
    }

    /** The event as saved now beside the form as typed; the saved version, so saving again is a choice. */
    private void showSavedMeanwhile() {
        summary = service.event(id);
        version = summary.event().getVersion();
        meanwhile = form.differencesFrom(EventFormFields.of(summary.event().toPlan()));
    }

    public List<ChangedMeanwhile.Difference> getMeanwhile() {
        return meanwhile;
    }

    public String cancel() {
        try {
            service.cancel(id, version == null ? -1 : version);
            Texts.info(null, "event.cancelledDone");
        } catch (BusinessException refused) {
            Texts.error(null, refused);
        }
        return reload();
    }

    private String reload() {
        return "/groups/event?faces-redirect=true&id=" + id;
    }

    public EventFormFields getForm() {
        return form;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
