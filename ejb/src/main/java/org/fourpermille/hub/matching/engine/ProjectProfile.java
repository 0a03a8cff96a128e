package org.fourpermille.hub.matching.engine;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.fourpermille.hub.matching.ClimateZone;
import org.fourpermille.hub.matching.LandUse;
import org.fourpermille.hub.matching.Need;
import org.fourpermille.hub.matching.ProjectStage;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;

/**
 * What the engine knows of a project: an immutable copy of the fields that matching reads, checked and
 * normalised once (upper-case countries, lower-case languages), with the sets also kept as bit masks for
 * the ranking loop. Build one with {@link #builder(long, OrganisationType, ProjectStage)}.
 */
public final class ProjectProfile {

    private final long id;
    private final OrganisationType ownerType;
    private final ProjectStage stage;
    private final Set<String> countries;
    private final Region region;
    private final Set<ClimateZone> climateZones;
    private final Set<LandUse> landUses;
    private final Set<String> practices;
    private final Set<Integer> sdgs;
    private final Set<String> objectives;
    private final Set<String> languages;
    private final BigDecimal fundingSought;
    private final String currency;
    private final Set<Need> needs;
    private final boolean assessed;

    final int stageBit;
    final int ownerTypeBit;
    final long[] countryBits;
    final int regionMask;
    final int zoneMask;
    final int landMask;
    final long[] practiceBits;
    final int practiceCount;
    final int goalMask;
    final int goalCount;
    final long[] languageBits;
    final double fundingApprox;

    private ProjectProfile(Builder b) {
        id = b.id;
        ownerType = b.ownerType;
        stage = b.stage;
        countries = Codes.countries(b.countries);
        region = b.region;
        climateZones = Codes.enums(ClimateZone.class, b.climateZones);
        landUses = Codes.enums(LandUse.class, b.landUses);
        practices = Codes.practices(b.practices);
        sdgs = Codes.sdgs(b.sdgs);
        objectives = Codes.objectives(b.objectives);
        languages = Codes.languages(b.languages);
        needs = Codes.enums(Need.class, b.needs);
        assessed = b.assessed;
        if (b.fundingSought != null) {
            Codes.require(b.fundingSought.signum() >= 0, "funding sought is negative: " + b.fundingSought);
            Codes.require(b.currency != null, "funding sought without a currency");
            fundingSought = b.fundingSought;
            currency = Codes.currency(b.currency);
        } else {
            fundingSought = null;
            currency = null;
        }

        stageBit = 1 << stage.ordinal();
        ownerTypeBit = 1 << ownerType.ordinal();
        countryBits = Vocabulary.COUNTRIES.bits(countries);
        regionMask = Codes.regionMask(countries) | (region == null ? 0 : 1 << region.ordinal());
        zoneMask = Codes.mask(climateZones);
        landMask = Codes.mask(landUses);
        practiceBits = Vocabulary.PRACTICES.bits(practices);
        practiceCount = practices.size();
        goalMask = Codes.goalMask(sdgs, objectives);
        goalCount = Integer.bitCount(goalMask);
        languageBits = Vocabulary.LANGUAGES.bits(languages);
        fundingApprox = fundingSought == null ? 0 : fundingSought.doubleValue();
    }

    /** A builder with the three things every project has; every set starts empty. */
    public static Builder builder(long id, OrganisationType ownerType, ProjectStage stage) {
        return new Builder(id, ownerType, stage);
    }

    public long id() {
        return id;
    }

    /** The type of the organisation that owns the project. */
    public OrganisationType ownerType() {
        return ownerType;
    }

    public ProjectStage stage() {
        return stage;
    }

    /** ISO 3166-1 alpha-2 codes, upper-case, sorted. */
    public Set<String> countries() {
        return countries;
    }

    /** The region the project names, if any; the regions of its countries count too. */
    public Region region() {
        return region;
    }

    public Set<ClimateZone> climateZones() {
        return climateZones;
    }

    public Set<LandUse> landUses() {
        return landUses;
    }

    /** Practice codes of the reference list. */
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

    /** ISO 639 codes of the languages the project's texts are written in, lower-case. */
    public Set<String> languages() {
        return languages;
    }

    /** The funding sought, or null when the project seeks none (then no ticket range applies to it). */
    public BigDecimal fundingSought() {
        return fundingSought;
    }

    /** The currency of {@link #fundingSought()}, or null without it. */
    public String currency() {
        return currency;
    }

    public Set<Need> needs() {
        return needs;
    }

    /** Whether the STC formatively assessed the project with a positive outcome. */
    public boolean assessed() {
        return assessed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectProfile that && id == that.id && ownerType == that.ownerType && stage == that.stage
                && countries.equals(that.countries) && region == that.region && climateZones.equals(that.climateZones)
                && landUses.equals(that.landUses) && practices.equals(that.practices) && sdgs.equals(that.sdgs)
                && objectives.equals(that.objectives) && languages.equals(that.languages)
                && Objects.equals(fundingSought, that.fundingSought) && Objects.equals(currency, that.currency)
                && needs.equals(that.needs) && assessed == that.assessed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "ProjectProfile[" + id + ", " + ownerType + ", " + stage + ", " + countries + ", " + practices + "]";
    }

    /** Collects a profile's fields; each setter replaces what it sets. */
    public static final class Builder {
        private final long id;
        private final OrganisationType ownerType;
        private final ProjectStage stage;
        private Collection<String> countries = Set.of();
        private Region region;
        private Collection<ClimateZone> climateZones = EnumSet.noneOf(ClimateZone.class);
        private Collection<LandUse> landUses = EnumSet.noneOf(LandUse.class);
        private Collection<String> practices = Set.of();
        private Collection<Integer> sdgs = Set.of();
        private Collection<String> objectives = Set.of();
        private Collection<String> languages = Set.of();
        private BigDecimal fundingSought;
        private String currency;
        private Collection<Need> needs = EnumSet.noneOf(Need.class);
        private boolean assessed;

        private Builder(long id, OrganisationType ownerType, ProjectStage stage) {
            this.id = id;
            this.ownerType = Objects.requireNonNull(ownerType, "ownerType");
            this.stage = Objects.requireNonNull(stage, "stage");
        }

        public Builder countries(Collection<String> countries) {
            this.countries = Objects.requireNonNull(countries);
            return this;
        }

        public Builder region(Region region) {
            this.region = region;
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

        /** The funding sought and its currency; a null amount means the project seeks none. */
        public Builder fundingSought(BigDecimal amount, String currency) {
            this.fundingSought = amount;
            this.currency = currency;
            return this;
        }

        public Builder needs(Collection<Need> needs) {
            this.needs = Objects.requireNonNull(needs);
            return this;
        }

        public Builder assessed(boolean assessed) {
            this.assessed = assessed;
            return this;
        }

        public ProjectProfile build() {
            return new ProjectProfile(this);
        }
    }
}
