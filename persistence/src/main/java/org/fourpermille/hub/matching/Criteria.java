package org.fourpermille.hub.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import org.fourpermille.hub.shared.FieldProblem;

/**
 * The criteria projects and offers are matched on, the same columns in both tables: countries, climate zones,
 * land uses, practices, SDGs, strategic objectives, and the currency their amounts are in. A project states
 * what it is; an offer states what it accepts, where empty means any. Stored as sorted lists of codes (see
 * {@link Checks}); replaced whole, never changed in place, so a refused form changes nothing.
 */
@Embeddable
public class Criteria {

    @Convert(converter = TextArrayConverter.class)
    @Column(name = "countries", columnDefinition = "text[]", nullable = false)
    private List<String> countries = List.of();

    @Convert(converter = TextArrayConverter.class)
    @Column(name = "climate_zones", columnDefinition = "text[]", nullable = false)
    private List<String> climateZones = List.of();

    @Convert(converter = TextArrayConverter.class)
    @Column(name = "land_uses", columnDefinition = "text[]", nullable = false)
    private List<String> landUses = List.of();

    @Convert(converter = TextArrayConverter.class)
    @Column(name = "practices", columnDefinition = "text[]", nullable = false)
    private List<String> practices = List.of();

    @Convert(converter = SmallintArrayConverter.class)
    @Column(name = "sdgs", columnDefinition = "smallint[]", nullable = false)
    private List<Integer> sdgs = List.of();

    @Convert(converter = TextArrayConverter.class)
    @Column(name = "objectives", columnDefinition = "text[]", nullable = false)
    private List<String> objectives = List.of();

    @Column(name = "currency", length = 3, nullable = false)
    private String currency;

    protected Criteria() {
    }

    /**
     * The criteria the form says, checked: each problem is added with its field. Practices and the currency
     * this side already had stay acceptable even once the secretariat retired them.
     *
     * @param before         the criteria held so far, or null for a new project or offer
     * @param practiceCodes  the practices one may pick (the active ones of the reference list)
     * @param currencies     the currencies of the rates table
     */
    static Criteria check(CriteriaDetails typed, Criteria before, Set<String> practiceCodes, Set<String> currencies,
                          List<FieldProblem> problems) {
        Set<String> allowedPractices = new HashSet<>(practiceCodes);
        Set<String> allowedCurrencies = new HashSet<>(currencies);
        if (before != null) {
            allowedPractices.addAll(before.practices);
            if (before.currency != null) {
                allowedCurrencies.add(before.currency);
            }
        }
        Criteria clean = new Criteria();
        clean.countries = Checks.countries(typed.countries(), "countries", problems);
        clean.climateZones = Checks.codes(typed.climateZones());
        clean.landUses = Checks.codes(typed.landUses());
        clean.practices = Checks.referenceCodes(typed.practices(), allowedPractices, "practices", problems);
        clean.sdgs = Checks.sdgs(typed.sdgs(), "sdgs", problems);
        clean.objectives = Checks.codes(typed.objectives());
        clean.currency = Checks.currency(typed.currency(), allowedCurrencies, "currency", problems);
        return clean;
    }

    /** What the form shows. */
    public CriteriaDetails details() {
        return new CriteriaDetails(countries, getClimateZones(), getLandUses(), Set.copyOf(practices), Set.copyOf(sdgs),
                getObjectives(), currency);
    }

    /** ISO 3166-1 alpha-2 codes, sorted. */
    public List<String> getCountries() {
        return countries;
    }

    public Set<ClimateZone> getClimateZones() {
        return Checks.enums(climateZones, ClimateZone.class);
    }

    public Set<LandUse> getLandUses() {
        return Checks.enums(landUses, LandUse.class);
    }

    /** Codes of the reference list of {@link Practice}s. */
    public List<String> getPractices() {
        return practices;
    }

    public List<Integer> getSdgs() {
        return sdgs;
    }

    public Set<StrategicObjective> getObjectives() {
        return Checks.enums(objectives, StrategicObjective.class);
    }

    public String getCurrency() {
        return currency;
    }

    /** Problems of one field already found (a second check of the same field then stays quiet). */
    static boolean has(List<FieldProblem> problems, String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
