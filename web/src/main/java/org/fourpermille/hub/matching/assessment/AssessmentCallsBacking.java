package org.fourpermille.hub.matching.assessment;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.AssessmentCall;
import org.fourpermille.hub.matching.AssessmentRequest;
import org.fourpermille.hub.matching.AssessmentRubric;
import org.fourpermille.hub.matching.AssessmentService;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.Texts;

/**
 * {@code /assessment/calls.xhtml}: the secretariat's desk for the STC's formative assessment: the calls
 * (new, open, close), the requests, and the rubric editor (adding a criterion publishes a new version).
 * Anyone else gets a 404.
 */
@Named("assessmentCalls")
@RequestScoped
public class AssessmentCallsBacking {

    private static final String SELF = "/assessment/calls?faces-redirect=true";

    @Inject
    private AssessmentService assessments;

    private boolean staff;
    private List<AssessmentCall> calls;
    private List<AssessmentRequest> requests;
    private AssessmentRubric rubric;

    private String title;
    private LocalDate opensOn;
    private LocalDate closesOn;

    private String code;
    private Integer step;
    private String labelEn;
    private String labelFr;
    private String labelEs;

    @PostConstruct
    void load() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        staff = external.isUserInRole(Role.SECRETARIAT_NAME) || external.isUserInRole(Role.ADMIN_NAME);
        if (staff) {
            calls = assessments.calls();
            requests = assessments.allRequests();
            rubric = assessments.activeRubric();
        }
    }

    public void requireFound() throws IOException {
        if (!staff) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return staff;
    }

    public String createCall() {
        try {
            AssessmentCall call = assessments.openCall(title, opensOn, closesOn);
            Texts.info(null, "assessment.done.callOpened", call.getTitle());
            return SELF;
        } catch (BusinessException refused) {
            AssessmentProblems.show("callForm", refused);
            return null;
        }
    }

    public String change(long callId, boolean open) {
        AssessmentCall call = assessments.changeCall(callId, open);
        Texts.info(null, open ? "assessment.done.callOpened" : "assessment.done.callClosed", call.getTitle());
        return SELF;
    }

    public String addCriterion() {
        try {
            AssessmentRubric next = assessments.addCriterion(code, step, labelEn, labelFr, labelEs);
            Texts.info(null, "assessment.done.rubricPublished", next.getNumber());
            return SELF;
        } catch (BusinessException refused) {
            AssessmentProblems.show("rubricForm", refused);
            return null;
        }
    }

    public List<AssessmentCall> getCalls() {
        return calls;
    }

    public List<AssessmentRequest> getRequests() {
        return requests;
    }

    public AssessmentRubric getRubric() {
        return rubric;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer step) {
        this.step = step;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr;
    }

    public String getLabelEs() {
        return labelEs;
    }

    public void setLabelEs(String labelEs) {
        this.labelEs = labelEs;
    }
}
