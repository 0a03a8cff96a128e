package org.fourpermille.hub.matching.assessment;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.AssessmentAssignment;
import org.fourpermille.hub.matching.AssessmentCall;
import org.fourpermille.hub.matching.AssessmentRequest;
import org.fourpermille.hub.matching.AssessmentService;
import org.fourpermille.hub.matching.Project;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;

/**
 * {@code /assessment/mine.xhtml}: an STC expert's assignments; a project owner's requests and the form to
 * ask for an assessment of one of the organisation's projects in a call open today.
 */
@Named("myAssessments")
@RequestScoped
public class MyAssessmentsBacking {

    @Inject
    private AssessmentService assessments;

    private List<AssessmentAssignment> assignments;
    private List<AssessmentRequest> requests;
    private List<Project> projects;
    private List<AssessmentCall> calls;

    private Long project;
    private Long call;
    private Integer modality;

    @PostConstruct
    void load() {
        assignments = assessments.myAssignments();
        requests = assessments.myRequests();
        projects = assessments.myProjects();
        calls = assessments.callsOpenToday();
    }

    public String request() {
        if (project == null || call == null) {
            if (project == null) {
                Texts.error("requestForm:project", "error.choose");
            }
            if (call == null) {
                Texts.error("requestForm:call", "error.choose");
            }
            Texts.error(null, "assessment.error.form");
            return null;
        }
        try {
            AssessmentRequest request = assessments.request(project, call, modality);
            Texts.info(null, "assessment.done.requested");
            return "/assessment/request?faces-redirect=true&id=" + request.getId();
        } catch (NotFoundException unknown) {
            Texts.error(null, "assessment.error.form");
            return null;
        } catch (BusinessException refused) {
            AssessmentProblems.show("requestForm", refused);
            return null;
        }
    }

    public List<AssessmentAssignment> getAssignments() {
        return assignments;
    }

    public List<AssessmentRequest> getRequests() {
        return requests;
    }

    public List<Project> getProjects() {
        return projects;
    }

    public List<AssessmentCall> getCalls() {
        return calls;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public Long getCall() {
        return call;
    }

    public void setCall(Long call) {
        this.call = call;
    }

    public Integer getModality() {
        return modality;
    }

    public void setModality(Integer modality) {
        this.modality = modality;
    }
}
