package org.fourpermille.hub.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fourpermille.hub.matching.ClimateZone;
import org.fourpermille.hub.matching.LandUse;
import org.fourpermille.hub.matching.ProjectStage;
import org.fourpermille.hub.membership.OrganisationType;

/** A plain project in Senegal and an offer that constrains nothing, for tests to change one thing at a time. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final Rates RATES = Rates.of(Map.of("USD", new BigDecimal("1.08"), "XOF", new BigDecimal("655.957")));

    private Fixtures() {
    }

    static Profile.Builder project(long id) {
        return Profile.project(id, OrganisationType.CIVIL_SOCIETY, ProjectStage.SEEKING_FUNDING)
                .countries(Set.of("SN"))
                .climateZones(Set.of(ClimateZone.TROPICAL_DRY))
                .landUses(Set.of(LandUse.CROPLAND))
                .practices(Set.of("AGROFORESTRY", "COVER_CROPS"))
                .sdgs(Set.of(13, 15))
                .objectives(Set.of("B"))
                .languages(Set.of("fr"))
                .fundingSought(new BigDecimal("100000"), "EUR");
    }

    static Profile.Builder offer(long id) {
        return Profile.offer(id, 900);
    }

    static Match evaluate(Profile project, Profile offer) {
        return MatchingEngine.evaluate(project, offer, Weights.DEFAULTS, RATES, TODAY);
    }

    static Exclusion exclusion(Profile.Builder project, Profile.Builder offer) {
        return evaluate(project.build(), offer.build()).exclusion();
    }

    static Exclusion exclusion(Profile.Builder project, Profile.Builder offer, Rates rates) {
        return MatchingEngine.evaluate(project.build(), offer.build(), Weights.DEFAULTS, rates, TODAY).exclusion();
    }

    static List<Long> ids(Ranking ranking) {
        return ranking.ids();
    }
}
