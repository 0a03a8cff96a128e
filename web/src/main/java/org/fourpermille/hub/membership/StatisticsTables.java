package org.fourpermille.hub.membership;

import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.fourpermille.hub.shared.Texts;

/**
 * The statistics as labelled tables in the reader's language: what the page shows, charts aside, and
 * exactly what the CSV download holds, so both always give the same figures.
 */
public final class StatisticsTables {

    /** One line: the label of a type, region, year or country, and its counts by level. */
    public record Line(String label, long partners, long members) implements Serializable {

        private static final long serialVersionUID = 1L;

        public long total() {
            return partners + members;
        }
    }

    /** One dimension: {@code id} names it in the page, {@code title} and {@code heading} are texts. */
    public record Table(String id, String title, String heading, List<Line> lines) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    private StatisticsTables() {
    }

    /** The tables of the public figures, then, when {@code byCountry} is given (signed-in readers), by country. */
    static List<Table> of(MembershipFigures figures, List<FigureRow> byCountry, Locale locale) {
        List<Table> tables = new ArrayList<>();
        tables.add(table("type", "statistics.byType", "statistics.column.type", figures.byType(),
                key -> Texts.text(locale, "organisationType." + key), locale));
        tables.add(table("region", "statistics.byRegion", "statistics.column.region", figures.byRegion(),
                key -> Texts.text(locale, "region." + key), locale));
        tables.add(new Table("joined", Texts.text(locale, "statistics.joinedPerYear"), Texts.text(locale, "statistics.column.year"),
                figures.byYear().stream().map(y -> new Line(String.valueOf(y.year()), y.partnersJoined(), y.membersJoined())).toList()));
        tables.add(new Table("cumulative", Texts.text(locale, "statistics.totalPerYear"), Texts.text(locale, "statistics.column.year"),
                figures.byYear().stream().map(y -> new Line(String.valueOf(y.year()), y.partnersTotal(), y.membersTotal())).toList()));
        if (byCountry != null) {
            Collator collator = Collator.getInstance(locale);
            Table countries = table("country", "statistics.byCountry", "statistics.column.country", byCountry,
                    code -> DirectoryBacking.countryName(code, locale), locale);
            List<Line> sorted = countries.lines().stream().sorted(Comparator.comparing(Line::label, collator)).toList();
            tables.add(new Table(countries.id(), countries.title(), countries.heading(), sorted));
        }
        return tables;
    }

    private static Table table(String id, String titleKey, String headingKey, List<FigureRow> rows,
                               Function<String, String> label, Locale locale) {
        return new Table(id, Texts.text(locale, titleKey), Texts.text(locale, headingKey),
                rows.stream().map(row -> new Line(label.apply(row.key()), row.partners(), row.members())).toList());
    }

    /**
     * The CSV of the figures (RFC 4180, comma-separated, CRLF), starting with a byte order mark so that
     * spreadsheets read it as UTF-8: dimension, value, partners, members, total; the totals first.
     */
    static String csv(MembershipFigures figures, List<Table> tables, Locale locale) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, Texts.text(locale, "statistics.csv.dimension"), Texts.text(locale, "statistics.csv.value"),
                Texts.text(locale, "statistics.column.partners"), Texts.text(locale, "statistics.column.members"),
                Texts.text(locale, "statistics.column.total"));
        FigureRow total = figures.total();
        line(csv, Texts.text(locale, "statistics.csv.total"), Texts.text(locale, "statistics.csv.all"),
                String.valueOf(total.partners()), String.valueOf(total.members()), String.valueOf(total.total()));
        for (Table table : tables) {
            for (Line line : table.lines()) {
                line(csv, table.title(), line.label(), String.valueOf(line.partners()), String.valueOf(line.members()),
                        String.valueOf(line.total()));
            }
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
