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
import org.fourpermille.hub.matching.Need;
import org.fourpermille.hub.matching.ProjectStage;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;

/**
 * What the engine knows of a project or of a support offer: an immutable, checked copy of the fields
 * matching reads, normalised once (upper-case countries, lower-case languages), with the sets also kept as
 * bit masks for the ranking loop. Both sides have the same criteria; what differs is how they are stated:
 * a project is at one stage and owned by one type of organisation and seeks one amount, an offer names the
 * stages, types and ticket range it accepts, and an empty set there states no constraint (no countries and
 * no regions is worldwide).
 */
public final class Profile {

    private final Side side;
    private final long id;
    private final long publisher;
    private final OrganisationType ownerType;
    private final ProjectStage stage;
    private final Set<ProjectStage> stages;
    private final Set<OrganisationType> organisationTypes;
    private final Set<String> countries;
    private final Region region;
    private final Set<Region> regions;
    private final Set<ClimateZone> climateZones;
    private final Set<LandUse> landUses;
    private final Set<String> practices;
    private final Set<Integer> sdgs;
    private final Set<String> objectives;
    private final Set<String> languages;
    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final String currency;
    private final LocalDate deadline;
    private final Set<Need> needs;
    private final Set<Instrument> instruments;
    private final boolean assessed;

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
    final double minimumApprox;
    final double maximumApprox;

    private Profile(Builder b) {
        side = b.side;
        id = b.id;
        publisher = b.publisher;
        ownerType = b.ownerType;
        stage = b.stage;
        stages = side == Side.PROJECT ? Set.of(stage) : Codes.enums(ProjectStage.class, b.stages);
        organisationTypes = side == Side.PROJECT ? Set.of(ownerType) : Codes.enums(OrganisationType.class, b.organisationTypes);
        countries = Codes.countries(b.countries);
        region = b.region;
        regions = Codes.enums(Region.class, b.regions);
        climateZones = Codes.enums(ClimateZone.class, b.climateZones);
        landUses = Codes.enums(LandUse.class, b.landUses);
        practices = Codes.practices(b.practices);
        sdgs = Codes.sdgs(b.sdgs);
        objectives = Codes.objectives(b.objectives);
        languages = Codes.languages(b.languages);
        needs = Codes.enums(Need.class, b.needs);
        instruments = Codes.enums(Instrument.class, b.instruments);
        assessed = b.assessed;
        deadline = b.deadline;
        minimum = b.minimum;
        maximum = b.maximum;
        currency = Codes.money(side, minimum, maximum, b.currency);

        deadlineDay = deadline == null ? Long.MAX_VALUE : deadline.toEpochDay();
        stageMask = Codes.mask(stages);
        typeMask = Codes.mask(organisationTypes);
        worldwide = countries.isEmpty() && regions.isEmpty();
        countryBits = Vocabulary.COUNTRIES.bits(countries);
        regionMask = side == Side.PROJECT ? Codes.regionMask(countries) | (region == null ? 0 : 1 << region.ordinal())
                : Codes.mask(regions);
        zoneMask = Codes.mask(climateZones);
        landMask = Codes.mask(landUses);
        practiceBits = Vocabulary.PRACTICES.bits(practices);
        practiceCount = practices.size();
        goalMask = Codes.goalMask(sdgs, objectives);
        goalCount = Integer.bitCount(goalMask);
        languageBits = Vocabulary.LANGUAGES.bits(languages);
        minimumApprox = minimum == null ? 0 : minimum.doubleValue();
        maximumApprox = maximum == null ? 0 : maximum.doubleValue();
    }

    /** A project's builder with the three things every project has; every set starts empty. */
    public static Builder project(long id, OrganisationType ownerType, ProjectStage stage) {
        return new Builder(Side.PROJECT, id, 0, Objects.requireNonNull(ownerType, "ownerType"), Objects.requireNonNull(stage, "stage"));
    }

    /** An offer's builder that constrains nothing yet: worldwide, every stage, no ticket range, no deadline. */
    public static Builder offer(long id, long publisher) {
        return new Builder(Side.OFFER, id, publisher, null, null);
    }

    public Side side() {
        return side;
    }

    public long id() {
        return id;
    }

    /** An offer's publishing organisation's id; 0 for a project. */
    public long publisher() {
        return publisher;
    }

    /** A project's owner's type; null for an offer. */
    public OrganisationType ownerType() {
        return ownerType;
    }

    /** A project's stage; null for an offer. */
    public ProjectStage stage() {
        return stage;
    }

    /** An offer's eligible stages (empty: every stage); a project's one stage. */
    public Set<ProjectStage> stages() {
        return stages;
    }

    /** An offer's eligible types of owner (empty: every type); a project's owner's type. */
    public Set<OrganisationType> organisationTypes() {
        return organisationTypes;
    }

    /** ISO 3166-1 alpha-2 codes, upper-case, sorted; an offer's with no regions either is worldwide. */
    public Set<String> countries() {
        return countries;
    }

    /** The region a project names, if any (the regions of its countries count too); null for an offer. */
    public Region region() {
        return region;
    }

    /** An offer's eligible regions; empty for a project. */
    public Set<Region> regions() {
        return regions;
    }

    public Set<ClimateZone> climateZones() {
        return climateZones;
    }

    /** Land uses; an offer's empty means any. */
    public Set<LandUse> landUses() {
        return landUses;
    }

    /** Practice codes of the reference list; an offer's empty means any. */
    public Set<String> practices() {
        return practices;
    }

    /** Sustainable Development Goals, 1..17. */
    public Set<Integer> sdgs() {
        return sdgs;
    }

    /** Strategic objectives of the Initiative, "A".."F". */
    public Set<String> objectives() {
        return objectives;
    }

    /** ISO 639 codes, lower-case: a project's texts' languages, the languages an offer works in (empty: any). */
    public Set<String> languages() {
        return languages;
    }

    /** A project's funding sought, or null when it seeks none (then no ticket range applies to it). */
    public BigDecimal fundingSought() {
        return side == Side.PROJECT ? minimum : null;
    }

    /** An offer's smallest ticket, or null for none. */
    public BigDecimal ticketMin() {
        return side == Side.OFFER ? minimum : null;
    }

    /** An offer's largest ticket (a project's funding sought again), or null for none. */
    public BigDecimal ticketMax() {
        return maximum;
    }

    /** The currency of the amounts, or null without them. */
    public String currency() {
        return currency;
    }

    /** The last day an offer is open, or null when it stays open (always for a project). */
    public LocalDate deadline() {
        return deadline;
    }

    /** Whether the offer is still open on that day (its deadline day included); a project always is. */
    public boolean isOpenOn(LocalDate day) {
        return deadlineDay >= day.toEpochDay();
    }

    public Set<Need> needs() {
        return needs;
    }

    public Set<Instrument> instruments() {
        return instruments;
    }

    /** Whether the STC formatively assessed the project with a positive outcome. */
    public boolean assessed() {
        return assessed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Profile that && side == that.side && id == that.id && publisher == that.publisher
                && ownerType == that.ownerType && stages.equals(that.stages) && organisationTypes.equals(that.organisationTypes)
                && countries.equals(that.countries) && region == that.region && regions.equals(that.regions)
                && climateZones.equals(that.climateZones) && landUses.equals(that.landUses) && practices.equals(that.practices)
                && sdgs.equals(that.sdgs) && objectives.equals(that.objectives) && languages.equals(that.languages)
                && Objects.equals(minimum, that.minimum) && Objects.equals(maximum, that.maximum)
                && Objects.equals(currency, that.currency) && Objects.equals(deadline, that.deadline)
                && needs.equals(that.needs) && instruments.equals(that.instruments) && assessed == that.assessed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + side.ordinal();
    }

    @Override
    public String toString() {
        return side + "[" + id + ", " + stages + ", " + countries + regions + ", " + minimum + ".." + maximum + " " + currency + "]";
    }

    /** Collects a profile's fields; each setter replaces what it sets; the other side's setters are refused. */
    public static final class Builder {
        private final Side side;
        private final long id;
        private final long publisher;
        private final OrganisationType ownerType;
        private final ProjectStage stage;
        private Collection<ProjectStage> stages = Set.of();
        private Collection<OrganisationType> organisationTypes = Set.of();
        private Collection<String> countries = Set.of();
        private Region region;
        private Collection<Region> regions = Set.of();
        private Collection<ClimateZone> climateZones = Set.of();
        private Collection<LandUse> landUses = Set.of();
        private Collection<String> practices = Set.of();
        private Collection<Integer> sdgs = Set.of();
        private Collection<String> objectives = Set.of();
        private Collection<String> languages = Set.of();
        private BigDecimal minimum;
        private BigDecimal maximum;
        private String currency;
        private LocalDate deadline;
        private Collection<Need> needs = EnumSet.noneOf(Need.class);
        private Collection<Instrument> instruments = EnumSet.noneOf(Instrument.class);
        private boolean assessed;

        private Builder(Side side, long id, long publisher, OrganisationType ownerType, ProjectStage stage) {
            this.side = side;
            this.id = id;
            this.publisher = publisher;
            this.ownerType = ownerType;
            this.stage = stage;
        }

        private Builder only(Side wanted, String field) {
            Codes.require(side == wanted, "a " + side.name().toLowerCase() + " states no " + field);
            return this;
        }

        public Builder countries(Collection<String> countries) {
            this.countries = Objects.requireNonNull(countries);
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

        public Builder practices(Collection<String> practices) {
            this.practices = Objects.requireNonNull(practices);
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

        public Builder languages(Collection<String> languages) {
            this.languages = Objects.requireNonNull(languages);
            return this;
        }

        /** A project's named region, or null to take only its countries' regions. */
        public Builder region(Region region) {
            this.region = region;
            return only(Side.PROJECT, "single region");
        }

        /** The funding a project seeks and its currency; a null amount means it seeks none. */
        public Builder fundingSought(BigDecimal amount, String currency) {
            this.minimum = amount;
            this.maximum = amount;
            this.currency = currency;
            return only(Side.PROJECT, "funding sought");
        }

        public Builder needs(Collection<Need> needs) {
            this.needs = Objects.requireNonNull(needs);
            return only(Side.PROJECT, "needs");
        }

        public Builder assessed(boolean assessed) {
            this.assessed = assessed;
            return only(Side.PROJECT, "assessment");
        }

        public Builder regions(Collection<Region> regions) {
            this.regions = Objects.requireNonNull(regions);
            return only(Side.OFFER, "eligible regions");
        }

        public Builder stages(Collection<ProjectStage> stages) {
            this.stages = Objects.requireNonNull(stages);
            return only(Side.OFFER, "eligible stages");
        }

        public Builder organisationTypes(Collection<OrganisationType> organisationTypes) {
            this.organisationTypes = Objects.requireNonNull(organisationTypes);
            return only(Side.OFFER, "eligible organisation types");
        }

        /** An offer's ticket sizes (either may be null for no bound) in one currency. */
        public Builder ticket(BigDecimal min, BigDecimal max, String currency) {
            this.minimum = min;
            this.maximum = max;
            this.currency = currency;
            return only(Side.OFFER, "ticket");
        }

        public Builder deadline(LocalDate deadline) {
            this.deadline = deadline;
            return only(Side.OFFER, "deadline");
        }

        public Builder instruments(Collection<Instrument> instruments) {
            this.instruments = Objects.requireNonNull(instruments);
            return only(Side.OFFER, "instruments");
        }

        public Profile build() {
            return new Profile(this);
        }
    }
}
