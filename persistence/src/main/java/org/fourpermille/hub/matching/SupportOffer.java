package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.membership.Organisation;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.SupportedLocale;

/**
 * Funding or support that an organisation offers to projects: the instruments, what it supports (themes,
 * practices), who is eligible (countries or regions, climate zones, land uses, stages, organisation types),
 * the ticket size and the deadline. An offer closes at its deadline by itself: {@link #isOpen(LocalDate)}
 * is computed from the day, no job changes the row.
 *
 * <pre>
 * publish --&gt; PUBLISHED --withdraw--&gt; WITHDRAWN
 * </pre>
 */
@Entity
@Table(name = "support_offer")
public class SupportOffer extends Listing {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int THEME_LENGTH = 60;
    public static final int MAX_THEMES = 20;
    public static final int MAX_COUNTRIES = 200;

    @Column(length = 2, nullable = false)
    private String language;

    @Column(length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(length = DESCRIPTION_LENGTH, nullable = false)
    private String description;

    @Convert(converter = TextArrayConverter.class)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> instruments = List.of();

    @Convert(converter = TextArrayConverter.class)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> themes = List.of();

    @Convert(converter = TextArrayConverter.class)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> regions = List.of();

    @Convert(converter = TextArrayConverter.class)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> stages = List.of();

    @Convert(converter = TextArrayConverter.class)
    @Column(name = "organisation_types", columnDefinition = "text[]", nullable = false)
    private List<String> organisationTypes = List.of();

    @Convert(converter = TextArrayConverter.class)
    @Column(columnDefinition = "text[]", nullable = false)
    private List<String> languages = List.of();

    @Column(name = "ticket_min", precision = 18, scale = 2)
    private BigDecimal ticketMin;

    @Column(name = "ticket_max", precision = 18, scale = 2)
    private BigDecimal ticketMax;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private OfferStatus status = OfferStatus.PUBLISHED;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected SupportOffer() {
    }

    private SupportOffer(Organisation organisation, Account createdBy, Instant now) {
        super(organisation, createdBy, now);
    }

    /**
     * Publishes a new offer, or says every problem of the form at once. The deadline may not be past.
     *
     * @param practiceCodes the active practices of the reference list
     * @param currencies the currencies of the rates table
     * @param today the day in UTC
     */
    public static SupportOffer publish(Organisation organisation, Account createdBy, OfferDetails details,
                                       Set<String> practiceCodes, Set<String> currencies, LocalDate today, Instant now) {
        SupportOffer offer = new SupportOffer(organisation, createdBy, now);
        offer.apply(details, true, practiceCodes, currencies, today, now);
        return offer;
    }

    /**
     * Changes a published offer. A deadline already past may stay as it is (the offer is simply closed),
     * but a new deadline may not be in the past.
     */
    public void edit(OfferDetails details, Set<String> practiceCodes, Set<String> currencies, LocalDate today, Instant now) {
        if (status != OfferStatus.PUBLISHED) {
            throw new BusinessException("offer.error.withdrawn");
        }
        apply(details, false, practiceCodes, currencies, today, now);
    }

    private void apply(OfferDetails details, boolean creating, Set<String> practiceCodes, Set<String> currencies, LocalDate today,
                       Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (details.language() == null) {
            problems.add(FieldProblem.of("language", "error.choose"));
        }
        String cleanTitle = Checks.text(details.title(), "title", TITLE_LENGTH, true, problems);
        String cleanDescription = Checks.text(details.description(), "description", DESCRIPTION_LENGTH, true, problems);
        if (details.instruments().isEmpty()) {
            problems.add(FieldProblem.of("instruments", "offer.error.instrumentRequired"));
        }
        List<String> cleanThemes = themes(details.themes(), problems);
        Criteria cleanCriteria = checkCriteria(details.criteria(), creating, practiceCodes, currencies, problems);
        if (cleanCriteria.getCountries().size() > MAX_COUNTRIES) {
            problems.add(FieldProblem.of("countries", "offer.error.tooManyCountries", MAX_COUNTRIES));
        }
        BigDecimal cleanMin = Checks.amount(details.ticketMin(), "ticketMin", problems);
        BigDecimal cleanMax = Checks.amount(details.ticketMax(), "ticketMax", problems);
        if (cleanMax != null && cleanMax.signum() == 0) {
            problems.add(FieldProblem.of("ticketMax", "offer.error.ticketMaxZero"));
        } else if (cleanMin != null && cleanMax != null && cleanMin.compareTo(cleanMax) > 0) {
            problems.add(FieldProblem.of("ticketMin", "offer.error.minAboveMax"));
        }
        LocalDate cleanDeadline = details.deadline();
        if (cleanDeadline != null && cleanDeadline.isBefore(today) && !cleanDeadline.equals(deadline)) {
            problems.add(FieldProblem.of("deadline", "offer.error.deadlinePast"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        language = details.language().tag();
        title = cleanTitle;
        description = cleanDescription;
        instruments = Checks.codes(details.instruments());
        themes = cleanThemes;
        regions = Checks.codes(details.regions());
        stages = Checks.codes(details.stages());
        organisationTypes = Checks.codes(details.organisationTypes());
        languages = Checks.codes(details.languages());
        ticketMin = cleanMin;
        ticketMax = cleanMax;
        deadline = cleanDeadline;
        replace(cleanCriteria, now);
    }

    /** Tags as typed, without repeats (ignoring case), in the order given. */
    private static List<String> themes(java.util.Collection<String> values, List<FieldProblem> problems) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (String value : values) {
            String theme = value.strip().replaceAll("\\s+", " ");
            if (theme.isEmpty()) {
                continue;
            }
            if (theme.length() > THEME_LENGTH) {
                problems.add(FieldProblem.of("themes", "offer.error.themeTooLong", THEME_LENGTH));
                continue;
            }
            clean.putIfAbsent(theme.toLowerCase(Locale.ROOT), theme);
        }
        if (clean.size() > MAX_THEMES) {
            problems.add(FieldProblem.of("themes", "offer.error.tooManyThemes", MAX_THEMES));
        }
        return List.copyOf(clean.values());
    }

    /** Takes the offer off the list for good. */
    public void withdraw(Instant now) {
        if (status == OfferStatus.WITHDRAWN) {
            throw new BusinessException("offer.error.withdrawn");
        }
        status = OfferStatus.WITHDRAWN;
        withdrawnAt = now;
        touch(now);
    }

    /** Published and its deadline (if any) not passed: the deadline day itself is still open. */
    public boolean isOpen(LocalDate today) {
        return status == OfferStatus.PUBLISHED && (deadline == null || !deadline.isBefore(today));
    }

    /** Not withdrawn (a closed offer is still shown, as closed). */
    @Override
    public boolean isListed() {
        return status != OfferStatus.WITHDRAWN;
    }

    /** Whether a project in this country would be eligible by geography: no restriction, the country, or its region. */
    public boolean coversCountry(String country) {
        List<String> countries = getCriteria().getCountries();
        if (countries.isEmpty() && regions.isEmpty()) {
            return true;
        }
        return countries.contains(country)
                || Region.of(country).map(region -> regions.contains(region.name())).orElse(false);
    }

    /** What the form shows when the offer is edited. */
    public OfferDetails details() {
        return new OfferDetails(getLanguage(), title, description, getInstruments(), themes, getCriteria().details(), getRegions(),
                getStages(), getOrganisationTypes(), getLanguages(), ticketMin, ticketMax, deadline);
    }

    public SupportedLocale getLanguage() {
        return SupportedLocale.fromTag(language).orElse(SupportedLocale.EN);
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Set<Instrument> getInstruments() {
        return Checks.enums(instruments, Instrument.class);
    }

    public List<String> getThemes() {
        return themes;
    }

    public Set<Region> getRegions() {
        return Checks.enums(regions, Region.class);
    }

    public Set<ProjectStage> getStages() {
        return Checks.enums(stages, ProjectStage.class);
    }

    public Set<OrganisationType> getOrganisationTypes() {
        return Checks.enums(organisationTypes, OrganisationType.class);
    }

    public Set<SupportedLocale> getLanguages() {
        return Checks.enums(languages, SupportedLocale.class);
    }

    public BigDecimal getTicketMin() {
        return ticketMin;
    }

    public BigDecimal getTicketMax() {
        return ticketMax;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

}
