package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * Everything the offer form says, as typed; the rules live in {@link SupportOffer}. Empty criteria mean
 * "any": an offer with no eligible country nor region is open to every country.
 *
 * @param language the language the title and description are written in
 * @param themes free tags (a few words each)
 * @param languages the languages the funder works in with applicants
 */
public record OfferDetails(
        SupportedLocale language,
        String title,
        String description,
        Set<Instrument> instruments,
        Set<String> practices,
        Collection<String> themes,
        Set<Integer> sdgs,
        Set<StrategicObjective> objectives,
        Collection<String> countries,
        Set<Region> regions,
        Set<ClimateZone> climateZones,
        Set<LandUse> landUses,
        Set<ProjectStage> stages,
        Set<OrganisationType> organisationTypes,
        Set<SupportedLocale> languages,
        String currency,
        BigDecimal ticketMin,
        BigDecimal ticketMax,
        LocalDate deadline) implements Serializable {

    public OfferDetails {
        instruments = ProjectDetails.set(instruments);
        practices = ProjectDetails.set(practices);
        themes = themes == null ? List.of() : themes.stream().filter(Objects::nonNull).toList();
        sdgs = ProjectDetails.set(sdgs);
        objectives = ProjectDetails.set(objectives);
        countries = countries == null ? List.of() : countries.stream().filter(Objects::nonNull).toList();
        regions = ProjectDetails.set(regions);
        climateZones = ProjectDetails.set(climateZones);
        landUses = ProjectDetails.set(landUses);
        stages = ProjectDetails.set(stages);
        organisationTypes = ProjectDetails.set(organisationTypes);
        languages = ProjectDetails.set(languages);
    }
}
