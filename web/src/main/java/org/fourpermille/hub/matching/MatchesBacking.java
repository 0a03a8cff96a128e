package org.fourpermille.hub.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.fourpermille.hub.matching.engine.Criterion;
import org.fourpermille.hub.matching.engine.Exclusion;
import org.fourpermille.hub.matching.engine.Side;
import org.fourpermille.hub.shared.NotFound;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Texts;
import org.omnifaces.cdi.Param;

/**
 * {@code /matching/project.xhtml?id=...} (the open offers ranked for a project) and
 * {@code /matching/offer.xhtml?id=...} (the projects shared with partners ranked for an offer), each result
 * with why it ranks there; the page's address says the side. Only the owning organisation and the
 * secretariat see a ranking; for anyone else, as for an unknown id, a 404. The texts of the results are
 * prepared once here, so the page only prints them.
 */
@Named("matches")
@RequestScoped
public class MatchesBacking {

    @Inject
    @Param(name = "id")
    private Long id;

    @Inject
    private MatchingService matching;

    private Side side;
    private Matches<?, ?> matches;
    private long nanos;
    private List<MatchResult> results;
    private Map<Long, PairState> pairs = Map.of();

    @PostConstruct
    void load() {
        side = FacesContext.getCurrentInstance().getViewRoot().getViewId().endsWith("/offer.xhtml") ? Side.OFFER : Side.PROJECT;
        if (id == null) {
            return;
        }
        try {
            long start = System.nanoTime();
            matches = matching.matches(side, id);
            nanos = System.nanoTime() - start;
            pairs = matching.pairs(side, id);
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

    public Matches<?, ?> getMatches() {
        return matches;
    }

    /** "project" or "offer": the word of the page's keys, ids and addresses for the subject. */
    public String getWord() {
        return side.name().toLowerCase(Locale.ROOT);
    }

    /** The word for the candidates: "offer" on a project's page. */
    public String getOtherWord() {
        return side.other().name().toLowerCase(Locale.ROOT);
    }

    /** The subject's title in the reader's language, or "" when it cannot be matched. */
    public String getTitle() {
        Card subject = matches.subject();
        return subject instanceof ProjectCard project ? project.title(Explanations.locale())
                : subject instanceof OfferCard offer ? offer.title() : "";
    }

    public String getTitleLanguage() {
        Card subject = matches.subject();
        return subject instanceof ProjectCard project ? project.titleLanguage(Explanations.locale())
                : subject instanceof OfferCard offer ? offer.language() : null;
    }

    /** Whether the subject is a project its organisation has not shown to partners yet. */
    public boolean isDraft() {
        return matches.subject() instanceof ProjectCard project && project.isDraft();
    }

    public List<MatchResult> getResults() {
        if (results == null) {
            Locale locale = Explanations.locale();
            results = new ArrayList<>();
            for (Ranked<?> ranked : matches.results()) {
                results.add(ranked.card() instanceof OfferCard offer ? offer(ranked, offer, locale)
                        : project(ranked, (ProjectCard) ranked.card(), locale));
            }
        }
        return results;
    }

    private MatchResult offer(Ranked<?> ranked, OfferCard offer, Locale locale) {
        String ticket = Explanations.ticket(offer.ticketMin(), offer.ticketMax(), offer.currency(), locale);
        String deadline = Explanations.deadline(offer.deadline(), locale);
        return new MatchResult(ranked.rank(), offer.id(), offer.title(), offer.language(), offer.organisationName(),
                offer.instruments().stream().map(i -> Texts.text(locale, "instrument." + i)).toList(),
                ticket == null ? deadline : ticket + " · " + deadline, ranked.match().score(),
                Explanations.lines(ranked.match(), matches.practices(), locale),
                "project=" + matches.subjectId() + "&offer=" + offer.id(), pairs.get(offer.id()), pairText(pairs.get(offer.id()), locale));
    }

    private MatchResult project(Ranked<?> ranked, ProjectCard project, Locale locale) {
        List<String> tags = new ArrayList<>(List.of(Texts.text(locale, "projectStage." + project.stage())));
        if (project.assessed()) {
            tags.add(Texts.text(locale, "matching.assessedMark"));
        }
        String sought = project.fundingSought() == null ? null : Texts.text(locale, "matching.fundingSought",
                Explanations.amount(project.fundingSought(), locale), project.currency());
        return new MatchResult(ranked.rank(), project.id(), project.title(locale), project.titleLanguage(locale),
                project.organisationName(), tags, sought, ranked.match().score(),
                Explanations.lines(ranked.match(), matches.practices(), locale),
                "project=" + project.id() + "&offer=" + matches.subjectId(), pairs.get(project.id()), pairText(pairs.get(project.id()), locale));
    }

    /** "Interest open since 2 December 2026" or "Agreed on ...", in the reader's language (a UTC day, as the pages' times). */
    private static String pairText(PairState pair, Locale locale) {
        if (pair == null) {
            return null;
        }
        String day = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)
                .format(pair.since().atZone(java.time.ZoneOffset.UTC));
        return Texts.text(locale, pair.agreed() ? "matching.pair.agreed" : "matching.pair.open", day);
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
