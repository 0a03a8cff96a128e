package org.fourpermille.hub.matching.assessment;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.AssessmentCriterion;
import org.fourpermille.hub.matching.AssessmentRubric;
import org.fourpermille.hub.matching.AssessmentService;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /assessment/criterion.xhtml?code=2.1}: the secretariat words a criterion of the active rubric anew or
 * takes it out; either publishes the next version. Anyone else, or a code the active rubric lacks, gets a 404.
 */
@Named("criterionEditor")
@RequestScoped
public class CriterionEditorBacking {

    private static final String CALLS = "/assessment/calls?faces-redirect=true";

    @Inject
    @Param(name = "code")
    private String code;

    @Inject
    private AssessmentService assessments;

    private AssessmentCriterion criterion;
    private String labelEn;
    private String labelFr;
    private String labelEs;

    @PostConstruct
    void load() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        if (code == null || !(external.isUserInRole(Role.SECRETARIAT_NAME) || external.isUserInRole(Role.ADMIN_NAME))) {
            return;
        }
        try {
            criterion = assessments.criterion(code);
        } catch (NotFoundException unknown) {
            return;
        }
        labelEn = criterion.getLabelEn();
        labelFr = criterion.getLabelFr();
        labelEs = criterion.getLabelEs();
    }

    public void requireFound() throws IOException {
        if (criterion == null) {
            NotFound.send();
        }
    }

    public String reword() {
        try {
            AssessmentRubric next = assessments.rewordCriterion(code, labelEn, labelFr, labelEs);
            Texts.info(null, "assessment.done.rubricPublished", next.getNumber());
            return CALLS;
        } catch (BusinessException refused) {
            AssessmentProblems.show("criterionForm", refused);
            return null;
        }
    }

    public String remove() {
        try {
            AssessmentRubric next = assessments.removeCriterion(code);
            Texts.info(null, "assessment.done.rubricPublished", next.getNumber());
            return CALLS;
        } catch (BusinessException refused) {
            Texts.error(null, refused);
            return null;
        }
    }

    public boolean isFound() {
        return criterion != null;
    }

    public String getCode() {
        return code;
    }

    public AssessmentCriterion getCriterion() {
        return criterion;
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
