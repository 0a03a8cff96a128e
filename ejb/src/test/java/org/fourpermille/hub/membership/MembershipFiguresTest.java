package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MembershipFiguresTest {

    private static Object[] row(Object value, MembershipLevel level, long count) {
        return new Object[] {value, level, count};
    }

    @Test
    void every_type_and_region_is_present_zero_included_and_members_are_not_counted_again_as_partners() {
        MembershipFigures figures = MembershipFigures.of(
                List.of(row(OrganisationType.FUNDER, MembershipLevel.PARTNER, 2), row(OrganisationType.FUNDER, MembershipLevel.MEMBER, 1),
                        row(OrganisationType.CIVIL_SOCIETY, MembershipLevel.MEMBER, 3)),
                List.of(row("SN", MembershipLevel.MEMBER, 3), row("AR", MembershipLevel.PARTNER, 2),
                        row("KE", MembershipLevel.MEMBER, 1)),
                List.of(), 2026);
        assertEquals(OrganisationType.values().length, figures.byType().size());
        assertEquals(new FigureRow("FUNDER", 2, 1), figures.byType().get(OrganisationType.FUNDER.ordinal()));
        assertEquals(new FigureRow("PRIVATE_COMPANY", 0, 0), figures.byType().get(OrganisationType.PRIVATE_COMPANY.ordinal()));
        assertEquals(2, figures.total().partners());
        assertEquals(4, figures.total().members());
        assertEquals(6, figures.total().total());

        assertEquals(Region.values().length, figures.byRegion().size());
        assertEquals(new FigureRow("AFRICA", 0, 4), figures.byRegion().get(Region.AFRICA.ordinal()));
        assertEquals(new FigureRow("LATIN_AMERICA_CARIBBEAN", 2, 0), figures.byRegion().get(Region.LATIN_AMERICA_CARIBBEAN.ordinal()));
        assertEquals(new FigureRow("OCEANIA", 0, 0), figures.byRegion().get(Region.OCEANIA.ordinal()));
    }

    @Test
    void years_run_without_gaps_up_to_this_year_with_their_running_totals() {
        List<YearFigures> years = MembershipFigures.byYear(List.of(
                row(2016, MembershipLevel.PARTNER, 3), row(2016, MembershipLevel.MEMBER, 4),
                row(2019, MembershipLevel.PARTNER, 1), row(2018.0, MembershipLevel.MEMBER, 2)), 2020);
        assertEquals(List.of(2016, 2017, 2018, 2019, 2020), years.stream().map(YearFigures::year).toList());
        assertEquals(new YearFigures(2016, 3, 4, 3, 4), years.get(0));
        assertEquals(new YearFigures(2017, 0, 0, 3, 4), years.get(1));
        assertEquals(new YearFigures(2018, 0, 2, 3, 6), years.get(2));
        assertEquals(new YearFigures(2019, 1, 0, 4, 6), years.get(3));
        assertEquals(new YearFigures(2020, 0, 0, 4, 6), years.get(4));
        assertEquals(10, years.get(4).total());
        assertTrue(MembershipFigures.byYear(List.of(), 2020).isEmpty(), "no organisation, no years");
    }

    @Test
    void countries_are_listed_by_code_and_an_unknown_code_counts_in_no_region() {
        List<FigureRow> countries = MembershipFigures.byCountry(List.of(row("SN", MembershipLevel.PARTNER, 1),
                row("AR", MembershipLevel.MEMBER, 1), row("ZZ", MembershipLevel.PARTNER, 1)));
        assertEquals(List.of("AR", "SN", "ZZ"), countries.stream().map(FigureRow::key).toList());
        long placed = MembershipFigures.byRegion(countries).stream().mapToLong(FigureRow::total).sum();
        assertEquals(2, placed);
    }
}
