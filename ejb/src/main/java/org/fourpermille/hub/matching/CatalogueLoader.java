package org.fourpermille.hub.matching;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

import org.fourpermille.hub.matching.engine.Criterion;
import org.fourpermille.hub.matching.engine.Profile;
import org.fourpermille.hub.matching.engine.Rates;
import org.fourpermille.hub.matching.engine.Weights;
import org.fourpermille.hub.membership.OrganisationType;
import org.fourpermille.hub.membership.Region;

/**
 * Reads a {@link Catalogue} with plain JDBC: six queries, one row per project or offer (their criteria
 * are arrays), no entities, so ten thousand of each load in about a second and leave nothing in a
 * persistence context. A row the engine refuses (a code it does not know) is skipped and logged, never fatal:
 * one bad row must not take matching down for everyone.
 */
final class CatalogueLoader {

    private static final Logger LOG = Logger.getLogger(CatalogueLoader.class.getName());

    static final String GENERATION = "SELECT generation FROM matching_generation WHERE id = 1";

    private static final String WEIGHTS = "SELECT criterion, weight FROM matching_weight";
    private static final String PRACTICES = "SELECT code, label_en, label_fr, label_es FROM practice";
    private static final String RATES = "SELECT currency, units_per_eur FROM currency_rate";
    private static final String OFFERS = "SELECT o.id, o.organisation_id, g.name, o.title, o.language, " + codes("o.instruments")
            + ", " + codes("o.practices") + ", " + codes("o.countries") + ", " + codes("o.regions") + ", " + codes("o.climate_zones")
            + ", " + codes("o.land_uses") + ", " + codes("o.stages") + ", " + codes("o.organisation_types") + ", " + codes("o.languages")
            + ", " + codes("o.sdgs") + ", " + codes("o.objectives") + ", o.currency, o.ticket_min, o.ticket_max, o.deadline"
            + " FROM support_offer o JOIN organisation g ON g.id = o.organisation_id"
            + " WHERE o.status = 'PUBLISHED' AND (o.deadline IS NULL OR o.deadline >= ?) AND g.status = 'ACTIVE'";
    private static final String PROJECTS = "SELECT p.id, p.organisation_id, g.name, g.type, p.stage, " + codes("p.countries")
            + ", p.region, " + codes("p.climate_zones") + ", " + codes("p.land_uses") + ", " + codes("p.practices") + ", " + codes("p.sdgs")
            + ", " + codes("p.objectives") + ", " + codes("p.needs") + ", p.currency, p.funding_sought,"
            + " p.assessed_positively_on IS NOT NULL, p.visibility"
            + " FROM project p JOIN organisation g ON g.id = p.organisation_id WHERE g.status = 'ACTIVE'";
    private static final String TEXTS = "SELECT t.project_id, t.language, t.title FROM project_text t"
            + " JOIN project p ON p.id = t.project_id JOIN organisation g ON g.id = p.organisation_id WHERE g.status = 'ACTIVE'";

    private CatalogueLoader() {
    }

    static long generation(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(GENERATION); ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /** Everything matching reads, as of the generation read first (a change committed meanwhile only causes one more load later). */
    static Catalogue load(Connection db, LocalDate today) throws SQLException {
        long start = System.nanoTime();
        long generation = generation(db);
        Weights weights = weights(db);
        Rates rates = rates(db);
        Map<String, PracticeLabel> practices = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(PRACTICES); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                practices.put(row.getString(1), new PracticeLabel(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
            }
        }

        List<Profile> offers = new ArrayList<>();
        Map<Long, Profile> offersById = new HashMap<>();
        Map<Long, OfferCard> offerCards = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(OFFERS)) {
            query.setDate(1, Date.valueOf(today));
            query.setFetchSize(2000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    try {
                        Profile offer = offer(row);
                        offers.add(offer);
                        offersById.put(id, offer);
                        offerCards.put(id, new OfferCard(id, row.getString(4), row.getString(5), row.getLong(2), row.getString(3),
                                strings(row, 6), row.getBigDecimal(18), row.getBigDecimal(19), row.getString(17),
                                offer.deadline()));
                    } catch (IllegalArgumentException refused) {
                        LOG.warning(() -> "Offer " + id + " left out of matching: " + refused.getMessage());
                    }
                }
            }
        }

        Map<Long, Map<String, String>> titles = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(TEXTS)) {
            query.setFetchSize(2000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    titles.computeIfAbsent(row.getLong(1), id -> new TreeMap<>()).put(row.getString(2), row.getString(3));
                }
            }
        }

        List<Profile> matchable = new ArrayList<>();
        Map<Long, Profile> projects = new HashMap<>();
        Map<Long, ProjectCard> projectCards = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(PROJECTS)) {
            query.setFetchSize(2000);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    Map<String, String> projectTitles = titles.getOrDefault(id, Map.of());
                    try {
                        Profile project = project(row, projectTitles.keySet());
                        String visibility = row.getString(17);
                        projects.put(id, project);
                        if (!"DRAFT".equals(visibility)) {
                            matchable.add(project);
                        }
                        projectCards.put(id, new ProjectCard(id, projectTitles, row.getLong(2), row.getString(3), row.getString(5),
                                List.copyOf(project.countries()), project.fundingSought(), project.currency(), project.assessed(),
                                visibility));
                    } catch (IllegalArgumentException refused) {
                        LOG.warning(() -> "Project " + id + " left out of matching: " + refused.getMessage());
                    }
                }
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Matching snapshot of generation " + generation + " loaded in " + millis + " ms: " + offersById.size()
                + " open offers, " + projects.size() + " projects");
        return new Catalogue(generation, weights, rates, Map.copyOf(practices), List.copyOf(offers), Collections.unmodifiableMap(offersById),
                List.copyOf(matchable), Collections.unmodifiableMap(projects), Collections.unmodifiableMap(offerCards),
                Collections.unmodifiableMap(projectCards), Instant.now(), millis);
    }

    private static Weights weights(Connection db) throws SQLException {
        Map<Criterion, Integer> weights = new java.util.EnumMap<>(Criterion.class);
        try (PreparedStatement query = db.prepareStatement(WEIGHTS); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                try {
                    weights.put(Criterion.valueOf(row.getString(1)), row.getInt(2));
                } catch (IllegalArgumentException retired) {
                    // A criterion the engine no longer has: ignored.
                }
            }
        }
        return Weights.of(weights);
    }

    private static Rates rates(Connection db) throws SQLException {
        Map<String, BigDecimal> rates = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(RATES); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                rates.put(row.getString(1), row.getBigDecimal(2).stripTrailingZeros());
            }
        }
        return Rates.of(rates);
    }

    private static Profile offer(ResultSet row) throws SQLException {
        Date deadline = row.getDate(20);
        BigDecimal min = row.getBigDecimal(18);
        BigDecimal max = row.getBigDecimal(19);
        return Profile.offer(row.getLong(1), row.getLong(2))
                .instruments(enums(Instrument.class, strings(row, 6)))
                .practices(strings(row, 7))
                .countries(strings(row, 8))
                .regions(enums(Region.class, strings(row, 9)))
                .climateZones(enums(ClimateZone.class, strings(row, 10)))
                .landUses(enums(LandUse.class, strings(row, 11)))
                .stages(enums(ProjectStage.class, strings(row, 12)))
                .organisationTypes(enums(OrganisationType.class, strings(row, 13)))
                .languages(strings(row, 14))
                .sdgs(integers(row, 15))
                .objectives(strings(row, 16))
                .ticket(min, max, min == null && max == null ? null : row.getString(17))
                .deadline(deadline == null ? null : deadline.toLocalDate())
                .build();
    }

    private static Profile project(ResultSet row, Set<String> languages) throws SQLException {
        String region = row.getString(7);
        BigDecimal sought = row.getBigDecimal(15);
        return Profile.project(row.getLong(1), OrganisationType.valueOf(row.getString(4)), ProjectStage.valueOf(row.getString(5)))
                .countries(strings(row, 6))
                .region(region == null ? null : Region.valueOf(region))
                .climateZones(enums(ClimateZone.class, strings(row, 8)))
                .landUses(enums(LandUse.class, strings(row, 9)))
                .practices(strings(row, 10))
                .sdgs(integers(row, 11))
                .objectives(strings(row, 12))
                .needs(enums(Need.class, strings(row, 13)))
                .fundingSought(sought, sought == null ? null : row.getString(14))
                .assessed(row.getBoolean(16))
                .languages(languages)
                .build();
    }

    /**
     * An array column read as its codes joined by commas: PostgreSQL joins them faster than the driver
     * builds array objects, and no code holds a comma (they are constant names, ISO codes and numbers).
     */
    private static String codes(String column) {
        return "array_to_string(" + column + ", ',')";
    }

    private static List<String> strings(ResultSet row, int column) throws SQLException {
        String joined = row.getString(column);
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(joined.split(","));
    }

    private static List<Integer> integers(ResultSet row, int column) throws SQLException {
        List<String> codes = strings(row, column);
        List<Integer> integers = new ArrayList<>(codes.size());
        for (String code : codes) {
            integers.add(Integer.valueOf(code));
        }
        return integers;
    }

    /** The constants named; a name the code no longer has is ignored, as the entities do. */
    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
        Set<E> set = EnumSet.noneOf(type);
        for (String name : names) {
            try {
                set.add(Enum.valueOf(type, name));
            } catch (IllegalArgumentException retired) {
                // ignored
            }
        }
        return set;
    }
}
