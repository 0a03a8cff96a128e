package org.fourpermille.hub.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An expert's score of one criterion, on the scale 0 (not addressed) to 3 (fully addressed), with the reason. */
@Entity
@Table(name = "assessment_score")
public class AssessmentScore {

    public static final int MIN = 0;
    public static final int MAX = 3;
    public static final int COMMENT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private AssessmentAssignment assignment;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "criterion_id")
    private AssessmentCriterion criterion;

    @Column(nullable = false)
    private int score;

    @Column(length = COMMENT_LENGTH, nullable = false)
    private String comment;

    protected AssessmentScore() {
    }

    AssessmentScore(AssessmentAssignment assignment, AssessmentCriterion criterion, int score, String comment) {
        this.assignment = assignment;
        this.criterion = criterion;
        this.score = score;
        this.comment = comment;
    }

    public AssessmentCriterion getCriterion() {
        return criterion;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }
}
