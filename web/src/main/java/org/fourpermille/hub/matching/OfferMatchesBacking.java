package org.fourpermille.hub.matching;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.engine.Criterion;
import org.fourpermille.hub.matching.engine.CriterionResult;
import org.fourpermille.hub.matching.engine.Exclusion;
import org.fourpermille.hub.matching.engine.Match;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /matching/offer.xhtml?id=...}: the projects shared with partners ranked for an offer, each with
 * why it ranks there. Only the offer's organisation and the secretariat see it; for anyone else a 404.
 */
@Named("offerMatches")
@RequestScoped
public class OfferMatchesBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private MatchingService matching;

    private OfferMatches matches;
    private long nanos;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            long start = System.nanoTime();
            matches = matching.matchesForOffer(id);
            nanos = System.nanoTime() - start;
        } catch (NotFoundException unknown) {
            matches = null;
        }
    }

    public void requireFound() throws IOException {
        if (matches == null) {
            NotFound.send();
        }
    }

    public boolean isFound() {
        return matches != null;
    }

    public OfferMatches getMatches() {
        return matches;
    }

    public List<Map.Entry<Exclusion, Integer>> getExclusions() {
        return List.copyOf(matches.exclusions().entrySet());
    }

    public String title(ProjectCard project) {
        return project.title(Explanations.locale());
    }

    public String fundingSought(ProjectCard project) {
        return project.fundingSought() == null ? null
                : Texts.text("matching.fundingSought", Explanations.amount(project.fundingSought(), Explanations.locale()),
                        project.currency());
    }

    /** The weights the scores were computed with, in the engine's order. */
    public List<Map.Entry<Criterion, Integer>> getWeights() {
        return List.copyOf(matches.weights().asMap().entrySet());
    }

    public List<CriterionResult> criteria(Match match) {
        return Explanations.counted(match);
    }

    public String outcome(CriterionResult result) {
        return Explanations.outcome(result);
    }

    public String detail(CriterionResult result) {
        return Explanations.detail(result, matches.practices(), Explanations.locale());
    }

    public String ticket(OfferCard offer) {
        return Explanations.ticket(offer.ticketMin(), offer.ticketMax(), offer.currency(), Explanations.locale());
    }

    public String deadline(OfferCard offer) {
        return Explanations.deadline(offer.deadline(), Explanations.locale());
    }

    public String getMillis() {
        return Explanations.millis(nanos, Explanations.locale());
    }

    public long getMicros() {
        return nanos / 1000;
    }
}
