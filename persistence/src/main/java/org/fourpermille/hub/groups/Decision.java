package org.fourpermille.hub.groups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;

/**
 * A decision of the Consortium or the Bureau, as the register keeps it: the body (the group), a
 * reference unique within that body, the resolution as adopted, the day it was taken and the documents it
 * refers to. Recorded by the secretariat; never edited afterwards (a correction is a new decision).
 */
@Entity
@Table(name = "group_decision")
@NamedQuery(name = Decision.OF_GROUP, query = "SELECT d FROM Decision d WHERE d.group = :group ORDER BY d.decidedOn DESC, d.id DESC")
@NamedQuery(name = Decision.COUNT_OF_GROUP, query = "SELECT COUNT(d) FROM Decision d WHERE d.group = :group")
@NamedQuery(name = Decision.BY_REFERENCE, query = "SELECT COUNT(d) FROM Decision d WHERE d.group = :group AND UPPER(d.reference) = :reference")
public class Decision {

    public static final String OF_GROUP = "Decision.ofGroup";
    public static final String COUNT_OF_GROUP = "Decision.countOfGroup";
    public static final String BY_REFERENCE = "Decision.byReference";
    public static final int REFERENCE_LENGTH = 40;
    public static final int RESOLUTION_LENGTH = 4000;
    public static final int MAX_LINKS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    private HubGroup group;

    @Column(length = REFERENCE_LENGTH, nullable = false)
    private String reference;

    @Column(length = RESOLUTION_LENGTH, nullable = false)
    private String resolution;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_decision_link", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<DecisionLink> links = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by")
    private Account recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private int version;

    protected Decision() {
    }

    /**
     * Records a decision, or says every problem of the form at once.
     *
     * @param links one per line, "title | address"; a line with an address only uses it as its title
     * @param today the day in UTC: a decision is recorded once taken, never in advance
     */
    public static Decision record(HubGroup group, String reference, String resolution, LocalDate decidedOn, String links,
                                  Account recordedBy, Instant now, LocalDate today) {
        if (!group.getKind().isGoverning()) {
            throw new BusinessException("governance.error.notGoverning");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String cleanReference = clean(reference);
        if (cleanReference == null) {
            problems.add(FieldProblem.of("reference", "governance.error.referenceRequired"));
        } else if (cleanReference.length() > REFERENCE_LENGTH) {
            problems.add(FieldProblem.of("reference", "error.tooLong", REFERENCE_LENGTH));
        }
        String cleanResolution = clean(resolution);
        if (cleanResolution == null) {
            problems.add(FieldProblem.of("resolution", "governance.error.resolutionRequired"));
        } else if (cleanResolution.length() > RESOLUTION_LENGTH) {
            problems.add(FieldProblem.of("resolution", "error.tooLong", RESOLUTION_LENGTH));
        }
        if (decidedOn == null) {
            problems.add(FieldProblem.of("decidedOn", "governance.error.decidedOnRequired"));
        } else if (decidedOn.isAfter(today)) {
            problems.add(FieldProblem.of("decidedOn", "governance.error.decidedInFuture"));
        }
        List<DecisionLink> parsed = parseLinks(links, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Decision decision = new Decision();
        decision.group = group;
        decision.reference = cleanReference;
        decision.resolution = cleanResolution;
        decision.decidedOn = decidedOn;
        decision.links.addAll(parsed);
        decision.recordedBy = recordedBy;
        decision.recordedAt = now;
        return decision;
    }

    static List<DecisionLink> parseLinks(String text, List<FieldProblem> problems) {
        List<DecisionLink> links = new ArrayList<>();
        if (text == null) {
            return links;
        }
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            String title = bar < 0 ? null : clean(line.substring(0, bar));
            String url = (bar < 0 ? line : line.substring(bar + 1)).strip();
            if (!DecisionLink.acceptable(url)) {
                problems.add(FieldProblem.of("links", "governance.error.linkAddress", lineNumber));
                continue;
            }
            title = title == null ? url : title;
            if (title.length() > DecisionLink.TITLE_LENGTH) {
                problems.add(FieldProblem.of("links", "governance.error.linkTitle", lineNumber, DecisionLink.TITLE_LENGTH));
                continue;
            }
            links.add(new DecisionLink(title, url));
        }
        if (links.size() > MAX_LINKS) {
            problems.add(FieldProblem.of("links", "governance.error.tooManyLinks", MAX_LINKS));
        }
        return links;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public HubGroup getGroup() {
        return group;
    }

    public String getReference() {
        return reference;
    }

    public String getResolution() {
        return resolution;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public List<DecisionLink> getLinks() {
        return List.copyOf(links);
    }

    public Account getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
