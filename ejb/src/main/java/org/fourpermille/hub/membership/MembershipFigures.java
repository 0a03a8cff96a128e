package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public statistics of membership: active organisations by type, by region and by the year they
 * joined, each by level, and the totals. Only counts: no organisation is named. Built from the rows of
 * GROUP BY queries ({@code [value, level, count]}), every type and region present even when zero and
 * every year from the first to this one, so that tables and charts keep the same shape.
 */
public record MembershipFigures(FigureRow total, List<FigureRow> byType, List<FigureRow> byRegion,
                                List<YearFigures> byYear) implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TOTAL = "TOTAL";

    static MembershipFigures of(List<Object[]> typeRows, List<Object[]> countryRows, List<Object[]> yearRows, int thisYear) {
        List<FigureRow> byType = byType(typeRows);
        FigureRow total = byType.stream().reduce(new FigureRow(TOTAL, 0, 0), FigureRow::plus);
        return new MembershipFigures(new FigureRow(TOTAL, total.partners(), total.members()), byType,
                byRegion(byCountry(countryRows)), byYear(yearRows, thisYear));
    }

    static List<FigureRow> byType(List<Object[]> rows) {
        Map<String, FigureRow> figures = new LinkedHashMap<>();
        for (OrganisationType type : OrganisationType.values()) {
            figures.put(type.name(), new FigureRow(type.name(), 0, 0));
        }
        rows.forEach(row -> add(figures, ((OrganisationType) row[0]).name(), row));
        return List.copyOf(figures.values());
    }

    /** Countries that hold at least one active organisation, by ISO code. */
    static List<FigureRow> byCountry(List<Object[]> rows) {
        Map<String, FigureRow> figures = new TreeMap<>();
        rows.forEach(row -> add(figures, (String) row[0], row));
        return List.copyOf(figures.values());
    }

    /** Every region, zero included; a country that no region holds (an unknown code) is left out. */
    static List<FigureRow> byRegion(List<FigureRow> byCountry) {
        Map<String, FigureRow> figures = new LinkedHashMap<>();
        for (Region region : Region.values()) {
            figures.put(region.name(), new FigureRow(region.name(), 0, 0));
        }
        for (FigureRow country : byCountry) {
            Region.of(country.key()).ifPresent(region -> figures.merge(region.name(), country, FigureRow::plus));
        }
        return List.copyOf(figures.values());
    }

    /** From the first year anyone joined to this year (or a later date of joining), the years nobody joined included. */
    static List<YearFigures> byYear(List<Object[]> rows, int thisYear) {
        TreeMap<Integer, FigureRow> joined = new TreeMap<>();
        for (Object[] row : rows) {
            int year = ((Number) row[0]).intValue();
            joined.merge(year, figure(String.valueOf(year), row), FigureRow::plus);
        }
        List<YearFigures> years = new ArrayList<>();
        if (joined.isEmpty()) {
            return years;
        }
        long partners = 0;
        long members = 0;
        for (int year = joined.firstKey(); year <= Math.max(joined.lastKey(), thisYear); year++) {
            FigureRow that = joined.getOrDefault(year, new FigureRow(String.valueOf(year), 0, 0));
            partners += that.partners();
            members += that.members();
            years.add(new YearFigures(year, that.partners(), that.members(), partners, members));
        }
        return years;
    }

    private static void add(Map<String, FigureRow> figures, String key, Object[] row) {
        figures.merge(key, figure(key, row), FigureRow::plus);
    }

    private static FigureRow figure(String key, Object[] row) {
        long count = ((Number) row[2]).longValue();
        return row[1] == MembershipLevel.MEMBER ? new FigureRow(key, 0, count) : new FigureRow(key, count, 0);
    }
}
