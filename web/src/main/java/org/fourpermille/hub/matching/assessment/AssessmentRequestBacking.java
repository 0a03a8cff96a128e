package org.fourpermille.hub.matching.assessment;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.AssessmentAssignment;
import org.fourpermille.hub.matching.AssessmentOutcome;
import org.fourpermille.hub.matching.AssessmentRequest;
import org.fourpermille.hub.matching.AssessmentService;
import org.fourpermille.hub.matching.AssessmentView;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /assessment/request.xhtml?id=R}: one request, as the caller's role allows: the secretariat assigns
 * experts and sends the consolidated report; an assigned expert declares a conflict or scores each criterion
 * with a comment; the owner follows the status and reads the report. Anyone else gets a 404.
 */
@Named("assessmentRequest")
@RequestScoped
public class AssessmentRequestBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private AssessmentService assessments;

    private AssessmentView view;

    private Long expert;
    private String note;
    private final Map<String, String> scores = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    private AssessmentOutcome outcome;
    private String report;
    private String recommendations;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            view = assessments.view(id);
        } catch (NotFoundException unknown) {
            view = null;
        }
    }

    public void requireFound() throws IOException {
        if (view == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return view != null;
    }

    public AssessmentView getView() {
        return view;
    }

    public AssessmentOutcome[] getOutcomes() {
        return AssessmentOutcome.values();
    }

    /** The scale's values as the select carries them (the scores map holds the submitted text). */
    public String[] getScale() {
        return new String[] {"0", "1", "2", "3"};
    }

    public String assign() {
        try {
            AssessmentAssignment assignment = assessments.assign(id, expert == null ? -1 : expert);
            Texts.info(null, "assessment.done.assigned", assignment.getExpert().getDisplayName());
            return self();
        } catch (NotFoundException unknown) {
            Texts.error(null, "assessment.error.expertRequired");
            return null;
        } catch (BusinessException refused) {
            AssessmentProblems.show("assignForm", refused);
            return null;
        }
    }

    public String declareConflict() {
        try {
            assessments.declareConflict(id, note);
            Texts.info(null, "assessment.done.conflictDeclared");
            return self();
        } catch (BusinessException refused) {
            AssessmentProblems.show("conflictForm", refused);
            return null;
        }
    }

    public String submitScores() {
        Map<String, Integer> numbers = new HashMap<>();
        scores.forEach((code, value) -> {
            if (value != null && value.matches("[0-9]")) {
                numbers.put(code, Integer.valueOf(value));
            }
        });
        try {
            assessments.submitScores(id, numbers, comments);
            Texts.info(null, "assessment.done.submitted");
            return self();
        } catch (BusinessException refused) {
            AssessmentProblems.show("scoreForm", refused);
            return null;
        }
    }

    public String complete() {
        try {
            AssessmentRequest request = assessments.complete(id, outcome, report, recommendations);
            Texts.info(null, "assessment.done.completed", Texts.text("assessment.outcome." + request.getOutcome().name()));
            return self();
        } catch (BusinessException refused) {
            AssessmentProblems.show("completeForm", refused);
            return null;
        }
    }

    private String self() {
        return "/assessment/request?faces-redirect=true&id=" + id;
    }

    public Long getExpert() {
        return expert;
    }

    public void setExpert(Long expert) {
        this.expert = expert;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public AssessmentOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AssessmentOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }
}
