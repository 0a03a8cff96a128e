package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class StatisticsTablesTest {

    private static final MembershipFigures FIGURES = new MembershipFigures(new FigureRow("TOTAL", 2, 3),
            List.of(new FigureRow("FUNDER", 1, 0), new FigureRow("CIVIL_SOCIETY", 1, 3)),
            List.of(new FigureRow("AFRICA", 1, 3), new FigureRow("EUROPE", 1, 0)),
            List.of(new YearFigures(2016, 2, 1, 2, 1), new YearFigures(2017, 0, 2, 2, 3)));

    @Test
    void the_csv_holds_the_same_lines_as_the_tables_labelled_in_the_reader_language() {
        List<StatisticsTables.Table> tables = StatisticsTables.of(FIGURES, null, Locale.FRENCH);
        String csv = StatisticsTables.csv(FIGURES, tables, Locale.FRENCH);
        assertTrue(csv.startsWith("\uFEFFDimension,Valeur,Partenaires,Membres,Total\r\n"), csv);
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertEquals("Total,Toutes les organisations actives,2,3,5", lines.get(1));
        assertTrue(lines.contains("Par région,Afrique,1,3,4"), lines.toString());
        assertTrue(lines.contains("Adhésions de chaque année,2017,0,2,2"), lines.toString());
        assertTrue(lines.contains("Total à la fin de chaque année,2017,2,3,5"), lines.toString());
        long tableLines = tables.stream().mapToLong(t -> t.lines().size()).sum();
        assertEquals(2 + tableLines, lines.size(), "a header, the totals, then every line of every table");
        assertTrue(tables.stream().noneMatch(t -> t.id().equals("country")), "no figures by country unless given");
    }

    @Test
    void countries_are_named_and_sorted_in_the_reader_language() {
        List<StatisticsTables.Table> tables = StatisticsTables.of(FIGURES,
                List.of(new FigureRow("DE", 1, 0), new FigureRow("AR", 0, 1), new FigureRow("SN", 0, 1)), new Locale("es"));
        StatisticsTables.Table countries = tables.get(tables.size() - 1);
        assertEquals("country", countries.id());
        assertEquals(List.of("Alemania", "Argentina", "Senegal"), countries.lines().stream().map(StatisticsTables.Line::label).toList());
    }

    @Test
    void cells_with_commas_or_quotes_are_quoted() {
        assertEquals("\"Funder (development bank, foundation, fund)\"", StatisticsTables.cell("Funder (development bank, foundation, fund)"));
        assertEquals("\"say \"\"hi\"\"\"", StatisticsTables.cell("say \"hi\""));
        assertEquals("Africa", StatisticsTables.cell("Africa"));
    }

    @Test
    void the_directory_address_keeps_only_the_chosen_filters_encoded() {
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("q", " Fundación ");
        parameters.put("type", "");
        parameters.put("level", "MEMBER");
        parameters.put("region", null);
        assertEquals("?q=Fundaci%C3%B3n&level=MEMBER", DirectoryBacking.query(parameters));
        assertEquals("", DirectoryBacking.query(java.util.Map.of()));
    }
}
