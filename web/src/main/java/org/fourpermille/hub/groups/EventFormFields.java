package org.fourpermille.hub.groups;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fourpermille.hub.shared.ChangedMeanwhile;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.Texts;

/**
 * The fields of the event form (create and edit) as the page binds them: what was typed stays here, so a
 * refused form comes back as it was sent.
 */
public class EventFormFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private EventKind kind = EventKind.WEBINAR;
    private LocalDate startDate;
    private LocalTime startTime;
    private LocalDate endDate;
    private LocalTime endTime;
    private String zone;
    private String onlineLink;
    private String venue;
    private Integer capacity;
    private boolean registrationOpen = true;

    public static EventFormFields of(EventPlan plan) {
        EventFormFields fields = new EventFormFields();
        fields.title = plan.title();
        fields.description = plan.description();
        fields.kind = plan.kind();
        fields.startDate = plan.startDate();
        fields.startTime = plan.startTime();
        fields.endDate = plan.endDate();
        fields.endTime = plan.endTime();
        fields.zone = plan.zoneId();
        fields.onlineLink = plan.onlineLink();
        fields.venue = plan.venue();
        fields.capacity = plan.capacity();
        fields.registrationOpen = plan.registrationOpen();
        return fields;
    }

    public EventPlan toPlan() {
        return new EventPlan(title, description, kind, startDate, startTime, endDate, endTime, zone, onlineLink, venue,
                capacity, registrationOpen);
    }

    /** The fields where {@code saved} differs from what was typed here, for the "changed meanwhile" notice. */
    public List<ChangedMeanwhile.Difference> differencesFrom(EventFormFields saved) {
        return ChangedMeanwhile.between(asTexts(), saved.asTexts());
    }

    private Map<String, String> asTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(Texts.text("event.field.title"), title);
        texts.put(Texts.text("event.field.description"), description);
        texts.put(Texts.text("event.field.kind"), kind == null ? null : Texts.text("eventKind." + kind.name()));
        texts.put(Texts.text("event.field.startDate"), startDate == null ? null : org.fourpermille.hub.shared.Labels.date(startDate, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        texts.put(Texts.text("event.field.startTime"), startTime == null ? null : startTime.toString());
        texts.put(Texts.text("event.field.endDate"), endDate == null ? null : org.fourpermille.hub.shared.Labels.date(endDate, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        texts.put(Texts.text("event.field.endTime"), endTime == null ? null : endTime.toString());
        texts.put(Texts.text("event.field.zone"), zone);
        texts.put(Texts.text("event.field.onlineLink"), onlineLink);
        texts.put(Texts.text("event.field.venue"), venue);
        texts.put(Texts.text("event.field.capacity"), capacity == null ? null : capacity.toString());
        texts.put(Texts.text("event.field.registrationOpen"), Texts.text(registrationOpen ? "meanwhile.yes" : "meanwhile.no"));
        return texts;
    }

    /** Shows each problem next to its field of the form {@code formId}. */
    public static void show(String formId, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            Texts.error(formId + ":" + problem.field(), problem.messageKey(), problem.arguments());
        }
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isRegistrationOpen() {
        return registrationOpen;
    }

    public void setRegistrationOpen(boolean registrationOpen) {
        this.registrationOpen = registrationOpen;
    }
}
