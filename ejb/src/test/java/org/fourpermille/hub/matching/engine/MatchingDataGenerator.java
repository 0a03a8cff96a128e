package org.fourpermille.hub.matching.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.fourpermille.hub.matching.ClimateZone;
import org.fourpermille.hub.matching.Instrument;
import org.fourpermille.hub.matching.LandUse;
import org.fourpermille.hub.matching.Need;
import org.fourpermille.hub.matching.ProjectStage;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;

/**
 * Makes realistic project and offer profiles for the engine's tests and the web benchmark (test code only, shared through the ejb test-jar): countries where the
 * Initiative's partners work, with their languages and plausible climate zones, funding from ten
 * thousand to a few million in several currencies, offers that mostly constrain a few things and leave
 * the rest open, some deadlines already passed. The same seed gives the same profiles, so a benchmark
 * run can be repeated.
 *
 * <pre>
 * MatchingDataGenerator generator = new MatchingDataGenerator(42);
 * List&lt;Profile&gt; offers = generator.offers(10_000, 1, LocalDate.now());
 * List&lt;Profile&gt; projects = generator.projects(10_000, 1);
 * </pre>
 */
public final class MatchingDataGenerator {

    /** The practices the issue names, as codes; a caller with the reference list passes its own codes. */
    public static final List<String> PRACTICES = List.of("AGROFORESTRY", "COVER_CROPS", "CONSERVATION_AGRICULTURE",
            "ORGANIC_FERTILISATION", "INTEGRATED_SOIL_FERTILITY_MANAGEMENT", "WATER_MANAGEMENT", "RANGELAND_MANAGEMENT", "BIOCHAR");

    /** The currencies the generated profiles use, in units per euro (rounded market rates). */
    public static final Map<String, BigDecimal> RATES = Map.of(
            "USD", new BigDecimal("1.08"), "GBP", new BigDecimal("0.85"), "XOF", new BigDecimal("655.957"),
            "KES", new BigDecimal("140.5"), "BRL", new BigDecimal("5.9"), "INR", new BigDecimal("90.2"));

    private record Place(String country, String language, List<ClimateZone> zones) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("SN", "fr", List.of(ClimateZone.TROPICAL_DRY)),
            new Place("ML", "fr", List.of(ClimateZone.TROPICAL_DRY)),
            new Place("BF", "fr", List.of(ClimateZone.TROPICAL_DRY)),
            new Place("NE", "fr", List.of(ClimateZone.TROPICAL_DRY)),
            new Place("CI", "fr", List.of(ClimateZone.TROPICAL_MOIST, ClimateZone.TROPICAL_WET)),
            new Place("BJ", "fr", List.of(ClimateZone.TROPICAL_MOIST, ClimateZone.TROPICAL_DRY)),
            new Place("CM", "fr", List.of(ClimateZone.TROPICAL_WET, ClimateZone.TROPICAL_MONTANE)),
            new Place("MG", "fr", List.of(ClimateZone.TROPICAL_MOIST, ClimateZone.TROPICAL_DRY)),
            new Place("MA", "fr", List.of(ClimateZone.WARM_TEMPERATE_DRY)),
            new Place("TN", "fr", List.of(ClimateZone.WARM_TEMPERATE_DRY)),
            new Place("KE", "en", List.of(ClimateZone.TROPICAL_MONTANE, ClimateZone.TROPICAL_DRY)),
            new Place("ET", "en", List.of(ClimateZone.TROPICAL_MONTANE, ClimateZone.TROPICAL_DRY)),
            new Place("GH", "en", List.of(ClimateZone.TROPICAL_MOIST)),
            new Place("NG", "en", List.of(ClimateZone.TROPICAL_MOIST, ClimateZone.TROPICAL_DRY)),
            new Place("ZA", "en", List.of(ClimateZone.WARM_TEMPERATE_DRY, ClimateZone.WARM_TEMPERATE_MOIST)),
            new Place("FR", "fr", List.of(ClimateZone.COOL_TEMPERATE_MOIST, ClimateZone.WARM_TEMPERATE_MOIST)),
            new Place("ES", "es", List.of(ClimateZone.WARM_TEMPERATE_DRY)),
            new Place("DE", "en", List.of(ClimateZone.COOL_TEMPERATE_MOIST)),
            new Place("IT", "en", List.of(ClimateZone.WARM_TEMPERATE_MOIST, ClimateZone.WARM_TEMPERATE_DRY)),
            new Place("MX", "es", List.of(ClimateZone.TROPICAL_DRY, ClimateZone.WARM_TEMPERATE_DRY)),
            new Place("CO", "es", List.of(ClimateZone.TROPICAL_WET, ClimateZone.TROPICAL_MONTANE)),
            new Place("PE", "es", List.of(ClimateZone.TROPICAL_MONTANE, ClimateZone.WARM_TEMPERATE_DRY)),
            new Place("AR", "es", List.of(ClimateZone.WARM_TEMPERATE_MOIST, ClimateZone.COOL_TEMPERATE_DRY)),
            new Place("CL", "es", List.of(ClimateZone.WARM_TEMPERATE_DRY, ClimateZone.COOL_TEMPERATE_MOIST)),
            new Place("BR", "es", List.of(ClimateZone.TROPICAL_MOIST, ClimateZone.TROPICAL_WET)),
            new Place("IN", "en", List.of(ClimateZone.TROPICAL_DRY, ClimateZone.TROPICAL_MOIST)),
            new Place("CN", "en", List.of(ClimateZone.WARM_TEMPERATE_MOIST, ClimateZone.COOL_TEMPERATE_DRY)),
            new Place("VN", "en", List.of(ClimateZone.TROPICAL_MOIST)),
            new Place("ID", "en", List.of(ClimateZone.TROPICAL_WET)),
            new Place("US", "en", List.of(ClimateZone.COOL_TEMPERATE_MOIST, ClimateZone.WARM_TEMPERATE_DRY)),
            new Place("CA", "fr", List.of(ClimateZone.BOREAL_MOIST, ClimateZone.COOL_TEMPERATE_MOIST)),
            new Place("AU", "en", List.of(ClimateZone.WARM_TEMPERATE_DRY, ClimateZone.TROPICAL_DRY)),
            new Place("NZ", "en", List.of(ClimateZone.COOL_TEMPERATE_MOIST)),
            new Place("RU", "en", List.of(ClimateZone.BOREAL_MOIST, ClimateZone.BOREAL_DRY)),
            new Place("IS", "en", List.of(ClimateZone.BOREAL_MOIST, ClimateZone.POLAR_MOIST)));

    private static final Set<Instrument> FINANCIAL = EnumSet.of(Instrument.GRANT, Instrument.LOAN, Instrument.EQUITY,
            Instrument.RESULT_BASED_PAYMENT, Instrument.GUARANTEE);
    private static final String[] LANGUAGES = {"fr", "es", "en"};
    private static final int[] COMMON_SDGS = {13, 15, 2, 1, 6, 12, 5, 17, 8, 14};

    private final Random random;
    private final List<String> practices;
    private final long[] publishers;

    /** A generator with the practices and publishers 1..200. */
    public MatchingDataGenerator(long seed) {
        this(seed, PRACTICES, range(1, 200));
    }

    /** A generator drawing from these practice codes and naming these organisations as publishers. */
    public MatchingDataGenerator(long seed, List<String> practices, long[] publishers) {
        if (practices.isEmpty() || publishers.length == 0) {
            throw new IllegalArgumentException("practices and publishers must not be empty");
        }
        this.random = new Random(seed);
        this.practices = List.copyOf(practices);
        this.publishers = publishers.clone();
    }

    /** The rates table the generated currencies need. */
    public static Rates rates() {
        return Rates.of(RATES);
    }

    /** {@code count} projects with ids from {@code firstId} on. */
    public List<Profile> projects(int count, long firstId) {
        List<Profile> projects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            projects.add(project(firstId + i));
        }
        return projects;
    }

    /** {@code count} offers with ids from {@code firstId} on, their deadlines around {@code today}. */
    public List<Profile> offers(int count, long firstId, LocalDate today) {
        List<Profile> offers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            offers.add(offer(firstId + i, today));
        }
        return offers;
    }

    public Profile project(long id) {
        ProjectStage stage = pick(ProjectStage.values(), 15, 25, 35, 20, 5);
        OrganisationType owner = pick(OrganisationType.values(), 15, 8, 2, 15, 25, 25, 10);
        Place home = PLACES.get(random.nextInt(PLACES.size()));
        Region region = Region.of(home.country()).orElseThrow();
        Set<String> countries = new TreeSet<>(Set.of(home.country()));
        if (chance(15)) {
            for (int n = 1 + random.nextInt(2); n > 0; n--) {
                Place other = PLACES.get(random.nextInt(PLACES.size()));
                if (Region.of(other.country()).orElseThrow() == region) {
                    countries.add(other.country());
                }
            }
        }
        Set<ClimateZone> zones = EnumSet.of(home.zones().get(0));
        if (home.zones().size() > 1 && chance(40)) {
            zones.add(home.zones().get(1));
        }
        Set<LandUse> landUses = EnumSet.of(pick(LandUse.values(), 45, 20, 20, 8, 7));
        if (chance(35)) {
            landUses.add(pick(LandUse.values(), 30, 20, 30, 12, 8));
        }
        Set<String> languages = new TreeSet<>(Set.of(home.language()));
        if (chance(50)) {
            languages.add("en");
        }
        Profile.Builder builder = Profile.project(id, owner, stage)
                .countries(countries).region(region).climateZones(zones).landUses(landUses)
                .practices(some(practices, 1, 4)).sdgs(sdgs(2, 5)).objectives(objectives(1, 2)).languages(languages)
                .assessed(stage != ProjectStage.IDEA && chance(8));
        Set<Need> needs = EnumSet.noneOf(Need.class);
        if (stage != ProjectStage.COMPLETED && chance(85)) {
            String currency = pick(new String[] {"EUR", "USD", "XOF", "KES", "BRL", "INR"}, 45, 35, 10, 4, 3, 3);
            builder.fundingSought(amount(10_000, 5_000_000, currency), currency);
            needs.add(Need.FUNDING);
        }
        for (Need need : List.of(Need.TECHNICAL_EXPERTISE, Need.PARTNERS, Need.TRAINING, Need.MRV_SUPPORT)) {
            if (chance(30)) {
                needs.add(need);
            }
        }
        return builder.needs(needs).build();
    }

    public Profile offer(long id, LocalDate today) {
        Profile.Builder builder = Profile.offer(id, publishers[random.nextInt(publishers.length)]);
        Set<Instrument> instruments = EnumSet.of(pick(Instrument.values(), 35, 12, 5, 10, 3, 18, 12, 5));
        if (chance(30)) {
            instruments.add(pick(Instrument.values(), 20, 10, 5, 10, 5, 25, 20, 5));
        }
        builder.instruments(instruments);
        int geography = random.nextInt(100);
        if (geography >= 45 && geography < 75) {
            Set<Region> regions = EnumSet.of(pick(Region.values(), 45, 15, 10, 20, 5, 5));
            if (chance(30)) {
                regions.add(Region.values()[random.nextInt(Region.values().length)]);
            }
            builder.regions(regions);
        } else if (geography >= 75) {
            Set<String> countries = new TreeSet<>();
            for (int n = 1 + random.nextInt(12); n > 0; n--) {
                countries.add(PLACES.get(random.nextInt(PLACES.size())).country());
            }
            builder.countries(countries);
        }
        if (chance(65)) {
            builder.stages(some(List.of(ProjectStage.PREPARATION, ProjectStage.SEEKING_FUNDING, ProjectStage.IMPLEMENTATION,
                    ProjectStage.IDEA), 1, 3));
        }
        if (chance(45)) {
            builder.organisationTypes(some(List.of(OrganisationType.values()), 2, 5));
        }
        if (chance(70)) {
            builder.practices(some(practices, 1, 5));
        }
        if (chance(45)) {
            builder.climateZones(some(List.of(ClimateZone.values()), 1, 4));
        }
        if (chance(50)) {
            builder.landUses(some(List.of(LandUse.values()), 1, 3));
        }
        if (chance(60)) {
            builder.languages(some(List.of(LANGUAGES), 1, 3));
        }
        if (chance(70)) {
            builder.sdgs(sdgs(2, 5));
        }
        if (chance(50)) {
            builder.objectives(objectives(1, 3));
        }
        if (!Collections.disjoint(instruments, FINANCIAL) || chance(20)) {
            String currency = pick(new String[] {"EUR", "USD", "GBP", "XOF"}, 55, 35, 5, 5);
            BigDecimal min = chance(80) ? amount(5_000, 500_000, currency) : null;
            BigDecimal max = chance(85) ? amount(5_000, 500_000, currency).multiply(BigDecimal.valueOf(5 + random.nextInt(96))) : null;
            if (min != null && max != null && min.compareTo(max) > 0) {
                max = min.multiply(BigDecimal.TEN);
            }
            builder.ticket(min, max, currency);
        }
        int deadline = random.nextInt(100);
        if (deadline < 8) {
            builder.deadline(today.minusDays(1 + random.nextInt(180)));
        } else if (deadline < 75) {
            builder.deadline(today.plusDays(random.nextInt(366)));
        }
        return builder.build();
    }

    /** An amount between the bounds in euros, log-uniform, in {@code currency}, rounded to a thousand units. */
    private BigDecimal amount(double minEur, double maxEur, String currency) {
        double eur = Math.exp(Math.log(minEur) + random.nextDouble() * (Math.log(maxEur) - Math.log(minEur)));
        BigDecimal rate = "EUR".equals(currency) ? BigDecimal.ONE : RATES.get(currency);
        return BigDecimal.valueOf(eur).multiply(rate).setScale(-3, RoundingMode.HALF_UP).max(BigDecimal.valueOf(1000)).setScale(0);
    }

    private Set<Integer> sdgs(int min, int max) {
        Set<Integer> sdgs = new TreeSet<>();
        for (int n = min + random.nextInt(max - min + 1); n > 0; n--) {
            sdgs.add(chance(75) ? COMMON_SDGS[random.nextInt(COMMON_SDGS.length)] : 1 + random.nextInt(Codes.SDG_COUNT));
        }
        return sdgs;
    }

    private Set<String> objectives(int min, int max) {
        Set<String> objectives = new TreeSet<>();
        if (chance(70)) {
            objectives.add("B");
        }
        while (objectives.size() < min + random.nextInt(max - min + 1)) {
            objectives.add(String.valueOf(Codes.OBJECTIVES.charAt(random.nextInt(Codes.OBJECTIVES.length()))));
        }
        return objectives;
    }

    private <T> Set<T> some(List<T> from, int min, int max) {
        Set<T> chosen = new LinkedHashSet<>();
        int wanted = Math.min(from.size(), min + random.nextInt(max - min + 1));
        while (chosen.size() < wanted) {
            chosen.add(from.get(random.nextInt(from.size())));
        }
        return chosen;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** One of the values, each as likely as its weight. */
    private <T> T pick(T[] values, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        throw new IllegalStateException();
    }

    private static long[] range(long first, long last) {
        long[] range = new long[(int) (last - first + 1)];
        for (int i = 0; i < range.length; i++) {
            range[i] = first + i;
        }
        return range;
    }
}
