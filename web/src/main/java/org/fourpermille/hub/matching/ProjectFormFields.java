package org.fourpermille.hub.matching;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * The project form as the page binds it: what was typed stays here, so a refused form comes back exactly
 * as it was sent. Multiple choices are lists of codes (Faces cannot see the element type of a generic list).
 */
public class ProjectFormFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String titleEn;
    private String summaryEn;
    private String titleFr;
    private String summaryFr;
    private String titleEs;
    private String summaryEs;
    private String stage;
    private List<String> countries = new ArrayList<>();
    private String region;
    private List<String> climateZones = new ArrayList<>();
    private List<String> landUses = new ArrayList<>();
    private List<String> practices = new ArrayList<>();
    private BigDecimal area;
    private Integer duration;
    private String currency = CurrencyRate.EUR;
    private BigDecimal totalBudget;
    private BigDecimal fundingSought;
    private List<String> needs = new ArrayList<>();
    private List<String> sdgs = new ArrayList<>();
    private List<String> objectives = new ArrayList<>();
    private BigDecimal baselineSoc;
    private Integer baselineDepth;
    private BigDecimal expectedChange;
    private String mrvMethod;
    private String visibility = ProjectVisibility.DRAFT.name();

    public static ProjectFormFields of(ProjectDetails details) {
        ProjectFormFields fields = new ProjectFormFields();
        fields.titleEn = details.text(SupportedLocale.EN).title();
        fields.summaryEn = details.text(SupportedLocale.EN).summary();
        fields.titleFr = details.text(SupportedLocale.FR).title();
        fields.summaryFr = details.text(SupportedLocale.FR).summary();
        fields.titleEs = details.text(SupportedLocale.ES).title();
        fields.summaryEs = details.text(SupportedLocale.ES).summary();
        fields.stage = details.stage() == null ? null : details.stage().name();
        fields.countries = new ArrayList<>(details.countries());
        fields.region = details.region() == null ? null : details.region().name();
        fields.climateZones = MatchingChoices.names(details.climateZones());
        fields.landUses = MatchingChoices.names(details.landUses());
        fields.practices = new ArrayList<>(details.practices().stream().sorted().toList());
        fields.area = MatchingChoices.plain(details.areaHa());
        fields.duration = details.durationMonths();
        fields.currency = details.currency();
        fields.totalBudget = MatchingChoices.plain(details.totalBudget());
        fields.fundingSought = MatchingChoices.plain(details.fundingSought());
        fields.needs = MatchingChoices.names(details.needs());
        fields.sdgs = MatchingChoices.strings(details.sdgs());
        fields.objectives = MatchingChoices.names(details.objectives());
        fields.baselineSoc = MatchingChoices.plain(details.baselineSocTonnesPerHa());
        fields.baselineDepth = details.baselineDepthCm();
        fields.expectedChange = MatchingChoices.plain(details.expectedChangeTonnesPerHaYear());
        fields.mrvMethod = details.mrvMethod();
        fields.visibility = details.visibility() == null ? null : details.visibility().name();
        return fields;
    }

    public ProjectDetails toDetails() {
        Map<SupportedLocale, LocalText> texts = new EnumMap<>(SupportedLocale.class);
        texts.put(SupportedLocale.EN, new LocalText(titleEn, summaryEn));
        texts.put(SupportedLocale.FR, new LocalText(titleFr, summaryFr));
        texts.put(SupportedLocale.ES, new LocalText(titleEs, summaryEs));
        return new ProjectDetails(texts, MatchingChoices.parse(ProjectStage.class, stage), countries,
                MatchingChoices.parse(Region.class, region), MatchingChoices.enums(ClimateZone.class, climateZones),
                MatchingChoices.enums(LandUse.class, landUses), java.util.Set.copyOf(practices), area, duration, currency,
                totalBudget, fundingSought, MatchingChoices.enums(Need.class, needs), MatchingChoices.numbers(sdgs),
                MatchingChoices.enums(StrategicObjective.class, objectives), baselineSoc, baselineDepth, expectedChange,
                mrvMethod, MatchingChoices.parse(ProjectVisibility.class, visibility));
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getSummaryFr() {
        return summaryFr;
    }

    public void setSummaryFr(String summaryFr) {
        this.summaryFr = summaryFr;
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = titleEs;
    }

    public String getSummaryEs() {
        return summaryEs;
    }

    public void setSummaryEs(String summaryEs) {
        this.summaryEs = summaryEs;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries == null ? new ArrayList<>() : countries;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
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

    public BigDecimal getArea() {
        return area;
    }

    public void setArea(BigDecimal area) {
        this.area = area;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getTotalBudget() {
        return totalBudget;
    }

    public void setTotalBudget(BigDecimal totalBudget) {
        this.totalBudget = totalBudget;
    }

    public BigDecimal getFundingSought() {
        return fundingSought;
    }

    public void setFundingSought(BigDecimal fundingSought) {
        this.fundingSought = fundingSought;
    }

    public List<String> getNeeds() {
        return needs;
    }

    public void setNeeds(List<String> needs) {
        this.needs = needs == null ? new ArrayList<>() : needs;
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

    public BigDecimal getBaselineSoc() {
        return baselineSoc;
    }

    public void setBaselineSoc(BigDecimal baselineSoc) {
        this.baselineSoc = baselineSoc;
    }

    public Integer getBaselineDepth() {
        return baselineDepth;
    }

    public void setBaselineDepth(Integer baselineDepth) {
        this.baselineDepth = baselineDepth;
    }

    public BigDecimal getExpectedChange() {
        return expectedChange;
    }

    public void setExpectedChange(BigDecimal expectedChange) {
        this.expectedChange = expectedChange;
    }

    public String getMrvMethod() {
        return mrvMethod;
    }

    public void setMrvMethod(String mrvMethod) {
        this.mrvMethod = mrvMethod;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }
}
