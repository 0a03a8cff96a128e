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
import org.fourpermille.hub.shared.FieldProblem;
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
    private String area;
    private String duration;
    private String totalBudget;
    private String fundingSought;
    private List<String> needs = new ArrayList<>();
    private String baselineSoc;
    private String baselineDepth;
    private String expectedChange;
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
        fields.area = typed(MatchingChoices.plain(details.areaHa()));
        fields.duration = typed(details.durationMonths());
        fields.totalBudget = typed(MatchingChoices.plain(details.totalBudget()));
        fields.fundingSought = typed(MatchingChoices.plain(details.fundingSought()));
        fields.needs = MatchingChoices.names(details.needs());
        fields.baselineSoc = typed(MatchingChoices.plain(details.baselineSocTonnesPerHa()));
        fields.baselineDepth = typed(details.baselineDepthCm());
        fields.expectedChange = typed(MatchingChoices.plain(details.expectedChangeTonnesPerHaYear()));
        fields.mrvMethod = details.mrvMethod();
        fields.visibility = details.visibility() == null ? null : details.visibility().name();
        return fields;
    }

    public ProjectDetails toDetails() {
        Map<SupportedLocale, LocalText> texts = new EnumMap<>(SupportedLocale.class);
        texts.put(SupportedLocale.EN, new LocalText(titleEn, summaryEn));
        texts.put(SupportedLocale.FR, new LocalText(titleFr, summaryFr));
        texts.put(SupportedLocale.ES, new LocalText(titleEs, summaryEs));
        List<FieldProblem> unreadable = new ArrayList<>();
        return new ProjectDetails(texts, MatchingChoices.parse(ProjectStage.class, stage), MatchingChoices.parse(Region.class, region),
                criteria.toDetails(), decimal(area, "area", unreadable), whole(duration, "duration", unreadable),
                decimal(totalBudget, "totalBudget", unreadable), decimal(fundingSought, "fundingSought", unreadable),
                MatchingChoices.enums(Need.class, needs), decimal(baselineSoc, "baselineSoc", unreadable),
                whole(baselineDepth, "baselineDepth", unreadable), decimal(expectedChange, "expectedChange", unreadable),
                mrvMethod, MatchingChoices.parse(ProjectVisibility.class, visibility), unreadable);
    }

    // The numbers are read here, not by Faces converters: a converter's refusal stops the request before the
    // project's own checks run, so a letter in one number hid every range problem until the next submit.

    private static String typed(Object number) {
        return number == null ? null : number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
    }

    private static BigDecimal decimal(String typed, String field, List<FieldProblem> unreadable) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip());
        } catch (NumberFormatException e) {
            unreadable.add(FieldProblem.of(field, "matching.error.number"));
            return null;
        }
    }

    private static Integer whole(String typed, String field, List<FieldProblem> unreadable) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            unreadable.add(FieldProblem.of(field, "matching.error.wholeNumber"));
            return null;
        }
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
        texts.put(Texts.text("project.field.area"), area);
        texts.put(Texts.text("project.field.duration"), duration);
        texts.put(Texts.text("project.field.totalBudget"), totalBudget);
        texts.put(Texts.text("project.field.fundingSought"), fundingSought);
        texts.put(Texts.text("project.field.needs"), String.join(", ", needs.stream().map(n -> Texts.text("need." + n)).toList()));
        texts.put(Texts.text("project.field.baselineSoc"), baselineSoc);
        texts.put(Texts.text("project.field.baselineDepth"), baselineDepth);
        texts.put(Texts.text("project.field.expectedChange"), expectedChange);
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

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public String getTotalBudget() {
        return totalBudget;
    }

    public void setTotalBudget(String totalBudget) {
        this.totalBudget = totalBudget;
    }

    public String getFundingSought() {
        return fundingSought;
    }

    public void setFundingSought(String fundingSought) {
        this.fundingSought = fundingSought;
    }

    public List<String> getNeeds() {
        return needs;
    }

    public void setNeeds(List<String> needs) {
        this.needs = needs == null ? new ArrayList<>() : needs;
    }

    public String getBaselineSoc() {
        return baselineSoc;
    }

    public void setBaselineSoc(String baselineSoc) {
        this.baselineSoc = baselineSoc;
    }

    public String getBaselineDepth() {
        return baselineDepth;
    }

    public void setBaselineDepth(String baselineDepth) {
        this.baselineDepth = baselineDepth;
    }

    public String getExpectedChange() {
        return expectedChange;
    }

    public void setExpectedChange(String expectedChange) {
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
