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
 * {@code /matching/project.xhtml?id=...}: the open offers ranked for a project, each with why it ranks there.
 * Only the project's organisation and the secretariat see it; for anyone else, as for an unknown id, a 404.
 * The texts of the results are prepared once here, so the page only prints them.
 */
@Named("projectMatches")
@RequestScoped
public class ProjectMatchesBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private MatchingService matching;

    private ProjectMatches matches;
    private long nanos;
    private List<OfferResult> results;

    @PostConstruct
    void load() {
        if (id == null) {
            return;
        }
        try {
            long start = System.nanoTime();
            matches = matching.matchesForProject(id);
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

    public ProjectMatches getMatches() {
        return matches;
    }

    public String getTitle() {
        return matches.isMatchable() ? matches.project().title(Explanations.locale()) : "";
    }

    public List<OfferResult> getResults() {
        if (results == null) {
            Locale locale = Explanations.locale();
            results = new ArrayList<>();
            for (RankedOffer ranked : matches.offers()) {
                OfferCard offer = ranked.offer();
                results.add(new OfferResult(ranked.rank(), offer.id(), offer.title(), offer.language(), offer.organisationName(),
                        offer.instruments().stream().map(i -> Texts.text(locale, "instrument." + i)).toList(),
                        Explanations.ticket(offer.ticketMin(), offer.ticketMax(), offer.currency(), locale),
                        Explanations.deadline(offer.deadline(), locale), ranked.match().score(),
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

    /** The service call as this request timed it, in milliseconds; also on the page for the benchmark. */
    public String getMillis() {
        return Explanations.millis(nanos, Explanations.locale());
    }

    public long getMicros() {
        return nanos / 1000;
    }
}
