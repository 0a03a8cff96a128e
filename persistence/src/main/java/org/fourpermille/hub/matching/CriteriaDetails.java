package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The criteria a project or an offer form says, as typed; the rules live in {@link Criteria}. On an offer an
 * empty criterion means "any". Built from {@link #NONE} with the {@code with} methods, so that code naming a
 * few criteria does not change when a criterion is added:
 *
 * <pre>
 * CriteriaDetails.NONE.withCountries(List.of("SN")).withPractices(Set.of("AGROFORESTRY")).withCurrency("EUR")
 * </pre>
 *
 * @param countries ISO 3166-1 alpha-2 codes as typed
 * @param practices codes of the reference list of {@link Practice}s
 * @param currency  the currency of the amounts (funding sought, ticket sizes)
 */
public record CriteriaDetails(
        Collection<String> countries,
        Set<ClimateZone> climateZones,
        Set<LandUse> landUses,
        Set<String> practices,
        Set<Integer> sdgs,
        Set<StrategicObjective> objectives,
        String currency) implements Serializable {

    /** Nothing chosen, not even a currency. */
    public static final CriteriaDetails NONE = new CriteriaDetails(null, null, null, null, null, null, null);

    public CriteriaDetails {
        countries = countries == null ? List.of() : countries.stream().filter(Objects::nonNull).toList();
        climateZones = set(climateZones);
        landUses = set(landUses);
        practices = set(practices);
        sdgs = set(sdgs);
        objectives = set(objectives);
    }

    static <T> Set<T> set(Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(values.stream().filter(Objects::nonNull).toList());
    }

    public CriteriaDetails withCountries(Collection<String> value) {
        return new CriteriaDetails(value, climateZones, landUses, practices, sdgs, objectives, currency);
    }

    public CriteriaDetails withClimateZones(Set<ClimateZone> value) {
        return new CriteriaDetails(countries, value, landUses, practices, sdgs, objectives, currency);
    }

    public CriteriaDetails withLandUses(Set<LandUse> value) {
        return new CriteriaDetails(countries, climateZones, value, practices, sdgs, objectives, currency);
    }

    public CriteriaDetails withPractices(Set<String> value) {
        return new CriteriaDetails(countries, climateZones, landUses, value, sdgs, objectives, currency);
    }

    public CriteriaDetails withSdgs(Set<Integer> value) {
        return new CriteriaDetails(countries, climateZones, landUses, practices, value, objectives, currency);
    }

    public CriteriaDetails withObjectives(Set<StrategicObjective> value) {
        return new CriteriaDetails(countries, climateZones, landUses, practices, sdgs, value, currency);
    }

    public CriteriaDetails withCurrency(String value) {
        return new CriteriaDetails(countries, climateZones, landUses, practices, sdgs, objectives, value);
    }
}
