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
 * @param criteria what the offer accepts; its currency is that of the ticket sizes
 * @param languages the languages the funder works in with applicants
 */
public record OfferDetails(
        SupportedLocale language,
        String title,
        String description,
        Set<Instrument> instruments,
        Collection<String> themes,
        CriteriaDetails criteria,
        Set<Region> regions,
        Set<ProjectStage> stages,
        Set<OrganisationType> organisationTypes,
        Set<SupportedLocale> languages,
        BigDecimal ticketMin,
        BigDecimal ticketMax,
        LocalDate deadline) implements Serializable {

    public OfferDetails {
        instruments = CriteriaDetails.set(instruments);
        themes = themes == null ? List.of() : themes.stream().filter(Objects::nonNull).toList();
        criteria = criteria == null ? CriteriaDetails.NONE : criteria;
        regions = CriteriaDetails.set(regions);
        stages = CriteriaDetails.set(stages);
        organisationTypes = CriteriaDetails.set(organisationTypes);
        languages = CriteriaDetails.set(languages);
    }
}
