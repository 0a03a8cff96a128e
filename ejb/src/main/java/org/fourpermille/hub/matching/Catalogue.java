package org.fourpermille.hub.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fourpermille.hub.matching.engine.OfferProfile;
import org.fourpermille.hub.matching.engine.ProjectProfile;
import org.fourpermille.hub.matching.engine.Rates;
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
record Catalogue(long generation, Weights weights, Rates rates, Map<String, PracticeLabel> practices, List<OfferProfile> offers, Map<Long, OfferProfile> offersById,
                 List<ProjectProfile> matchable, Map<Long, ProjectProfile> projects, Map<Long, OfferCard> offerCards,
                 Map<Long, ProjectCard> projectCards, Instant loadedAt, long loadMillis) {
}
