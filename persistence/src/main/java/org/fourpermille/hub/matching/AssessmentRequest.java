package org.fourpermille.hub.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Role;

/**
 * A project owner's request for the STC's formative assessment (FASP), from the request to the
 * consolidated report.
 *
 * <pre>
 * REQUESTED --(second expert assigned)--&gt; IN_REVIEW --(report, outcome; two experts without conflict submitted)--&gt; COMPLETED
 * </pre>
 */
@Entity
@Table(name = "assessment_request")
public class AssessmentRequest {

    public static final int MODALITY_NEW_PROJECT = 1;
    public static final int MODALITY_ONGOING_PROJECT = 2;
    public static final int MIN_EXPERTS = 2;
    public static final int REPORT_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "call_id")
    private AssessmentCall call;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "rubric_id")
    private AssessmentRubric rubric;

    @Column(nullable = false)
    private int modality;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "requested_by")
    private Account requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private AssessmentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private AssessmentOutcome outcome;

    @Column(length = REPORT_LENGTH)
    private String report;

    @Column(length = REPORT_LENGTH)
    private String recommendations;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by", length = 254)
    private String completedBy;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("id ASC")
    private List<AssessmentAssignment> assignments = new ArrayList<>();

    @Version
    private int version;

    protected AssessmentRequest() {
    }

    /**
     * A representative of the project's organisation asks for an assessment in a call that takes requests
     * today, against the rubric version in force.
     */
    public static AssessmentRequest request(Project project, AssessmentCall call, Integer modality, Account requester,
                                            AssessmentRubric rubric, LocalDate today, Instant now) {
        if (!representsOwner(requester, project)) {
            throw new BusinessException("assessment.error.notOwner");
        }
        if (modality == null || (modality != MODALITY_NEW_PROJECT && modality != MODALITY_ONGOING_PROJECT)) {
            throw new InvalidInputException(List.of(FieldProblem.of("modality", "assessment.error.modality")));
        }
        call.requireAcceptsRequestsOn(today);
        AssessmentRequest request = new AssessmentRequest();
        request.project = project;
        request.call = call;
        request.rubric = rubric;
        request.modality = modality;
        request.requestedBy = requester;
        request.requestedAt = now;
        request.status = AssessmentStatus.REQUESTED;
        return request;
    }

    /** Whether the account speaks for the project's organisation (a partner or member representative of it). */
    public static boolean representsOwner(Account account, Project project) {
        java.util.Set<Role> roles = account.getEffectiveRoles();
        return (roles.contains(Role.PARTNER) || roles.contains(Role.MEMBER)) && project.isOwnedBy(Organisation.of(account));
    }

    /**
     * Assigns an STC expert. Refused for someone who is not an STC expert, an expert of the project's own
     * organisation, an expert already assigned, and once completed. The review starts with the second expert.
     */
    public AssessmentAssignment assign(Account expert, Instant now) {
        if (status == AssessmentStatus.COMPLETED) {
            throw new BusinessException("assessment.error.completed");
        }
        if (!expert.getEffectiveRoles().contains(Role.STC_EXPERT) || !expert.canSignIn()) {
            throw new BusinessException("assessment.error.notAnExpert", expert.getDisplayName());
        }
        if (project.isOwnedBy(Organisation.of(expert))) {
            throw new BusinessException("assessment.error.ownOrganisation", expert.getDisplayName(),
                    project.getOrganisation().getName());
        }
        if (assignmentOf(expert).isPresent()) {
            throw new BusinessException("assessment.error.alreadyAssigned", expert.getDisplayName());
        }
        AssessmentAssignment assignment = new AssessmentAssignment(this, expert, now);
        assignments.add(assignment);
        if (status == AssessmentStatus.REQUESTED && assignments.size() >= MIN_EXPERTS) {
            status = AssessmentStatus.IN_REVIEW;
        }
        return assignment;
    }

    /**
     * The secretariat sends the consolidated report: only once at least two experts without a conflict
     * submitted their scores. A positive outcome marks the project "formatively assessed by the STC" today.
     */
    public void complete(AssessmentOutcome newOutcome, String newReport, String newRecommendations, String by,
                         LocalDate today, Instant now) {
        if (status == AssessmentStatus.COMPLETED) {
            throw new BusinessException("assessment.error.completed");
        }
        long counted = assignments.stream().filter(AssessmentAssignment::counts).count();
        if (status != AssessmentStatus.IN_REVIEW || counted < MIN_EXPERTS) {
            throw new BusinessException("assessment.error.notEnoughReviews", MIN_EXPERTS, counted);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (newOutcome == null) {
            problems.add(FieldProblem.of("outcome", "error.choose"));
        }
        String cleanReport = newReport == null ? "" : newReport.strip();
        if (cleanReport.isEmpty()) {
            problems.add(FieldProblem.of("report", "assessment.error.reportRequired"));
        } else if (cleanReport.length() > REPORT_LENGTH) {
            problems.add(FieldProblem.of("report", "assessment.error.reportLength", REPORT_LENGTH));
        }
        String cleanRecommendations = newRecommendations == null || newRecommendations.isBlank() ? null : newRecommendations.strip();
        if (cleanRecommendations != null && cleanRecommendations.length() > REPORT_LENGTH) {
            problems.add(FieldProblem.of("recommendations", "assessment.error.reportLength", REPORT_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        outcome = newOutcome;
        report = cleanReport;
        recommendations = cleanRecommendations;
        completedBy = by;
        completedAt = now;
        status = AssessmentStatus.COMPLETED;
        if (outcome == AssessmentOutcome.POSITIVE) {
            project.recordPositiveAssessment(today, now);
        }
    }

    public Optional<AssessmentAssignment> assignmentOf(Account expert) {
        return assignments.stream().filter(a -> a.getExpert().getId() != null && a.getExpert().getId().equals(expert.getId())
                || a.getExpert() == expert).findFirst();
    }

    public boolean isPositive() {
        return outcome == AssessmentOutcome.POSITIVE;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public AssessmentCall getCall() {
        return call;
    }

    public AssessmentRubric getRubric() {
        return rubric;
    }

    public int getModality() {
        return modality;
    }

    public Account getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public AssessmentOutcome getOutcome() {
        return outcome;
    }

    public String getReport() {
        return report;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public List<AssessmentAssignment> getAssignments() {
        return List.copyOf(assignments);
    }

    public int getVersion() {
        return version;
    }
}
