package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * The offer form as the page binds it: what was typed stays here, so a refused form comes back exactly as
 * it was sent. Themes are typed as one line, separated by commas.
 */
public class OfferFormFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String language = SupportedLocale.EN.name();
    private String title;
    private String description;
    private List<String> instruments = new ArrayList<>();
    private List<String> practices = new ArrayList<>();
    private String themes;
    private List<String> sdgs = new ArrayList<>();
    private List<String> objectives = new ArrayList<>();
    private List<String> countries = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private List<String> climateZones = new ArrayList<>();
    private List<String> landUses = new ArrayList<>();
    private List<String> stages = new ArrayList<>();
    private List<String> organisationTypes = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private String currency = CurrencyRate.EUR;
    private BigDecimal ticketMin;
    private BigDecimal ticketMax;
    private LocalDate deadline;

    public static OfferFormFields of(OfferDetails details) {
        OfferFormFields fields = new OfferFormFields();
        fields.language = details.language() == null ? null : details.language().name();
        fields.title = details.title();
        fields.description = details.description();
        fields.instruments = MatchingChoices.names(details.instruments());
        fields.practices = new ArrayList<>(details.practices().stream().sorted().toList());
        fields.themes = String.join(", ", details.themes());
        fields.sdgs = MatchingChoices.strings(details.sdgs());
        fields.objectives = MatchingChoices.names(details.objectives());
        fields.countries = new ArrayList<>(details.countries());
        fields.regions = MatchingChoices.names(details.regions());
        fields.climateZones = MatchingChoices.names(details.climateZones());
        fields.landUses = MatchingChoices.names(details.landUses());
        fields.stages = MatchingChoices.names(details.stages());
        fields.organisationTypes = MatchingChoices.names(details.organisationTypes());
        fields.languages = MatchingChoices.names(details.languages());
        fields.currency = details.currency();
        fields.ticketMin = MatchingChoices.plain(details.ticketMin());
        fields.ticketMax = MatchingChoices.plain(details.ticketMax());
        fields.deadline = details.deadline();
        return fields;
    }

    public OfferDetails toDetails() {
        List<String> themeList = themes == null ? List.of() : Arrays.asList(themes.split(","));
        return new OfferDetails(MatchingChoices.parse(SupportedLocale.class, language), title, description,
                MatchingChoices.enums(Instrument.class, instruments), Set.copyOf(practices), themeList,
                MatchingChoices.numbers(sdgs), MatchingChoices.enums(StrategicObjective.class, objectives), countries,
                MatchingChoices.enums(Region.class, regions), MatchingChoices.enums(ClimateZone.class, climateZones),
                MatchingChoices.enums(LandUse.class, landUses), MatchingChoices.enums(ProjectStage.class, stages),
                MatchingChoices.enums(OrganisationType.class, organisationTypes),
                MatchingChoices.enums(SupportedLocale.class, languages), currency, ticketMin, ticketMax, deadline);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getInstruments() {
        return instruments;
    }

    public void setInstruments(List<String> instruments) {
        this.instruments = instruments == null ? new ArrayList<>() : instruments;
    }

    public List<String> getPractices() {
        return practices;
    }

    public void setPractices(List<String> practices) {
        this.practices = practices == null ? new ArrayList<>() : practices;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
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

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries == null ? new ArrayList<>() : countries;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : regions;
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

    public List<String> getStages() {
        return stages;
    }

    public void setStages(List<String> stages) {
        this.stages = stages == null ? new ArrayList<>() : stages;
    }

    public List<String> getOrganisationTypes() {
        return organisationTypes;
    }

    public void setOrganisationTypes(List<String> organisationTypes) {
        this.organisationTypes = organisationTypes == null ? new ArrayList<>() : organisationTypes;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getTicketMin() {
        return ticketMin;
    }

    public void setTicketMin(BigDecimal ticketMin) {
        this.ticketMin = ticketMin;
    }

    public BigDecimal getTicketMax() {
        return ticketMax;
    }

    public void setTicketMax(BigDecimal ticketMax) {
        this.ticketMax = ticketMax;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
