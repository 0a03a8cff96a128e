package org.fourpermille.hub.matching.engine;

import java.util.ArrayList;
import java.util.List;

import org.fourpermille.hub.matching.ClimateZone;
import org.fourpermille.hub.matching.LandUse;

/**
 * The rules for one project and one offer: the hard filters, the criteria's fractions and their
 * explanation. Filters and fractions read only the profiles' precomputed masks and allocate nothing;
 * only {@link #explain} builds lists, and the engine calls it for the few results it returns.
 */
final class Fit {

    private static final Criterion[] CRITERIA = Criterion.values();

    /**
     * What a criterion on which the offer states no preference earns: half of it. An offer open to anything
     * stays in the ranking, but one that names what the project does comes before it.
     */
    static final double OPEN_CREDIT = 0.5;

    private Fit() {
    }

    /** The first filter the pair fails, or null when it is eligible. */
    static Exclusion exclusion(Profile project, Profile offer, long today, Rates rates) {
        if (offer.deadlineDay < today) {
            return Exclusion.DEADLINE_PASSED;
        }
        if (offer.stageMask != 0 && (offer.stageMask & project.stageMask) == 0) {
            return Exclusion.STAGE;
        }
        if (offer.typeMask != 0 && (offer.typeMask & project.typeMask) == 0) {
            return Exclusion.ORGANISATION_TYPE;
        }
        if (!offer.worldwide && (offer.regionMask & project.regionMask) == 0
                && !Vocabulary.intersect(offer.countryBits, project.countryBits)) {
            return Exclusion.GEOGRAPHY;
        }
        return ticket(project, offer, rates);
    }

    private static Exclusion ticket(Profile project, Profile offer, Rates rates) {
        if (project.fundingSought() == null || offer.currency() == null) {
            return null;
        }
        String mine = project.currency();
        String theirs = offer.currency();
        if (!mine.equals(theirs) && !(rates.knows(mine) && rates.knows(theirs))) {
            return Exclusion.RATE_MISSING;
        }
        if (offer.ticketMin() != null && rates.compare(project.fundingSought(), project.minimumApprox, mine,
                offer.ticketMin(), offer.minimumApprox, theirs) < 0) {
            return Exclusion.TICKET_BELOW_MINIMUM;
        }
        if (offer.ticketMax() != null && rates.compare(project.fundingSought(), project.minimumApprox, mine,
                offer.ticketMax(), offer.maximumApprox, theirs) > 0) {
            return Exclusion.TICKET_ABOVE_MAXIMUM;
        }
        return null;
    }

    /** The weighted share of the criteria met, 0..1; 0 when every weight is 0. */
    static double share(Profile project, Profile offer, int[] weights, int total) {
        if (total == 0) {
            return 0;
        }
        double points = 0;
        for (int c = 0; c < CRITERIA.length; c++) {
            if (weights[c] != 0) {
                points += weights[c] * fraction(CRITERIA[c], project, offer);
            }
        }
        return points / total;
    }

    private static double fraction(Criterion criterion, Profile project, Profile offer) {
        return switch (criterion) {
            case PRACTICES -> overlap(offer.practiceCount, project.practiceCount,
                    offer.practiceCount == 0 || project.practiceCount == 0 ? 0
                            : Vocabulary.countCommon(project.practiceBits, offer.practiceBits));
            case CLIMATE_ZONE -> offer.zoneMask == 0 ? OPEN_CREDIT : (offer.zoneMask & project.zoneMask) != 0 ? 1 : 0;
            case LAND_USE -> offer.landMask == 0 ? OPEN_CREDIT : (offer.landMask & project.landMask) != 0 ? 1 : 0;
            case SDGS_OBJECTIVES -> overlap(offer.goalCount, project.goalCount, Integer.bitCount(offer.goalMask & project.goalMask));
            case LANGUAGE -> offer.languageBits.length == 0 ? OPEN_CREDIT
                    : Vocabulary.intersect(offer.languageBits, project.languageBits) ? 1 : 0;
            case ASSESSMENT -> project.assessed() ? 1 : 0;
        };
    }

    /**
     * Shared items over the shorter list: an offer listing nothing accepts all (for {@link #OPEN_CREDIT}), a
     * project listing nothing meets nothing.
     */
    private static double overlap(int offerCount, int projectCount, int common) {
        if (offerCount == 0) {
            return OPEN_CREDIT;
        }
        if (projectCount == 0) {
            return 0;
        }
        return (double) common / Math.min(offerCount, projectCount);
    }

    /** Every criterion's result for an eligible pair, in the order of {@link Criterion}. */
    static List<CriterionResult> explain(Profile project, Profile offer, Weights weights) {
        List<CriterionResult> results = new ArrayList<>(Criterion.values().length);
        for (Criterion criterion : CRITERIA) {
            double fraction = fraction(criterion, project, offer);
            boolean open;
            List<String> common;
            switch (criterion) {
                case PRACTICES -> {
                    open = offer.practiceCount == 0;
                    common = Vocabulary.PRACTICES.common(project.practiceBits, offer.practiceBits);
                }
                case CLIMATE_ZONE -> {
                    open = offer.zoneMask == 0;
                    common = Codes.names(ClimateZone.values(), project.zoneMask & offer.zoneMask);
                }
                case LAND_USE -> {
                    open = offer.landMask == 0;
                    common = Codes.names(LandUse.values(), project.landMask & offer.landMask);
                }
                case SDGS_OBJECTIVES -> {
                    open = offer.goalMask == 0;
                    common = Codes.goals(project.goalMask & offer.goalMask);
                }
                case LANGUAGE -> {
                    open = offer.languageBits.length == 0;
                    common = Vocabulary.LANGUAGES.common(project.languageBits, offer.languageBits);
                }
                default -> {
                    open = false;
                    common = List.of();
                }
            }
            results.add(new CriterionResult(criterion, weights.of(criterion), fraction, open, common));
        }
        return results;
    }
}
