package org.fourpermille.hub.matching.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fourpermille.hub.shared.Texts;
import org.fourpermille.hub.matching.CriteriaFields;
import org.fourpermille.hub.matching.LocalText;
import org.fourpermille.hub.matching.MatchingChoices;
import org.fourpermille.hub.matching.Need;
import org.fourpermille.hub.matching.ProjectDetails;
import org.fourpermille.hub.matching.ProjectStage;
import org.fourpermille.hub.matching.ProjectVisibility;
import org.fourpermille.hub.shared.SupportedLocale;
import org.fourpermille.hub.membership.Region;

/**
 * The project form as the page binds it: what was typed stays here, so a refused form comes back exactly
 * as it was sent; the criteria it shares with the offer form are in {@link CriteriaFields}.
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
    private String region;
    private CriteriaFields criteria = new CriteriaFields();
    private BigDecimal area;
    private Integer duration;
    private BigDecimal totalBudget;
    private BigDecimal fundingSought;
    private List<String> needs = new ArrayList<>();
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
        fields.region = details.region() == null ? null : details.region().name();
        fields.criteria = CriteriaFields.of(details.criteria());
        fields.area = MatchingChoices.plain(details.areaHa());
        fields.duration = details.durationMonths();
        fields.totalBudget = MatchingChoices.plain(details.totalBudget());
        fields.fundingSought = MatchingChoices.plain(details.fundingSought());
        fields.needs = MatchingChoices.names(details.needs());
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
        return new ProjectDetails(texts, MatchingChoices.parse(ProjectStage.class, stage), MatchingChoices.parse(Region.class, region),
                criteria.toDetails(), area, duration, totalBudget, fundingSought, MatchingChoices.enums(Need.class, needs),
                baselineSoc, baselineDepth, expectedChange, mrvMethod, MatchingChoices.parse(ProjectVisibility.class, visibility));
    }

    /** The form as the "changed meanwhile" notice shows it, label by label in the reader's language. */
    public Map<String, String> texts() {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        String title = Texts.text("project.field.title");
        String summary = Texts.text("project.field.summary");
        texts.put(title + " (" + Texts.text("language.EN") + ")", titleEn);
        texts.put(summary + " (" + Texts.text("language.EN") + ")", summaryEn);
        texts.put(title + " (" + Texts.text("language.FR") + ")", titleFr);
        texts.put(summary + " (" + Texts.text("language.FR") + ")", summaryFr);
        texts.put(title + " (" + Texts.text("language.ES") + ")", titleEs);
        texts.put(summary + " (" + Texts.text("language.ES") + ")", summaryEs);
        texts.put(Texts.text("project.field.stage"), stage == null ? null : Texts.text("projectStage." + stage));
        texts.put(Texts.text("project.field.region"), region == null ? null : Texts.text("region." + region));
        criteria.addTexts(texts);
        texts.put(Texts.text("project.field.area"), area == null ? null : area.toPlainString());
        texts.put(Texts.text("project.field.duration"), duration == null ? null : duration.toString());
        texts.put(Texts.text("project.field.totalBudget"), totalBudget == null ? null : totalBudget.toPlainString());
        texts.put(Texts.text("project.field.fundingSought"), fundingSought == null ? null : fundingSought.toPlainString());
        texts.put(Texts.text("project.field.needs"), String.join(", ", needs.stream().map(n -> Texts.text("need." + n)).toList()));
        texts.put(Texts.text("project.field.baselineSoc"), baselineSoc == null ? null : baselineSoc.toPlainString());
        texts.put(Texts.text("project.field.baselineDepth"), baselineDepth == null ? null : baselineDepth.toString());
        texts.put(Texts.text("project.field.expectedChange"), expectedChange == null ? null : expectedChange.toPlainString());
        texts.put(Texts.text("project.field.mrvMethod"), mrvMethod);
        texts.put(Texts.text("project.field.visibility"), visibility == null ? null : Texts.text("projectVisibility." + visibility));
        return texts;
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

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public CriteriaFields getCriteria() {
        return criteria;
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
