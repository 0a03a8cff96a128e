package org.fourpermille.hub.groups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/** A member tells the group's facilitators that a post needs their attention; a facilitator handles it. */
@Entity
@Table(name = "forum_report")
public class PostReport {

    public static final int REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporter_id")
    private Account reporter;

    @Column(length = REASON_LENGTH, nullable = false)
    private String reason;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "handled_by", length = 254)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Version
    private int version;

    protected PostReport() {
    }

    public PostReport(Post post, Account reporter, String reason, Instant now) {
        String clean = Post.clean(reason);
        if (clean == null) {
            throw new InvalidInputException(java.util.List.of(FieldProblem.of("reason", "forum.error.reportReasonRequired")));
        }
        if (clean.length() > REASON_LENGTH) {
            throw new InvalidInputException(java.util.List.of(FieldProblem.of("reason", "error.tooLong", REASON_LENGTH)));
        }
        this.post = post;
        this.reporter = reporter;
        this.reason = clean;
        this.reportedAt = now;
    }

    public void handle(String moderatorEmail, Instant now) {
        if (handledAt != null) {
            throw new BusinessException("forum.error.reportHandled");
        }
        handledBy = moderatorEmail;
        handledAt = now;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public Account getReporter() {
        return reporter;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public boolean isHandled() {
        return handledAt != null;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public int getVersion() {
        return version;
    }
}
