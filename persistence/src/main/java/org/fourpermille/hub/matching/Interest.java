package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.StoredFile;

/**
 * One organisation's interest in the other side of a (project, offer) pair, and what came of it. The
 * side that spoke first waits; the other side accepts (which opens a private conversation between the two
 * organisations) or declines with an optional reason; the outcome of an accepted interest is recorded once.
 *
 * <pre>
 * express --&gt; PENDING --accept--&gt; ACCEPTED --recordAgreement / recordNotPursued--&gt; (outcome set)
 *                     \--decline--&gt; DECLINED
 *                     \--withdraw--&gt; WITHDRAWN
 * </pre>
 */
@Entity
@Table(name = "interest")
public class Interest {

    public static final int MESSAGE_LENGTH = 4000;
    public static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private SupportOffer offer;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_side", length = 10, nullable = false)
    private InterestSide fromSide;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_organisation_id")
    private Organisation fromOrganisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(length = MESSAGE_LENGTH, nullable = false)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private InterestStatus status = InterestStatus.PENDING;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private Account decidedBy;

    @Column(name = "decline_reason", length = REASON_LENGTH)
    private String declineReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false)
    private InterestOutcome outcome = InterestOutcome.NONE;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outcome_by")
    private Account outcomeBy;

    @Column(name = "agreement_amount", precision = 18, scale = 2)
    private BigDecimal agreementAmount;

    @Column(name = "agreement_currency", length = 3)
    private String agreementCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_instrument", length = 30)
    private Instrument agreementInstrument;

    @Column(name = "not_pursued_reason", length = REASON_LENGTH)
    private String notPursuedReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Interest() {
    }

    /**
     * A new pending interest from {@code side}; {@code author} speaks for the organisation owning that side.
     * Whether the target is open or visible is the service's business (it depends on the day and the caller).
     */
    public static Interest express(Project project, SupportOffer offer, InterestSide side, Account author,
                                   String message, Instant now) {
        Organisation from = side == InterestSide.PROJECT ? project.getOrganisation() : offer.getOrganisation();
        if (project.isOwnedBy(offer.getOrganisation())) {
            throw new BusinessException("interest.error.sameOrganisation");
        }
        String text = checked(message, "message", MESSAGE_LENGTH, true);
        Interest interest = new Interest();
        interest.project = Objects.requireNonNull(project);
        interest.offer = Objects.requireNonNull(offer);
        interest.fromSide = Objects.requireNonNull(side);
        interest.fromOrganisation = from;
        interest.createdBy = Objects.requireNonNull(author);
        interest.message = text;
        interest.createdAt = now;
        interest.updatedAt = now;
        return interest;
    }

    /** A text of a one-field form, cleaned, or the problem with it. */
    private static String checked(String value, String field, int maxLength, boolean required) {
        List<FieldProblem> found = new ArrayList<>();
        String clean = Checks.text(value, field, maxLength, required, found);
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        return clean;
    }

    private static boolean same(Organisation a, Organisation b) {
        return a == b || a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    /** The organisation that receives the interest and decides on it. */
    public Organisation getToOrganisation() {
        return fromSide == InterestSide.PROJECT ? offer.getOrganisation() : project.getOrganisation();
    }

    /** Whether the organisation is one of the two sides (the only ones who see the interest, with the secretariat). */
    public boolean involves(Organisation organisation) {
        return project.isOwnedBy(organisation) || offer.isOwnedBy(organisation);
    }

    /** Whether the organisation is the one the interest was sent to. */
    public boolean isReceivedBy(Organisation organisation) {
        return fromSide == InterestSide.PROJECT ? offer.isOwnedBy(organisation) : project.isOwnedBy(organisation);
    }

    /** Whether this interest still blocks a new one for the same pair. */
    public boolean isOpen() {
        return status == InterestStatus.PENDING || status == InterestStatus.ACCEPTED && outcome == InterestOutcome.NONE;
    }

    /** The receiving side accepts: the conversation opens. */
    public void accept(Organisation by, Account person, Instant now) {
        decide(by);
        status = InterestStatus.ACCEPTED;
        decidedAt = now;
        decidedBy = person;
        updatedAt = now;
    }

    /** The receiving side declines, with an optional reason that the other side sees. */
    public void decline(Organisation by, Account person, String reason, Instant now) {
        decide(by);
        String clean = checked(reason, "reason", REASON_LENGTH, false);
        status = InterestStatus.DECLINED;
        declineReason = clean;
        decidedAt = now;
        decidedBy = person;
        updatedAt = now;
    }

    private void decide(Organisation by) {
        if (status != InterestStatus.PENDING) {
            throw new BusinessException("interest.error.notPending");
        }
        if (!isReceivedBy(by)) {
            throw new BusinessException("interest.error.otherSideDecides");
        }
    }

    /** The side that spoke first takes its interest back while it is still pending. */
    public void withdraw(Organisation by, Account person, Instant now) {
        if (status != InterestStatus.PENDING) {
            throw new BusinessException("interest.error.notPending");
        }
        if (!same(fromOrganisation, by)) {
            throw new BusinessException("interest.error.senderWithdraws");
        }
        status = InterestStatus.WITHDRAWN;
        decidedAt = now;
        decidedBy = person;
        updatedAt = now;
    }

    /** A message of the conversation: only once accepted and before the outcome, only by one of the two sides. */
    public InterestMessage write(Organisation by, Account author, String body, StoredFile attachment,
                                 String attachmentName, Instant now) {
        if (status != InterestStatus.ACCEPTED) {
            throw new BusinessException("interest.error.notAccepted");
        }
        if (!involves(by)) {
            throw new BusinessException("interest.error.notAParty");
        }
        InterestMessage written = new InterestMessage(this, author, body, attachment, attachmentName, now);
        updatedAt = now;
        return written;
    }

    /** An agreement was reached: amount above zero in a known currency, and the instrument. Once only. */
    public void recordAgreement(Organisation by, Account person, BigDecimal amount, String currency,
                                Instrument instrument, Instant now) {
        requireOutcomePossible(by);
        List<FieldProblem> found = new ArrayList<>();
        if (amount == null) {
            found.add(FieldProblem.of("amount", "error.required"));
        } else if (amount.signum() <= 0) {
            found.add(FieldProblem.of("amount", "interest.error.amountPositive"));
        } else if (amount.scale() > 2 || amount.precision() - amount.scale() > 16) {
            found.add(FieldProblem.of("amount", "interest.error.amountFormat"));
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            found.add(FieldProblem.of("currency", "error.choose"));
        }
        if (instrument == null) {
            found.add(FieldProblem.of("instrument", "interest.error.instrumentRequired"));
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        outcome = InterestOutcome.AGREEMENT;
        agreementAmount = amount.setScale(2);
        agreementCurrency = currency;
        agreementInstrument = instrument;
        outcomeAt = now;
        outcomeBy = person;
        updatedAt = now;
    }

    /** The two sides did not go on; the reason is required. Once only. */
    public void recordNotPursued(Organisation by, Account person, String reason, Instant now) {
        requireOutcomePossible(by);
        String clean = checked(reason, "reason", REASON_LENGTH, true);
        outcome = InterestOutcome.NOT_PURSUED;
        notPursuedReason = clean;
        outcomeAt = now;
        outcomeBy = person;
        updatedAt = now;
    }

    private void requireOutcomePossible(Organisation by) {
        if (status != InterestStatus.ACCEPTED) {
            throw new BusinessException("interest.error.notAccepted");
        }
        if (outcome != InterestOutcome.NONE) {
            throw new BusinessException("interest.error.outcomeRecorded");
        }
        if (!involves(by)) {
            throw new BusinessException("interest.error.notAParty");
        }
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public SupportOffer getOffer() {
        return offer;
    }

    public InterestSide getFromSide() {
        return fromSide;
    }

    public Organisation getFromOrganisation() {
        return fromOrganisation;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public String getMessage() {
        return message;
    }

    public InterestStatus getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public InterestOutcome getOutcome() {
        return outcome;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public BigDecimal getAgreementAmount() {
        return agreementAmount;
    }

    public String getAgreementCurrency() {
        return agreementCurrency;
    }

    public Instrument getAgreementInstrument() {
        return agreementInstrument;
    }

    public String getNotPursuedReason() {
        return notPursuedReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
