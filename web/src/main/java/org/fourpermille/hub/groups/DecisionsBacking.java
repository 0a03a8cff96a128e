package org.fourpermille.hub.groups;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /groups/decisions.xhtml?group=G&page=N}: the decisions register of the Consortium or the Bureau,
 * its consultations, and the secretariat's forms to record a decision and to put a question. Anyone not in
 * the body, and any other kind of group, gets a 404. Times are typed and shown in UTC.
 */
@Named("register")
@RequestScoped
public class DecisionsBacking {

    static final int PAGE_SIZE = 20;
    static final int DEFAULT_QUORUM = 50;

    @Inject
    @Param(name = "group")
    private Long group;

    @Inject
    @Param(name = "page")
    private Integer page;

    @Inject
    private Governance governance;

    private GovernanceRegister register;

    private String reference;
    private String resolution;
    private LocalDate decidedOn = LocalDate.now(ZoneOffset.UTC);
    private String links;

    private String question;
    private String description;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Integer quorum = DEFAULT_QUORUM;
    private String options;

    @PostConstruct
    void load() {
        if (group == null) {
            return;
        }
        try {
            register = governance.register(group, getPage() * PAGE_SIZE, PAGE_SIZE);
        } catch (NotFoundException unknown) {
            register = null;
        }
    }

    public void requireFound() throws IOException {
        if (register == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return register != null;
    }

    public GovernanceRegister getRegister() {
        return register;
    }

    public int getPage() {
        return page == null || page < 0 ? 0 : page;
    }

    public boolean isMorePages() {
        return (long) (getPage() + 1) * PAGE_SIZE < register.decisionCount();
    }

    public String recordDecision() {
        try {
            Decision decision = governance.recordDecision(group, new DecisionDraft(reference, resolution, decidedOn, links));
            Texts.info(null, "governance.done.decisionRecorded", decision.getReference());
        } catch (BusinessException refused) {
            FormProblems.show("decisionForm", refused);
            return null;
        }
        return "/groups/decisions?faces-redirect=true&group=" + group;
    }

    public String createConsultation() {
        try {
            Consultation consultation = governance.createConsultation(group, new ConsultationDraft(question, description,
                    utc(opensAt), utc(closesAt), quorum, options));
            Texts.info(null, "governance.done.consultationCreated");
            return "/groups/consultation?faces-redirect=true&id=" + consultation.getId();
        } catch (BusinessException refused) {
            FormProblems.show("consultationForm", refused);
            return null;
        }
    }

    private static java.time.Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public Integer getQuorum() {
        return quorum;
    }

    public void setQuorum(Integer quorum) {
        this.quorum = quorum;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
