package org.fourpermille.hub.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/**
 * A call for FASP requests. The secretariat opens and closes it; a project owner may request an assessment
 * only while it is open and today lies between its first and last day.
 */
@Entity
@Table(name = "assessment_call")
public class AssessmentCall {

    public static final int TITLE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private AssessmentCallStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", length = 254, nullable = false)
    private String createdBy;

    @Version
    private int version;

    protected AssessmentCall() {
    }

    /** A new call, open at once (it takes requests from its first day), or every problem of the form. */
    public AssessmentCall(String title, LocalDate opensOn, LocalDate closesOn, String createdBy, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            problems.add(FieldProblem.of("title", "error.required"));
        } else if (cleanTitle.length() > TITLE_LENGTH) {
            problems.add(FieldProblem.of("title", "assessment.error.titleLength", TITLE_LENGTH));
        }
        if (opensOn == null) {
            problems.add(FieldProblem.of("opensOn", "error.required"));
        }
        if (closesOn == null) {
            problems.add(FieldProblem.of("closesOn", "error.required"));
        } else if (opensOn != null && closesOn.isBefore(opensOn)) {
            problems.add(FieldProblem.of("closesOn", "assessment.error.closesBeforeOpens"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.title = cleanTitle;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.status = AssessmentCallStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void open() {
        status = AssessmentCallStatus.OPEN;
    }

    public void close() {
        status = AssessmentCallStatus.CLOSED;
    }

    /** Whether a request may be made in this call on that day. */
    public boolean acceptsRequestsOn(LocalDate day) {
        return status == AssessmentCallStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    void requireAcceptsRequestsOn(LocalDate day) {
        if (!acceptsRequestsOn(day)) {
            throw new BusinessException("assessment.error.callNotOpen", title);
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public AssessmentCallStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }
}
