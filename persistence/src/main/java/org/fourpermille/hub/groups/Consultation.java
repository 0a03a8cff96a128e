package org.fourpermille.hub.groups;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.MembershipLevel;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationStatus;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/**
 * A question the secretariat puts to the Member organisations of the Consortium or the Bureau.
 *
 * <p>The rules: at least two different options; it closes after it opens, and not in the past; votes are
 * taken only while it is open, one per Member organisation, from a representative who is in the body
 * and whose organisation is an active Member at that moment. An organisation may change its vote until
 * closing (any of its representatives; the last choice counts), since a consultation collects each
 * organisation's position and positions may be settled inside the organisation while it runs. Results
 * are hidden until closing; the quorum is a percentage of the eligible organisations
 * ({@link #quorumMet(int, int, int)}), counted when the results are published.
 *
 * <p>The status is never stored: it is read from the clock ({@link #status(Instant)}), so no timer has to
 * run on any node. Opening or closing early moves the time.
 */
@Entity
@Table(name = "consultation")
@NamedQuery(name = Consultation.OF_GROUP, query = "SELECT c FROM Consultation c WHERE c.group = :group ORDER BY c.closesAt DESC, c.id DESC")
public class Consultation {

    public static final String OF_GROUP = "Consultation.ofGroup";
    public static final int QUESTION_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private HubGroup group;

    @Column(length = QUESTION_LENGTH, nullable = false)
    private String question;

    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent;

    /** Set once by the read that announced the opening (see the service); never by this class. */
    @Column(name = "opened_announced", nullable = false, updatable = false)
    private boolean openedAnnounced;

    /** Set once, with the counts below, by the first read after closing (see the service). */
    @Column(name = "results_published", nullable = false, updatable = false)
    private boolean resultsPublished;

    @Column(name = "eligible_organisations", updatable = false)
    private Integer eligibleOrganisations;

    @Column(name = "voted_organisations", updatable = false)
    private Integer votedOrganisations;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<ConsultationOption> options = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Consultation() {
    }

    /**
     * A consultation as the secretariat drafts it, or every problem of the form at once.
     *
     * @param opensAt null or a past time: it opens now
     * @param options one option per line; blank lines ignored
     */
    public static Consultation create(HubGroup group, String question, String description, Instant opensAt, Instant closesAt,
                                      Integer quorumPercent, String options, Account createdBy, Instant now) {
        if (!group.getKind().isGoverning()) {
            throw new BusinessException("governance.error.notGoverning");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String cleanQuestion = clean(question);
        if (cleanQuestion == null) {
            problems.add(FieldProblem.of("question", "governance.error.questionRequired"));
        } else if (cleanQuestion.length() > QUESTION_LENGTH) {
            problems.add(FieldProblem.of("question", "error.tooLong", QUESTION_LENGTH));
        }
        String cleanDescription = clean(description);
        if (cleanDescription != null && cleanDescription.length() > DESCRIPTION_LENGTH) {
            problems.add(FieldProblem.of("description", "error.tooLong", DESCRIPTION_LENGTH));
        }
        Instant opens = opensAt == null || opensAt.isBefore(now) ? now : opensAt;
        if (closesAt == null) {
            problems.add(FieldProblem.of("closesAt", "governance.error.closesAtRequired"));
        } else if (!closesAt.isAfter(now)) {
            problems.add(FieldProblem.of("closesAt", "governance.error.closesInPast"));
        } else if (!closesAt.isAfter(opens)) {
            problems.add(FieldProblem.of("closesAt", "governance.error.closesBeforeOpens"));
        }
        if (quorumPercent == null || quorumPercent < 1 || quorumPercent > 100) {
            problems.add(FieldProblem.of("quorum", "governance.error.quorum"));
        }
        List<String> labels = optionLabels(options, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Consultation consultation = new Consultation();
        consultation.group = group;
        consultation.question = cleanQuestion;
        consultation.description = cleanDescription;
        consultation.opensAt = opens;
        consultation.closesAt = closesAt;
        consultation.quorumPercent = quorumPercent;
        consultation.createdBy = createdBy;
        consultation.createdAt = now;
        for (int i = 0; i < labels.size(); i++) {
            consultation.options.add(new ConsultationOption(consultation, labels.get(i), i + 1));
        }
        return consultation;
    }

    static List<String> optionLabels(String text, List<FieldProblem> problems) {
        Set<String> labels = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean duplicate = false;
        if (text != null) {
            for (String line : text.split("\\R")) {
                String label = clean(line);
                if (label == null) {
                    continue;
                }
                if (label.length() > ConsultationOption.LABEL_LENGTH) {
                    problems.add(FieldProblem.of("options", "governance.error.optionTooLong", ConsultationOption.LABEL_LENGTH));
                    return List.of();
                }
                duplicate |= !seen.add(label.toLowerCase(java.util.Locale.ROOT));
                labels.add(label);
            }
        }
        if (duplicate) {
            problems.add(FieldProblem.of("options", "governance.error.optionTwice"));
        } else if (labels.size() < MIN_OPTIONS) {
            problems.add(FieldProblem.of("options", "governance.error.twoOptions", MIN_OPTIONS));
        } else if (labels.size() > MAX_OPTIONS) {
            problems.add(FieldProblem.of("options", "governance.error.tooManyOptions", MAX_OPTIONS));
        }
        return List.copyOf(labels);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ConsultationStatus status(Instant now) {
        if (now.isBefore(opensAt)) {
            return ConsultationStatus.DRAFT;
        }
        return now.isBefore(closesAt) ? ConsultationStatus.OPEN : ConsultationStatus.CLOSED;
    }

    /** Opens a draft at once. */
    public void openNow(Instant now) {
        if (status(now) != ConsultationStatus.DRAFT) {
            throw new BusinessException("governance.error.notDraft");
        }
        opensAt = now;
    }

    /** Closes an open consultation at once; its results are published by the next read. */
    public void closeNow(Instant now) {
        if (status(now) != ConsultationStatus.OPEN) {
            throw new BusinessException("governance.error.notOpen");
        }
        closesAt = now.isAfter(opensAt) ? now : opensAt.plusMillis(1);
    }

    /**
     * Refuses a vote that breaks a rule: only while open, for one of this consultation's options, by a
     * representative in the body whose organisation is an active Member now.
     *
     * @param inBody whether the voter is in the consultation's group now (the Bureau: holds a term)
     */
    public void checkVote(Account voter, boolean inBody, ConsultationOption option, Instant now) {
        if (status(now) != ConsultationStatus.OPEN) {
            throw new BusinessException("governance.error.notOpen");
        }
        if (!mayVote(voter, inBody)) {
            throw new BusinessException("governance.error.membersOnly");
        }
        if (option == null || !options.contains(option)) {
            throw new BusinessException("governance.error.chooseOption");
        }
    }

    /** Whether this person may cast their organisation's vote (the time aside). */
    public static boolean mayVote(Account voter, boolean inBody) {
        Organisation organisation = Organisation.of(voter);
        return inBody && voter.canSignIn() && organisation != null && organisation.getStatus() == OrganisationStatus.ACTIVE
                && organisation.getLevel() == MembershipLevel.MEMBER;
    }

    /**
     * The quorum: at least {@code percent} % of the eligible organisations voted (rounded up: 50 % of 7
     * needs 4), and at least one did.
     */
    public static boolean quorumMet(int voted, int eligible, int percent) {
        return voted > 0 && (long) voted * 100 >= (long) percent * eligible;
    }

    public Long getId() {
        return id;
    }

    public HubGroup getGroup() {
        return group;
    }

    public String getQuestion() {
        return question;
    }

    public String getDescription() {
        return description;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public boolean isOpenedAnnounced() {
        return openedAnnounced;
    }

    /** Marks an opening already told (a consultation created open is announced by its creation). */
    public void markOpenedAnnounced() {
        openedAnnounced = true;
    }

    public boolean isResultsPublished() {
        return resultsPublished;
    }

    public Integer getEligibleOrganisations() {
        return eligibleOrganisations;
    }

    public Integer getVotedOrganisations() {
        return votedOrganisations;
    }

    public List<ConsultationOption> getOptions() {
        return List.copyOf(options);
    }

    public ConsultationOption option(long optionId) {
        return options.stream().filter(o -> o.getId() != null && o.getId() == optionId).findFirst().orElse(null);
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
