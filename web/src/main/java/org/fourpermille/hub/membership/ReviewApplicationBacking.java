package org.fourpermille.hub.membership;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.Labels;
import org.fourpermille.hub.shared.Postback;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /secretariat/application.xhtml?id=...}: one application with its documents, checklist and
 * history, and the secretariat's moves. Each form carries the version the reviewer saw; when a colleague
 * acted first, the move is refused with a message and the page shows the application as it now is.
 */
@Named("reviewApplication")
@RequestScoped
public class ReviewApplicationBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private ApplicationReview review;

    private MembershipApplication application;
    private String problem;
    private int version;
    private String note;
    private boolean signatureChecked;
    private DecidingBody body = DecidingBody.BUREAU;
    private LocalDate decidedOn = LocalDate.now();
    private String outcome = "APPROVE";

    @PostConstruct
    void load() {
        if (id == null) {
            problem = Texts.text("error.notFound");
            return;
        }
        try {
            show(review.get(id));
        } catch (BusinessException e) {
            problem = Texts.text(e.messageKey(), e.arguments());
        }
    }

    private void show(MembershipApplication current) {
        application = current;
        version = current.getVersion();
    }

    public String requestInformation() {
        return act(() -> review.requestInformation(id, version, note), "review.done.infoRequested");
    }

    public String recommend() {
        return act(() -> review.recommend(id, version, signatureChecked, note), "review.done.recommended");
    }

    public String decide() {
        if ("APPROVE".equals(outcome)) {
            return act(() -> review.approve(id, version, signatureChecked, body, decidedOn, note), "review.done.approved");
        }
        return act(() -> review.reject(id, version, body, decidedOn, note), "review.done.rejected");
    }

    public String reopen() {
        return act(() -> review.reopen(id, version, note), "review.done.reopened");
    }

    private String act(java.util.function.Supplier<MembershipApplication> move, String doneKey) {
        try {
            MembershipApplication done = move.get();
            Texts.info(null, doneKey, done.getReference());
            return "/secretariat/application?faces-redirect=true&id=" + id;
        } catch (BusinessException e) {
            Texts.error(null, e);
            if ("error.concurrentChange".equals(e.messageKey())) {
                show(review.get(id)); // as the message says: the page now shows the current state
            }
            return null;
        }
    }

    /** One field of a submitted version, for the history. */
    public record SnapshotField(String labelKey, String value) {
    }

    /** The form and documents as they were sent in one submission. */
    /**
     * An event's note as the reader says it. The application writes some notes with codes, in the history's
     * stored form ("LOGO: logo.png", "BUREAU 2026-12-01: reason"); this names the kind, the body and the day
     * in the reader's language. Other notes are what a person typed, shown as typed.
     */
    public String note(ApplicationEvent event) {
        String note = event.getNote();
        if (note == null) {
            return null;
        }
        switch (event.getAction()) {
            case DOCUMENT_ADDED, DOCUMENT_REMOVED -> {
                int colon = note.indexOf(": ");
                DocumentKind kind = colon < 0 ? null : code(DocumentKind.class, note.substring(0, colon));
                return kind == null ? note : Texts.text("review.history.document",
                        Texts.text("documentKind." + kind.name()), note.substring(colon + 2));
            }
            case APPROVED, REJECTED -> {
                String[] parts = note.split(" ", 2);
                DecidingBody body = code(DecidingBody.class, parts[0]);
                if (body == null || parts.length < 2 || parts[1].length() < 10) {
                    return note;
                }
                LocalDate day;
                try {
                    day = LocalDate.parse(parts[1].substring(0, 10));
                } catch (java.time.format.DateTimeParseException notADay) {
                    return note;
                }
                String rest = parts[1].substring(10);
                String reason = rest.startsWith(": ") ? rest.substring(2) : null;
                String decided = Texts.text("review.history.decision", Texts.text("decidingBody." + body.name()),
                        Labels.date(day, FacesContext.getCurrentInstance().getViewRoot().getLocale()));
                return reason == null ? decided : Texts.text("review.history.document", decided, reason);
            }
            default -> {
                return note;
            }
        }
    }

    private static <E extends Enum<E>> E code(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }

    public List<SnapshotField> snapshot(String json) {
        List<SnapshotField> fields = new ArrayList<>();
        if (json == null) {
            return fields;
        }
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        object.forEach((key, value) -> {
            if (value instanceof JsonString text) {
                String shown = switch (key) {
                    case "type" -> Texts.text("organisationType." + text.getString());
                    case "legalStatus" -> Texts.text("legalStatus." + text.getString());
                    case "level" -> Texts.text("level." + text.getString());
                    case "country" -> Labels.country(text.getString(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
                    default -> text.getString();
                };
                fields.add(new SnapshotField("join." + key, shown));
            }
        });
        if (object.containsKey("documents")) {
            object.getJsonArray("documents").getValuesAs(JsonValue::asJsonObject).forEach(doc -> fields.add(
                    new SnapshotField("documentKind." + doc.getString("kind"), doc.getString("fileName"))));
        }
        return fields;
    }

    public boolean isFound() {
        return application != null;
    }

    public String getProblem() {
        return problem;
    }

    public MembershipApplication getApplication() {
        return application;
    }

    /**
     * Whether a form is in the page. While a postback is processed every form of a found application
     * counts as present, so that a move sent from a page that is out of date reaches the service, which
     * refuses it with a message ("changed meanwhile", "not possible now") instead of being silently
     * dropped; when rendering, only the moves the current status allows are offered.
     */
    public boolean offers(String move) {
        if (Postback.inProgress()) {
            return isFound();
        }
        return switch (move) {
            case "requestInformation" -> isCanRequestInformation();
            case "recommend" -> isCanRecommend();
            case "decide" -> isCanDecide();
            case "reopen" -> isCanReopen();
            default -> false;
        };
    }

    public boolean isCanRequestInformation() {
        return isFound() && (application.getStatus() == ApplicationStatus.SUBMITTED
                || application.getStatus() == ApplicationStatus.RECOMMENDED);
    }

    public boolean isCanRecommend() {
        return isFound() && application.getStatus() == ApplicationStatus.SUBMITTED;
    }

    public boolean isCanDecide() {
        return isCanRequestInformation();
    }

    public boolean isCanReopen() {
        return isFound() && application.getStatus() == ApplicationStatus.REJECTED;
    }

    public DecidingBody[] getBodies() {
        return DecidingBody.values();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isSignatureChecked() {
        return signatureChecked;
    }

    public void setSignatureChecked(boolean signatureChecked) {
        this.signatureChecked = signatureChecked;
    }

    public DecidingBody getBody() {
        return body;
    }

    public void setBody(DecidingBody body) {
        this.body = body;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
