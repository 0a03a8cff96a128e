package org.fourpermille.hub.matching;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.identity.CallerAccount;
import org.fourpermille.hub.matching.engine.Exclusion;
import org.fourpermille.hub.matching.engine.Match;
import org.fourpermille.hub.matching.engine.MatchingEngine;
import org.fourpermille.hub.matching.engine.Profile;
import org.fourpermille.hub.matching.engine.Ranking;
import org.fourpermille.hub.matching.engine.Side;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationStatus;
import org.fourpermille.hub.shared.Clock;
import org.fourpermille.hub.shared.NotFoundException;
import org.fourpermille.hub.shared.Role;

/**
 * "Matches for this project" and "matches for this offer". Only the project's or the offer's own
 * organisation and the secretariat see them; for anyone else the project or offer does not exist (404),
 * exactly as an unknown id. Rankings come from this node's {@link MatchingSnapshot}, checked against the
 * database on every call, and the day is today in UTC, the day offers close by. Both methods only read:
 * they join a caller's transaction if there is one and start none (no commit round trip per ranking).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Role.PARTNER_NAME, Role.MEMBER_NAME, Role.SECRETARIAT_NAME, Role.STC_EXPERT_NAME, Role.ADMIN_NAME})
public class MatchingService {

    /** How many results a ranking lists. */
    public static final int SHOWN = 20;

    @PersistenceContext(unitName = "hub")
    private EntityManager em;

    @Resource
    private SessionContext session;
    @Inject
    private CallerAccount caller;
    @Inject
    private Clock clock;
    @Inject
    private MatchingSnapshot snapshot;

    /** The open offers ranked for a project of the caller's organisation (any project for the secretariat). */
    @SuppressWarnings("unchecked")
    public Matches<ProjectCard, OfferCard> matchesForProject(long projectId) {
        return (Matches<ProjectCard, OfferCard>) (Matches<?, ?>) matches(Side.PROJECT, projectId);
    }

    /** The visible projects ranked for an offer of the caller's organisation (any offer for the secretariat). */
    @SuppressWarnings("unchecked")
    public Matches<OfferCard, ProjectCard> matchesForOffer(long offerId) {
        return (Matches<OfferCard, ProjectCard>) (Matches<?, ?>) matches(Side.OFFER, offerId);
    }

    /**
     * The other side ranked for a project or an offer. Offers closed since the catalogue was loaded are no
     * candidates: they are neither counted nor shown as excluded.
     */
    public Matches<Card, Card> matches(Side side, long id) {
        LocalDate today = today();
        Catalogue catalogue = snapshot.current(today);
        Card card = catalogue.card(side, id);
        guard(card != null ? card.organisationId() : ownerInDatabase(side == Side.PROJECT ? "project" : "support_offer", id));
        Profile subject = catalogue.subject(side, id, today);
        if (subject == null) {
            return new Matches<>(side, id, null, List.of(), 0, 0, Map.of(), catalogue.weights(), catalogue.practices(),
                    catalogue.generation());
        }
        Ranking ranking = MatchingEngine.rank(subject, catalogue.candidates(side), catalogue.weights(), catalogue.rates(), today, SHOWN);
        List<Ranked<Card>> results = new ArrayList<>(ranking.matches().size());
        for (Match match : ranking.matches()) {
            results.add(new Ranked<>(results.size() + 1, catalogue.card(side.other(), match.id()), match));
        }
        int closedSinceLoad = ranking.exclusions().getOrDefault(Exclusion.DEADLINE_PASSED, 0);
        return new Matches<>(side, id, card, results, ranking.candidates() - closedSinceLoad, ranking.eligible(),
                withoutDeadline(ranking.exclusions()), catalogue.weights(), catalogue.practices(), catalogue.generation());
    }

    /**
     * The pairs of this project or offer that have an open interest or an agreement, keyed by the other side's
     * id: the match cards say so instead of offering a second interest. Same access as {@link #matches}.
     */
    public Map<Long, PairState> pairs(Side side, long id) {
        guard(ownerInDatabase(side == Side.PROJECT ? "project" : "support_offer", id));
        List<Interest> open = em.createQuery("SELECT i FROM Interest i WHERE "
                        + (side == Side.PROJECT ? "i.project.id" : "i.offer.id") + " = :id AND (i.status = :pending"
                        + " OR (i.status = :accepted AND i.outcome <> :notPursued)) ORDER BY i.id", Interest.class)
                .setParameter("id", id).setParameter("pending", InterestStatus.PENDING)
                .setParameter("accepted", InterestStatus.ACCEPTED).setParameter("notPursued", InterestOutcome.NOT_PURSUED)
                .getResultList();
        Map<Long, PairState> pairs = new java.util.HashMap<>();
        for (Interest interest : open) {
            boolean agreed = interest.getOutcome() == InterestOutcome.AGREEMENT;
            pairs.put(side == Side.PROJECT ? interest.getOffer().getId() : interest.getProject().getId(),
                    new PairState(interest.getId(), agreed, agreed ? interest.getOutcomeAt() : interest.getCreatedAt()));
        }
        return pairs;
    }

    /** Staff, or a representative of the owning organisation while it is active (as {@link Callers#represents}); else 404. */
    private void guard(long organisationId) {
        if (session.isCallerInRole(Role.SECRETARIAT_NAME) || session.isCallerInRole(Role.ADMIN_NAME)) {
            return;
        }
        Account account = caller.get();
        Organisation own = Organisation.of(account);
        if (own == null || !Objects.equals(own.getId(), organisationId) || own.getStatus() != OrganisationStatus.ACTIVE
                || !(account.hasRole(Role.PARTNER) || account.hasRole(Role.MEMBER))) {
            throw new NotFoundException();
        }
    }

    /** The organisation of a project or offer the catalogue does not hold (closed, or its organisation inactive). */
    private long ownerInDatabase(String table, long id) {
        List<?> rows = em.createNativeQuery("SELECT organisation_id FROM " + table + " WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return ((Number) rows.get(0)).longValue();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    }

    /** Offers closed since the catalogue was loaded are no candidates: they are not counted as excluded. */
    private static Map<Exclusion, Integer> withoutDeadline(Map<Exclusion, Integer> exclusions) {
        Map<Exclusion, Integer> kept = new EnumMap<>(Exclusion.class);
        kept.putAll(exclusions);
        kept.remove(Exclusion.DEADLINE_PASSED);
        return kept;
    }
}
