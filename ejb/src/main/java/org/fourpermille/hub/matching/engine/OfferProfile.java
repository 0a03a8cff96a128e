package org.fourpermille.hub.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.fourpermille.hub.matching.ClimateZone;
import org.fourpermille.hub.matching.Instrument;
import org.fourpermille.hub.matching.LandUse;
import org.fourpermille.hub.matching.ProjectStage;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;

/**
 * What the engine knows of a support offer: an immutable, checked copy of the fields matching reads,
 * with its sets also kept as bit masks. An empty set states no constraint: no countries and no regions
 * is worldwide, no stages is every stage, no practices is any practice. Build one with
 * {@link #builder(long, long)}.
 */
public final class OfferProfile {

    private final long id;
    private final long publisher;
    private final Set<Instrument> instruments;
    private final Set<String> practices;
    private final Set<String> countries;
    private final Set<Region> regions;
    private final Set<ClimateZone> climateZones;
    private final Set<LandUse> landUses;
    private final Set<ProjectStage> stages;
    private final Set<OrganisationType> organisationTypes;
    private final BigDecimal ticketMin;
    private final BigDecimal ticketMax;
    private final String currency;
    private final LocalDate deadline;
    private final Set<String> languages;
    private final Set<Integer> sdgs;
    private final Set<String> objectives;

    final long deadlineDay;
    final int stageMask;
    final int typeMask;
    final boolean worldwide;
    final long[] countryBits;
    final int regionMask;
    final int zoneMask;
    final int landMask;
    final long[] practiceBits;
    final int practiceCount;
    final int goalMask;
    final int goalCount;
    final long[] languageBits;
    final double ticketMinApprox;
    final double ticketMaxApprox;

    private OfferProfile(Builder b) {
        id = b.id;
        publisher = b.publisher;
        instruments = Codes.enums(Instrument.class, b.instruments);
        practices = Codes.practices(b.practices);
        countries = Codes.countries(b.countries);
        regions = Codes.enums(Region.class, b.regions);
        climateZones = Codes.enums(ClimateZone.class, b.climateZones);
        landUses = Codes.enums(LandUse.class, b.landUses);
        stages = Codes.enums(ProjectStage.class, b.stages);
        organisationTypes = Codes.enums(OrganisationType.class, b.organisationTypes);
        deadline = b.deadline;
        languages = Codes.languages(b.languages);
        sdgs = Codes.sdgs(b.sdgs);
        objectives = Codes.objectives(b.objectives);
        ticketMin = b.ticketMin;
        ticketMax = b.ticketMax;
        if (ticketMin != null || ticketMax != null) {
            Codes.require(b.currency != null, "a ticket size without a currency");
            Codes.require(ticketMin == null || ticketMin.signum() >= 0, "negative minimum ticket: " + ticketMin);
            Codes.require(ticketMax == null || ticketMax.signum() > 0, "maximum ticket not positive: " + ticketMax);
            Codes.require(ticketMin == null || ticketMax == null || ticketMin.compareTo(ticketMax) <= 0,
                    "minimum ticket above the maximum: " + ticketMin + " > " + ticketMax);
            currency = Codes.currency(b.currency);
        } else {
            currency = null;
        }

        deadlineDay = deadline == null ? Long.MAX_VALUE : deadline.toEpochDay();
        stageMask = Codes.mask(stages);
        typeMask = Codes.mask(organisationTypes);
        worldwide = countries.isEmpty() && regions.isEmpty();
        countryBits = Vocabulary.COUNTRIES.bits(countries);
        regionMask = Codes.mask(regions);
        zoneMask = Codes.mask(climateZones);
        landMask = Codes.mask(landUses);
        practiceBits = Vocabulary.PRACTICES.bits(practices);
        practiceCount = practices.size();
        goalMask = Codes.goalMask(sdgs, objectives);
        goalCount = Integer.bitCount(goalMask);
        languageBits = Vocabulary.LANGUAGES.bits(languages);
        ticketMinApprox = ticketMin == null ? 0 : ticketMin.doubleValue();
        ticketMaxApprox = ticketMax == null ? 0 : ticketMax.doubleValue();
    }

    /** A builder for an offer that constrains nothing yet: worldwide, every stage, no ticket range, no deadline. */
    public static Builder builder(long id, long publisher) {
        return new Builder(id, publisher);
    }

    public long id() {
        return id;
    }

    /** The id of the publishing organisation. */
    public long publisher() {
        return publisher;
    }

    public Set<Instrument> instruments() {
        return instruments;
    }

    /** Practice codes the offer supports; empty means any. */
    public Set<String> practices() {
        return practices;
    }

    /** Eligible countries (ISO 3166-1 alpha-2, upper-case); with no regions either, worldwide. */
    public Set<String> countries() {
        return countries;
    }

    /** Eligible regions; with no countries either, worldwide. */
    public Set<Region> regions() {
        return regions;
    }

    public Set<ClimateZone> climateZones() {
        return climateZones;
    }

    /** The land uses among the offer's themes; empty means any. */
    public Set<LandUse> landUses() {
        return landUses;
    }

    /** Eligible stages; empty means every stage. */
    public Set<ProjectStage> stages() {
        return stages;
    }

    /** Eligible types of the project's owner; empty means every type. */
    public Set<OrganisationType> organisationTypes() {
        return organisationTypes;
    }

    /** Smallest ticket, or null for none. */
    public BigDecimal ticketMin() {
        return ticketMin;
    }

    /** Largest ticket, or null for none. */
    public BigDecimal ticketMax() {
        return ticketMax;
    }

    /** Currency of the ticket sizes, or null without them. */
    public String currency() {
        return currency;
    }

    /** Last day the offer is open, or null when it stays open. */
    public LocalDate deadline() {
        return deadline;
    }

    /** ISO 639 codes of the languages the offer works in; empty means any. */
    public Set<String> languages() {
        return languages;
    }

    public Set<Integer> sdgs() {
        return sdgs;
    }

    public Set<String> objectives() {
        return objectives;
    }

    /** Whether the offer is still open on that day (its deadline day included). */
    public boolean isOpenOn(LocalDate day) {
        return deadlineDay >= day.toEpochDay();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfferProfile that && id == that.id && publisher == that.publisher
                && instruments.equals(that.instruments) && practices.equals(that.practices) && countries.equals(that.countries)
                && regions.equals(that.regions) && climateZones.equals(that.climateZones) && landUses.equals(that.landUses)
                && stages.equals(that.stages) && organisationTypes.equals(that.organisationTypes)
                && Objects.equals(ticketMin, that.ticketMin) && Objects.equals(ticketMax, that.ticketMax)
                && Objects.equals(currency, that.currency) && Objects.equals(deadline, that.deadline)
                && languages.equals(that.languages) && sdgs.equals(that.sdgs) && objectives.equals(that.objectives);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "OfferProfile[" + id + ", " + instruments + ", " + countries + regions + ", " + ticketMin + ".." + ticketMax + " "
                + currency + ", " + deadline + "]";
    }

    /** Collects an offer's fields; each setter replaces what it sets. */
    public static final class Builder {
        private final long id;
        private final long publisher;
        private Collection<Instrument> instruments = EnumSet.noneOf(Instrument.class);
        private Collection<String> practices = Set.of();
        private Collection<String> countries = Set.of();
        private Collection<Region> regions = EnumSet.noneOf(Region.class);
        private Collection<ClimateZone> climateZones = EnumSet.noneOf(ClimateZone.class);
        private Collection<LandUse> landUses = EnumSet.noneOf(LandUse.class);
        private Collection<ProjectStage> stages = EnumSet.noneOf(ProjectStage.class);
        private Collection<OrganisationType> organisationTypes = EnumSet.noneOf(OrganisationType.class);
        private BigDecimal ticketMin;
        private BigDecimal ticketMax;
        private String currency;
        private LocalDate deadline;
        private Collection<String> languages = Set.of();
        private Collection<Integer> sdgs = Set.of();
        private Collection<String> objectives = Set.of();

        private Builder(long id, long publisher) {
            this.id = id;
            this.publisher = publisher;
        }

        public Builder instruments(Collection<Instrument> instruments) {
            this.instruments = Objects.requireNonNull(instruments);
            return this;
        }

        public Builder practices(Collection<String> practices) {
            this.practices = Objects.requireNonNull(practices);
            return this;
        }

        public Builder countries(Collection<String> countries) {
            this.countries = Objects.requireNonNull(countries);
            return this;
        }

        public Builder regions(Collection<Region> regions) {
            this.regions = Objects.requireNonNull(regions);
            return this;
        }

        public Builder climateZones(Collection<ClimateZone> climateZones) {
            this.climateZones = Objects.requireNonNull(climateZones);
            return this;
        }

        public Builder landUses(Collection<LandUse> landUses) {
            this.landUses = Objects.requireNonNull(landUses);
            return this;
        }

        public Builder stages(Collection<ProjectStage> stages) {
            this.stages = Objects.requireNonNull(stages);
            return this;
        }

        public Builder organisationTypes(Collection<OrganisationType> organisationTypes) {
            this.organisationTypes = Objects.requireNonNull(organisationTypes);
            return this;
        }

        /** Ticket sizes (either may be null for no bound) in one currency. */
        public Builder ticket(BigDecimal min, BigDecimal max, String currency) {
            this.ticketMin = min;
            this.ticketMax = max;
            this.currency = currency;
            return this;
        }

        public Builder deadline(LocalDate deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder languages(Collection<String> languages) {
            this.languages = Objects.requireNonNull(languages);
            return this;
        }

        public Builder sdgs(Collection<Integer> sdgs) {
            this.sdgs = Objects.requireNonNull(sdgs);
            return this;
        }

        public Builder objectives(Collection<String> objectives) {
            this.objectives = Objects.requireNonNull(objectives);
            return this;
        }

        public OfferProfile build() {
            return new OfferProfile(this);
        }
    }
}
