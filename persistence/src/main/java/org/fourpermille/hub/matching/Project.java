package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * A project a partner organisation proposes on the Projects Interface, with what a funder needs to judge
 * it: where and at which stage, the practices and land, the money, and the soil carbon block.
 *
 * <p>Plausible ranges (anything outside is refused with a message next to its field, as a typing error
 * is far likelier than a real value there):
 * <ul>
 * <li>area: more than 0 and at most {@value #MAX_AREA_HA_TEXT} ha (a million km²);</li>
 * <li>duration: 1 to {@value #MAX_DURATION_MONTHS} months;</li>
 * <li>budget and funding sought: not negative, the funding sought at most the total budget;</li>
 * <li>baseline SOC stock: 0 to 1000 t C/ha (mineral topsoils hold about 20 to 200 t C/ha, peat soils
 *     a few hundred; more is a unit mistake, e.g. kg or g/kg), with a sampling depth of 1 to 300 cm;</li>
 * <li>expected change: -5 to +10 t C/ha/yr (improved practices store about 0.1 to 1 t C/ha/yr, the best
 *     agroforestry or biochar systems a few; losses beyond 5 t C/ha/yr only occur on drained peat).</li>
 * </ul>
 *
 * <pre>
 * DRAFT &lt;--&gt; PARTNERS ; SHOWCASE only once assessed positively by the STC
 * </pre>
 */
@Entity
@Table(name = "project")
public class Project extends Listing {

    public static final int MRV_LENGTH = 2000;
    static final String MAX_AREA_HA_TEXT = "100000000";
    public static final BigDecimal MAX_AREA_HA = new BigDecimal(MAX_AREA_HA_TEXT);
    public static final int MAX_DURATION_MONTHS = 600;
    public static final BigDecimal MIN_BASELINE_SOC = BigDecimal.ZERO;
    public static final BigDecimal MAX_BASELINE_SOC = new BigDecimal("1000");
    public static final int MIN_DEPTH_CM = 1;
    public static final int MAX_DEPTH_CM = 300;
    public static final BigDecimal MIN_CHANGE = new BigDecimal("-5");
    public static final BigDecimal MAX_CHANGE = new BigDecimal("10");
    public static final int MAX_COUNTRIES = 60;

    @OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<ProjectText> texts = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private ProjectStage stage;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Region region;

    @Column(name = "area_ha", precision = 14, scale = 2)
    private BigDecimal areaHa;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Column(name = "total_budget", precision = 18, scale = 2)
    private BigDecimal totalBudget;

    @Column(name = "funding_sought", precision = 18, scale = 2)
    private BigDecimal fundingSought;

    @Convert(converter = TextArrayConverter.class)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> needs = List.of();

    @Column(name = "baseline_soc_t_ha", precision = 7, scale = 2)
    private BigDecimal baselineSoc;

    @Column(name = "baseline_depth_cm")
    private Integer baselineDepthCm;

    @Column(name = "expected_change_t_ha_yr", precision = 6, scale = 3)
    private BigDecimal expectedChange;

    @Column(name = "mrv_method", length = MRV_LENGTH)
    private String mrvMethod;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private ProjectVisibility visibility = ProjectVisibility.DRAFT;

    @Column(name = "assessed_positively_on")
    private LocalDate assessedPositivelyOn;

    protected Project() {
    }

    private Project(Organisation organisation, Account createdBy, Instant now) {
        super(organisation, createdBy, now);
    }

    /**
     * A new project of the organisation, or every problem of the form at once.
     *
     * @param practiceCodes the practices one may pick (the active ones of the reference list)
     * @param currencies the currencies of the rates table
     */
    public static Project create(Organisation organisation, Account createdBy, ProjectDetails details,
                                 Set<String> practiceCodes, Set<String> currencies, Instant now) {
        Project project = new Project(organisation, createdBy, now);
        project.apply(details, true, practiceCodes, currencies, now);
        return project;
    }

    /**
     * Replaces what the form says. Practices the project already had stay acceptable even once the
     * secretariat made them inactive. Nothing changes when a value is refused.
     */
    public void edit(ProjectDetails details, Set<String> practiceCodes, Set<String> currencies, Instant now) {
        apply(details, false, practiceCodes, currencies, now);
    }

    private void apply(ProjectDetails details, boolean creating, Set<String> practiceCodes, Set<String> currencies, Instant now) {
        // What the form could not read is refused with the rest: the person fixes every field in one go.
        List<FieldProblem> problems = new ArrayList<>(details.unreadable());
        List<ProjectText.Typed> cleanTexts = ProjectText.check(details, problems);
        if (details.stage() == null) {
            problems.add(FieldProblem.of("stage", "error.choose"));
        }
        Criteria cleanCriteria = checkCriteria(details.criteria(), creating, practiceCodes, currencies, problems);
        List<String> cleanCountries = cleanCriteria.getCountries();
        if (cleanCountries.isEmpty() && !Criteria.has(problems, "countries")) {
            problems.add(FieldProblem.of("countries", "project.error.countryRequired"));
        } else if (cleanCountries.size() > MAX_COUNTRIES) {
            problems.add(FieldProblem.of("countries", "project.error.tooManyCountries", MAX_COUNTRIES));
        }
        Region cleanRegion = region(details.region(), cleanCountries, problems);
        BigDecimal cleanArea = area(details.areaHa(), problems);
        Integer cleanDuration = details.durationMonths();
        if (cleanDuration != null && (cleanDuration < 1 || cleanDuration > MAX_DURATION_MONTHS)) {
            problems.add(FieldProblem.of("duration", "project.error.duration", MAX_DURATION_MONTHS));
        }
        BigDecimal cleanBudget = Checks.amount(details.totalBudget(), "totalBudget", problems);
        BigDecimal cleanSought = Checks.amount(details.fundingSought(), "fundingSought", problems);
        if (cleanBudget != null && cleanSought != null && cleanSought.compareTo(cleanBudget) > 0) {
            problems.add(FieldProblem.of("fundingSought", "project.error.soughtAboveBudget"));
        }
        BigDecimal cleanBaseline = details.baselineSocTonnesPerHa();
        if (cleanBaseline != null) {
            if (Checks.outside(cleanBaseline, MIN_BASELINE_SOC, MAX_BASELINE_SOC)) {
                problems.add(FieldProblem.of("baselineSoc", "project.error.baselineSoc", MIN_BASELINE_SOC, MAX_BASELINE_SOC));
            } else {
                cleanBaseline = cleanBaseline.setScale(2, RoundingMode.HALF_UP);
            }
        }
        Integer cleanDepth = details.baselineDepthCm();
        if (cleanDepth != null && (cleanDepth < MIN_DEPTH_CM || cleanDepth > MAX_DEPTH_CM)) {
            problems.add(FieldProblem.of("baselineDepth", "project.error.depth", MIN_DEPTH_CM, MAX_DEPTH_CM));
        } else if (cleanDepth == null && cleanBaseline != null && !Criteria.has(problems, "baselineDepth")) {
            problems.add(FieldProblem.of("baselineDepth", "project.error.depthRequired"));
        }
        BigDecimal cleanChange = details.expectedChangeTonnesPerHaYear();
        if (cleanChange != null) {
            if (Checks.outside(cleanChange, MIN_CHANGE, MAX_CHANGE)) {
                problems.add(FieldProblem.of("expectedChange", "project.error.expectedChange", MIN_CHANGE, MAX_CHANGE));
            } else {
                cleanChange = cleanChange.setScale(3, RoundingMode.HALF_UP);
            }
        }
        String cleanMrv = Checks.text(details.mrvMethod(), "mrvMethod", MRV_LENGTH, false, problems);
        ProjectVisibility cleanVisibility = details.visibility() == null ? visibility : details.visibility();
        if (cleanVisibility == ProjectVisibility.SHOWCASE && assessedPositivelyOn == null) {
            problems.add(FieldProblem.of("visibility", "project.error.showcaseNeedsAssessment"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProjectText.replace(this, texts, cleanTexts);
        stage = details.stage();
        region = cleanRegion;
        areaHa = cleanArea;
        durationMonths = cleanDuration;
        totalBudget = cleanBudget;
        fundingSought = cleanSought;
        needs = Checks.codes(details.needs());
        baselineSoc = cleanBaseline;
        baselineDepthCm = cleanDepth;
        expectedChange = cleanChange;
        mrvMethod = cleanMrv;
        visibility = cleanVisibility;
        replace(cleanCriteria, now);
    }

    private static Region region(Region chosen, List<String> countries, List<FieldProblem> problems) {
        Set<Region> regions = countries.stream().map(Region::of).flatMap(Optional::stream).collect(Collectors.toSet());
        if (chosen == null) {
            return regions.size() == 1 ? regions.iterator().next() : null;
        }
        List<String> outside = countries.stream().filter(c -> Region.of(c).map(r -> r != chosen).orElse(true)).toList();
        if (!outside.isEmpty()) {
            problems.add(FieldProblem.of("region", "project.error.countryOutsideRegion", String.join(", ", outside)));
        }
        return chosen;
    }

    private static BigDecimal area(BigDecimal value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            problems.add(FieldProblem.of("area", "project.error.areaNotPositive"));
            return null;
        }
        if (value.compareTo(MAX_AREA_HA) > 0) {
            problems.add(FieldProblem.of("area", "project.error.areaTooLarge", MAX_AREA_HA));
            return null;
        }
        BigDecimal scaled = value.setScale(2, RoundingMode.HALF_UP);
        if (scaled.signum() == 0) {
            problems.add(FieldProblem.of("area", "project.error.areaNotPositive"));
            return null;
        }
        return scaled;
    }

    // ---- visibility and assessment ----

    /** Moves the project between draft and partners, or to the showcase once positively assessed. */
    public void changeVisibility(ProjectVisibility newVisibility, Instant now) {
        Objects.requireNonNull(newVisibility);
        if (newVisibility == ProjectVisibility.SHOWCASE && assessedPositivelyOn == null) {
            throw new BusinessException("project.error.showcaseNeedsAssessment");
        }
        if (newVisibility != visibility) {
            visibility = newVisibility;
            touch(now);
        }
    }

    /**
     * The STC's formative assessment came out positive on that day: the project is marked and enters the
     * investment-opportunities showcase by itself, as the outcome promises; its owner may take it out again
     * with {@link #changeVisibility}.
     */
    public void recordPositiveAssessment(LocalDate on, Instant now) {
        assessedPositivelyOn = Objects.requireNonNull(on);
        visibility = ProjectVisibility.SHOWCASE;
        touch(now);
    }

    /** The positive assessment no longer stands: the project leaves the showcase for the partners' list. */
    public void withdrawAssessment(Instant now) {
        assessedPositivelyOn = null;
        if (visibility == ProjectVisibility.SHOWCASE) {
            visibility = ProjectVisibility.PARTNERS;
        }
        touch(now);
    }

    public boolean isAssessedPositively() {
        return assessedPositivelyOn != null;
    }

    /** Beyond draft: shown to partners or in the showcase. */
    @Override
    public boolean isListed() {
        return visibility != ProjectVisibility.DRAFT;
    }

    // ---- reading ----

    /** The text in the language asked for, else English, else whichever exists. */
    public ProjectText text(Locale locale) {
        SupportedLocale wanted = SupportedLocale.of(locale);
        return texts.stream()
                .min(Comparator.comparingInt((ProjectText t) -> t.getLanguage() == wanted ? 0 : t.getLanguage() == SupportedLocale.EN ? 1 : 2)
                        .thenComparing(ProjectText::getLanguage))
                .orElseThrow();
    }

    public String title(Locale locale) {
        return text(locale).getTitle();
    }

    public Optional<ProjectText> textIn(SupportedLocale language) {
        return texts.stream().filter(t -> t.getLanguage() == language).findFirst();
    }

    public List<SupportedLocale> getLanguages() {
        return texts.stream().map(ProjectText::getLanguage).sorted().toList();
    }

    public List<ProjectText> getTexts() {
        return texts.stream().sorted(Comparator.comparing(ProjectText::getLanguage)).toList();
    }

    /** The funding sought converted to euros, or null when unknown. */
    public BigDecimal fundingSoughtInEur(CurrencyRate rate) {
        if (!rate.getCurrency().equals(getCriteria().getCurrency())) {
            throw new IllegalArgumentException(rate.getCurrency() + " is not " + getCriteria().getCurrency());
        }
        return rate.toEur(fundingSought);
    }

    /** What the form shows when the project is edited. */
    public ProjectDetails details() {
        java.util.Map<SupportedLocale, LocalText> typed = new java.util.EnumMap<>(SupportedLocale.class);
        texts.forEach(t -> typed.put(t.getLanguage(), new LocalText(t.getTitle(), t.getSummary())));
        return new ProjectDetails(typed, stage, region, getCriteria().details(), areaHa, durationMonths, totalBudget, fundingSought,
                getNeeds(), baselineSoc, baselineDepthCm, expectedChange, mrvMethod, visibility);
    }

    public ProjectStage getStage() {
        return stage;
    }

    public Region getRegion() {
        return region;
    }

    public BigDecimal getAreaHa() {
        return areaHa;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public BigDecimal getTotalBudget() {
        return totalBudget;
    }

    public BigDecimal getFundingSought() {
        return fundingSought;
    }

    public Set<Need> getNeeds() {
        return Checks.enums(needs, Need.class);
    }

    public BigDecimal getBaselineSoc() {
        return baselineSoc;
    }

    public Integer getBaselineDepthCm() {
        return baselineDepthCm;
    }

    public BigDecimal getExpectedChange() {
        return expectedChange;
    }

    public String getMrvMethod() {
        return mrvMethod;
    }

    public ProjectVisibility getVisibility() {
        return visibility;
    }

    public LocalDate getAssessedPositivelyOn() {
        return assessedPositivelyOn;
    }

}
