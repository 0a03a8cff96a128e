package org.fourpermille.hub.matching;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fourpermille.hub.shared.SupportedLocale;

/** One reference criterion of a rubric version, e.g. "1.2 Land tenure rights" of step 1 (Safeguards). */
@Entity
@Table(name = "assessment_criterion")
public class AssessmentCriterion {

    public static final int CODE_LENGTH = 10;
    public static final int LABEL_LENGTH = 300;
    public static final int MAX_STEP = 9;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_id")
    private AssessmentRubric rubric;

    @Column(length = CODE_LENGTH, nullable = false)
    private String code;

    @Column(nullable = false)
    private int step;

    @Column(name = "label_en", length = LABEL_LENGTH, nullable = false)
    private String labelEn;

    @Column(name = "label_fr", length = LABEL_LENGTH, nullable = false)
    private String labelFr;

    @Column(name = "label_es", length = LABEL_LENGTH, nullable = false)
    private String labelEs;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected AssessmentCriterion() {
    }

    AssessmentCriterion(AssessmentRubric rubric, String code, int step, String labelEn, String labelFr, String labelEs,
                        int sortOrder) {
        this.rubric = rubric;
        this.code = code;
        this.step = step;
        this.labelEn = labelEn;
        this.labelFr = labelFr;
        this.labelEs = labelEs;
        this.sortOrder = sortOrder;
    }

    AssessmentCriterion copyInto(AssessmentRubric other, int order) {
        return new AssessmentCriterion(other, code, step, labelEn, labelFr, labelEs, order);
    }

    public String label(Locale locale) {
        return switch (SupportedLocale.of(locale)) {
            case FR -> labelFr;
            case ES -> labelEs;
            default -> labelEn;
        };
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getStep() {
        return step;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelEs() {
        return labelEs;
    }
}
