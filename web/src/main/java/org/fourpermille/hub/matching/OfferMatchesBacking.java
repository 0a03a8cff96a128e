package org.fourpermille.hub.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.engine.Criterion;
import org.fourpermille.hub.matching.engine.Exclusion;
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
    private List<ProjectResult> results;

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

    public List<ProjectResult> getResults() {
        if (results == null) {
            Locale locale = Explanations.locale();
            results = new ArrayList<>();
            for (RankedProject ranked : matches.projects()) {
                ProjectCard project = ranked.project();
                String sought = project.fundingSought() == null ? null : Texts.text(locale, "matching.fundingSought",
                        Explanations.amount(project.fundingSought(), locale), project.currency());
                results.add(new ProjectResult(ranked.rank(), project.id(), project.title(locale), project.organisationName(),
                        Texts.text(locale, "projectStage." + project.stage()), project.assessed(), sought, ranked.match().score(),
                        Explanations.lines(ranked.match(), matches.practices(), locale)));
            }
        }
        return results;
    }

    public List<Map.Entry<Exclusion, Integer>> getExclusions() {
        return List.copyOf(matches.exclusions().entrySet());
    }

    /** The weights the scores were computed with, in the engine's order. */
    public List<Map.Entry<Criterion, Integer>> getWeights() {
        return List.copyOf(matches.weights().asMap().entrySet());
    }

    public String getMillis() {
        return Explanations.millis(nanos, Explanations.locale());
    }

    public long getMicros() {
        return nanos / 1000;
    }
}
