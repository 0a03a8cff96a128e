package org.fourpermille.hub.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/**
 * An STC expert's part in one request: first any conflict of interest (which ends their part), then a
 * score with a comment for every criterion of the request's rubric version, submitted all at once.
 */
@Entity
@Table(name = "assessment_assignment")
public class AssessmentAssignment {

    public static final int NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private AssessmentRequest request;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "expert_id")
    private Account expert;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "conflict_declared", nullable = false)
    private boolean conflictDeclared;

    @Column(name = "conflict_note", length = NOTE_LENGTH)
    private String conflictNote;

    @Column(name = "declared_at")
    private Instant declaredAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<AssessmentScore> scores = new ArrayList<>();

    @Version
    private int version;

    protected AssessmentAssignment() {
    }

    AssessmentAssignment(AssessmentRequest request, Account expert, Instant now) {
        this.request = request;
        this.expert = expert;
        this.assignedAt = now;
    }

    /** The expert has an interest in the project: they will not score it. Not after submitting. */
    public void declareConflict(String note, Instant now) {
        requireOpen();
        String clean = note == null ? "" : note.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(List.of(FieldProblem.of("note", "assessment.error.conflictNote")));
        }
        if (clean.length() > NOTE_LENGTH) {
            throw new InvalidInputException(List.of(FieldProblem.of("note", "assessment.error.noteLength", NOTE_LENGTH)));
        }
        conflictDeclared = true;
        conflictNote = clean;
        declaredAt = now;
    }

    /**
     * Records a score and a comment for every criterion of the request's rubric version. Problems are
     * named {@code criteria:<i>:score} and {@code criteria:<i>:comment}, i the criterion's place in the rubric.
     *
     * @param scoreByCode scores keyed by criterion code (missing: not scored)
     * @param commentByCode comments keyed by criterion code
     */
    public void submit(Map<String, Integer> scoreByCode, Map<String, String> commentByCode, Instant now) {
        requireOpen();
        if (request.getStatus() != AssessmentStatus.IN_REVIEW) {
            throw new BusinessException("assessment.error.notInReview");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<AssessmentScore> fresh = new ArrayList<>();
        List<AssessmentCriterion> criteria = request.getRubric().getCriteria();
        for (int i = 0; i < criteria.size(); i++) {
            AssessmentCriterion criterion = criteria.get(i);
            Integer score = scoreByCode.get(criterion.getCode());
            String comment = commentByCode.get(criterion.getCode());
            comment = comment == null ? "" : comment.strip();
            if (score == null) {
                problems.add(FieldProblem.of("criteria:" + i + ":score", "assessment.error.scoreMissing", criterion.getCode()));
            } else if (score < AssessmentScore.MIN || score > AssessmentScore.MAX) {
                problems.add(FieldProblem.of("criteria:" + i + ":score", "assessment.error.scoreRange", AssessmentScore.MIN, AssessmentScore.MAX));
            }
            if (comment.isEmpty()) {
                problems.add(FieldProblem.of("criteria:" + i + ":comment", "assessment.error.commentMissing", criterion.getCode()));
            } else if (comment.length() > AssessmentScore.COMMENT_LENGTH) {
                problems.add(FieldProblem.of("criteria:" + i + ":comment", "assessment.error.commentLength", AssessmentScore.COMMENT_LENGTH));
            }
            if (problems.isEmpty()) {
                fresh.add(new AssessmentScore(this, criterion, score, comment));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        scores.clear();
        scores.addAll(fresh);
        submittedAt = now;
    }

    private void requireOpen() {
        if (request.getStatus() == AssessmentStatus.COMPLETED) {
            throw new BusinessException("assessment.error.completed");
        }
        if (submittedAt != null) {
            throw new BusinessException("assessment.error.alreadySubmitted");
        }
        if (conflictDeclared) {
            throw new BusinessException("assessment.error.conflictDeclared");
        }
    }

    /** Whether this expert's scores count: submitted, without a conflict. */
    public boolean counts() {
        return submittedAt != null && !conflictDeclared;
    }

    public Long getId() {
        return id;
    }

    public AssessmentRequest getRequest() {
        return request;
    }

    public Account getExpert() {
        return expert;
    }

    public boolean isConflictDeclared() {
        return conflictDeclared;
    }

    public String getConflictNote() {
        return conflictNote;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public List<AssessmentScore> getScores() {
        return scores.stream().sorted(java.util.Comparator.comparingInt(s -> s.getCriterion().getSortOrder())).toList();
    }
}
