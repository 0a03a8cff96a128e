package org.fourpermille.hub.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.NotFoundException;

/**
 * A published version of the FASP rubric. Versions are never changed: adding, rewording or removing a
 * criterion publishes the next version (with a copy of every other criterion) and retires this one, so a request keeps scoring against
 * the version it started with.
 */
@Entity
@Table(name = "assessment_rubric")
@NamedQuery(name = AssessmentRubric.ACTIVE, query = "SELECT r FROM AssessmentRubric r WHERE r.active = true")
public class AssessmentRubric {

    public static final String ACTIVE = "AssessmentRubric.active";
    private static final Pattern CODE = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int number;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(nullable = false)
    private boolean active;

    @OneToMany(mappedBy = "rubric", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("sortOrder ASC")
    private List<AssessmentCriterion> criteria = new ArrayList<>();

    protected AssessmentRubric() {
    }

    AssessmentRubric(int number, Instant publishedAt) {
        this.number = number;
        this.publishedAt = publishedAt;
        this.active = true;
    }

    /** The first version, with its criteria; for tests (the database is seeded by the migration). */
    public static AssessmentRubric first(Instant now) {
        return new AssessmentRubric(1, now);
    }

    /**
     * Publishes the next version: this one's criteria plus the new one (placed after the others of its
     * step), and retires this version. Every problem of the form at once.
     */
    public AssessmentRubric withCriterion(String code, Integer step, String labelEn, String labelFr, String labelEs,
                                          Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanCode = code == null ? "" : code.strip();
        if (cleanCode.isEmpty()) {
            problems.add(FieldProblem.of("code", "error.required"));
        } else if (cleanCode.length() > AssessmentCriterion.CODE_LENGTH || !CODE.matcher(cleanCode).matches()) {
            problems.add(FieldProblem.of("code", "assessment.error.criterionCode"));
        } else if (criteria.stream().anyMatch(c -> c.getCode().equals(cleanCode))) {
            problems.add(FieldProblem.of("code", "assessment.error.criterionExists", cleanCode));
        }
        if (step == null) {
            problems.add(FieldProblem.of("step", "error.required"));
        } else if (step < 1 || step > AssessmentCriterion.MAX_STEP) {
            problems.add(FieldProblem.of("step", "assessment.error.step", AssessmentCriterion.MAX_STEP));
        }
        String en = label(labelEn, "labelEn", problems);
        String fr = label(labelFr, "labelFr", problems);
        String es = label(labelEs, "labelEs", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AssessmentRubric next = new AssessmentRubric(number + 1, now);
        int order = 0;
        boolean placed = false;
        for (AssessmentCriterion criterion : criteria) {
            if (!placed && criterion.getStep() > step) {
                order += 10;
                next.criteria.add(new AssessmentCriterion(next, cleanCode, step, en, fr, es, order));
                placed = true;
            }
            order += 10;
            next.criteria.add(criterion.copyInto(next, order));
        }
        if (!placed) {
            next.criteria.add(new AssessmentCriterion(next, cleanCode, step, en, fr, es, order + 10));
        }
        active = false;
        return next;
    }

    /**
     * Publishes the next version with the criterion {@code code} worded anew in the three languages (its code
     * and step stay), and retires this one. The same wording again is refused: there would be nothing to publish.
     */
    public AssessmentRubric withCriterionReworded(String code, String labelEn, String labelFr, String labelEs, Instant now) {
        AssessmentCriterion target = criterion(code);
        List<FieldProblem> problems = new ArrayList<>();
        String en = label(labelEn, "labelEn", problems);
        String fr = label(labelFr, "labelFr", problems);
        String es = label(labelEs, "labelEs", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (en.equals(target.getLabelEn()) && fr.equals(target.getLabelFr()) && es.equals(target.getLabelEs())) {
            throw new BusinessException("assessment.error.sameWording", target.getCode());
        }
        AssessmentRubric next = new AssessmentRubric(number + 1, now);
        int order = 0;
        for (AssessmentCriterion criterion : getCriteria()) {
            order += 10;
            next.criteria.add(criterion == target
                    ? new AssessmentCriterion(next, target.getCode(), target.getStep(), en, fr, es, order)
                    : criterion.copyInto(next, order));
        }
        active = false;
        return next;
    }

    /** Publishes the next version without the criterion {@code code}, and retires this one; the last one stays. */
    public AssessmentRubric withoutCriterion(String code, Instant now) {
        AssessmentCriterion target = criterion(code);
        if (criteria.size() == 1) {
            throw new BusinessException("assessment.error.lastCriterion", target.getCode());
        }
        AssessmentRubric next = new AssessmentRubric(number + 1, now);
        int order = 0;
        for (AssessmentCriterion criterion : getCriteria()) {
            if (criterion != target) {
                order += 10;
                next.criteria.add(criterion.copyInto(next, order));
            }
        }
        active = false;
        return next;
    }

    /** This version's criterion with that code; an unknown code is not found. */
    public AssessmentCriterion criterion(String code) {
        return criteria.stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow(NotFoundException::new);
    }

    /** Adds a criterion to this version as it is built (for tests of the seeded structure). */
    public AssessmentCriterion add(String code, int step, String labelEn, String labelFr, String labelEs) {
        AssessmentCriterion criterion = new AssessmentCriterion(this, code, step, labelEn, labelFr, labelEs,
                (criteria.size() + 1) * 10);
        criteria.add(criterion);
        return criterion;
    }

    private static String label(String value, String field, List<FieldProblem> problems) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            problems.add(FieldProblem.of(field, "error.required"));
        } else if (clean.length() > AssessmentCriterion.LABEL_LENGTH) {
            problems.add(FieldProblem.of(field, "assessment.error.labelLength", AssessmentCriterion.LABEL_LENGTH));
        }
        return clean;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isActive() {
        return active;
    }

    public List<AssessmentCriterion> getCriteria() {
        return criteria.stream().sorted(Comparator.comparingInt(AssessmentCriterion::getSortOrder)).toList();
    }
}
