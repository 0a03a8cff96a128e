package org.fourpermille.hub.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fourpermille.hub.matching.engine.Profile;
import org.fourpermille.hub.matching.engine.Rates;
import org.fourpermille.hub.matching.engine.Side;
import org.fourpermille.hub.matching.engine.Weights;

/**
 * One node's immutable copy of everything matching reads, as of one {@code matching_generation}: the
 * weights, the rates, the offers open when it was loaded (the engine still checks each deadline against
 * the day of the request) and the projects of active organisations, with the cards pages show.
 *
 * @param practices       the practices' names by code, for explanations
 * @param offers          open offers, the candidates for a project
 * @param matchable       projects visible beyond their organisation (not drafts), the candidates for an offer
 * @param projects        every project of an active organisation by id, drafts included (their owners see their matches)
 * @param loadMillis      how long loading took
 */
record Catalogue(long generation, Weights weights, Rates rates, Map<String, PracticeLabel> practices, List<Profile> offers,
                 Map<Long, Profile> offersById, List<Profile> matchable, Map<Long, Profile> projects,
                 Map<Long, OfferCard> offerCards, Map<Long, ProjectCard> projectCards, Instant loadedAt, long loadMillis) {

    /** The card of a project or offer this catalogue holds, or null. */
    Card card(Side side, long id) {
        return side == Side.PROJECT ? projectCards.get(id) : offerCards.get(id);
    }

    /** The profile to rank for, or null when it cannot be matched today (an offer closed since the load). */
    Profile subject(Side side, long id, LocalDate today) {
        Profile subject = side == Side.PROJECT ? projects.get(id) : offersById.get(id);
        return subject == null || !subject.isOpenOn(today) ? null : subject;
    }

    /** What a subject of this side is ranked against. */
    List<Profile> candidates(Side side) {
        return side == Side.PROJECT ? offers : matchable;
    }
}
