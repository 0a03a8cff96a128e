package org.fourpermille.hub.matching;

import org.fourpermille.hub.shared.Texts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The criteria of the project and offer forms as the pages bind them ({@code f.criteria.countries}), shown by
 * the includes in {@code WEB-INF/includes/matching/criteria}: what was typed stays here, so a refused form
 * comes back exactly as it was sent. Multiple choices are lists of codes (Faces cannot see the element type
 * of a generic list).
 */
public class CriteriaFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> countries = new ArrayList<>();
    private List<String> climateZones = new ArrayList<>();
    private List<String> landUses = new ArrayList<>();
    private List<String> practices = new ArrayList<>();
    private List<String> sdgs = new ArrayList<>();
    private List<String> objectives = new ArrayList<>();
    private String currency = CurrencyRate.EUR;

    public static CriteriaFields of(CriteriaDetails details) {
        CriteriaFields fields = new CriteriaFields();
        fields.countries = new ArrayList<>(details.countries());
        fields.climateZones = MatchingChoices.names(details.climateZones());
        fields.landUses = MatchingChoices.names(details.landUses());
        fields.practices = new ArrayList<>(details.practices().stream().sorted().toList());
        fields.sdgs = MatchingChoices.strings(details.sdgs());
        fields.objectives = MatchingChoices.names(details.objectives());
        fields.currency = details.currency();
        return fields;
    }

    public CriteriaDetails toDetails() {
        return new CriteriaDetails(countries, MatchingChoices.enums(ClimateZone.class, climateZones),
                MatchingChoices.enums(LandUse.class, landUses), Set.copyOf(practices), MatchingChoices.numbers(sdgs),
                MatchingChoices.enums(StrategicObjective.class, objectives), currency);
    }

    /** The criteria as the "changed meanwhile" notice shows them: label, then the chosen codes. */
    public void addTexts(java.util.Map<String, String> texts) {
        texts.put(Texts.text("project.field.countries"), String.join(", ", countries));
        texts.put(Texts.text("project.field.climateZones"), String.join(", ", climateZones));
        texts.put(Texts.text("project.field.landUses"), String.join(", ", landUses));
        texts.put(Texts.text("project.field.practices"), String.join(", ", practices));
        texts.put(Texts.text("matching.field.sdgs"), String.join(", ", sdgs));
        texts.put(Texts.text("matching.field.objectives"), String.join(", ", objectives));
        texts.put(Texts.text("matching.field.currency"), currency);
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries == null ? new ArrayList<>() : countries;
    }

    public List<String> getClimateZones() {
        return climateZones;
    }

    public void setClimateZones(List<String> climateZones) {
        this.climateZones = climateZones == null ? new ArrayList<>() : climateZones;
    }

    public List<String> getLandUses() {
        return landUses;
    }

    public void setLandUses(List<String> landUses) {
        this.landUses = landUses == null ? new ArrayList<>() : landUses;
    }

    public List<String> getPractices() {
        return practices;
    }

    public void setPractices(List<String> practices) {
        this.practices = practices == null ? new ArrayList<>() : practices;
    }

    public List<String> getSdgs() {
        return sdgs;
    }

    public void setSdgs(List<String> sdgs) {
        this.sdgs = sdgs == null ? new ArrayList<>() : sdgs;
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<String> objectives) {
        this.objectives = objectives == null ? new ArrayList<>() : objectives;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
