package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.fourpermille.hub.membership.RegistryProblem.Kind;
import org.junit.jupiter.api.Test;

/** Reading registry files as spreadsheets write them, and each problem a line can have, where it is. */
class RegistryRowsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final String HEADER = "name,acronym,type,country,website,level,joined_on,legal_status,status\n";
    static final RegistryLabels LABELS = RegistryLabels.empty()
            .with(RegistryColumn.TYPE, "PRIVATE_COMPANY", "Entreprise")
            .with(RegistryColumn.TYPE, "CIVIL_SOCIETY", "ONG ou organisation de la société civile")
            .with(RegistryColumn.TYPE, "RESEARCH_EDUCATION", "Investigación, educación o formación")
            .with(RegistryColumn.LEVEL, "MEMBER", "Membre")
            .with(RegistryColumn.LEVEL, "MEMBER", "Miembro");

    static RegistryRows parse(String text) {
        return RegistryRows.parse(text.getBytes(StandardCharsets.UTF_8), LABELS, TODAY);
    }

    static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    private static void assertProblems(RegistryRows rows, RegistryProblem... expected) {
        assertEquals(List.of(expected), rows.problems());
    }

    private static RegistryProblem problem(int line, String column, Kind kind, Object... arguments) {
        return RegistryProblem.of(line, column, kind, arguments);
    }

    @Test
    void utf8_with_a_byte_order_mark_and_commas_gives_clean_rows_with_codes_resolved() {
        RegistryRows rows = RegistryRows.parse(withBom(HEADER
                + "Sols Vivants,SV,CIVIL_SOCIETY,SN,solsvivants.org,MEMBER,2016-03-01,NON_PROFIT,ACTIVE\n"
                + "Institut des sols tropicaux,,research_education,ci,,partner,2017-12-01,,\n"), LABELS, TODAY);

        assertProblems(rows);
        assertEquals(2, rows.records());
        RegistryRows.Row first = rows.rows().get(0);
        assertEquals("Sols Vivants", first.name(), "the byte-order mark is not part of the first header cell");
        assertEquals("https://solsvivants.org", first.website());
        assertEquals(MembershipLevel.MEMBER, first.level());
        assertEquals(LocalDate.of(2016, 3, 1), first.joinedOn());
        RegistryRows.Row second = rows.rows().get(1);
        assertEquals(3, second.line());
        assertEquals(OrganisationType.RESEARCH_EDUCATION, second.type());
        assertEquals("CI", second.country());
        assertEquals(null, second.acronym());
        assertEquals(null, second.legalStatus(), "blank optional values stay blank: the plan decides their default");
    }

    @Test
    void excel_in_french_semicolons_french_headers_labels_country_names_and_day_first_dates() {
        RegistryRows rows = parse("Nom;Sigle;Type;Pays;Site web;Niveau;Date d'adhésion\n"
                + "\"Coopérative; du Sahel\";CAS;Entreprise;Burkina Faso;;Partner;01/03/2016\n"
                + "Sols Vivants;SV;ong ou organisation de la societe civile;Sénégal;;Membre;1/3/2016\n"
                + "Fundación Humus;FH;Investigación, educación o formación;Argentina;;Miembro;2016-03-01\n");

        assertProblems(rows);
        assertEquals("Coopérative; du Sahel", rows.rows().get(0).name());
        assertEquals(OrganisationType.PRIVATE_COMPANY, rows.rows().get(0).type());
        assertEquals("BF", rows.rows().get(0).country());
        assertEquals(OrganisationType.CIVIL_SOCIETY, rows.rows().get(1).type(), "labels compare without case or accents");
        assertEquals("SN", rows.rows().get(1).country());
        assertEquals(MembershipLevel.MEMBER, rows.rows().get(1).level());
        assertEquals(LocalDate.of(2016, 3, 1), rows.rows().get(1).joinedOn());
        assertEquals("AR", rows.rows().get(2).country());
        assertEquals(MembershipLevel.MEMBER, rows.rows().get(2).level());
    }

    @Test
    void windows_1252_is_read_when_the_bytes_are_not_utf8() {
        byte[] bytes = (HEADER.replace(',', ';') + "Société d'études;;RESEARCH_EDUCATION;FR;;;2019-05-02;;\n")
                .getBytes(Charset.forName("windows-1252"));

        RegistryRows rows = RegistryRows.parse(bytes, LABELS, TODAY);

        assertProblems(rows);
        assertEquals("Société d'études", rows.rows().get(0).name());
    }

    @Test
    void a_quoted_value_spanning_lines_and_blank_lines_keep_line_numbers_physical() {
        RegistryRows rows = parse(HEADER
                + "\r\n"
                + "\"Regional Soil\r\nAlliance\",RSA,INTERNATIONAL_ORGANISATION,KE,,,2016-03-01,,\r\n"
                + ",,,,,,,,\r\n"
                + "\r\n"
                + "Bad Country,,CIVIL_SOCIETY,XX,,,2016-03-01,,\r\n");

        assertEquals("Regional Soil Alliance", rows.rows().get(0).name(), "a line break inside a name becomes a space");
        assertEquals(3, rows.rows().get(0).line(), "the record starts on the physical line 3");
        assertEquals(2, rows.records(), "blank lines and lines of empty cells are skipped");
        assertProblems(rows, problem(7, "country", Kind.UNKNOWN_COUNTRY, "XX"));
    }

    @Test
    void every_problem_of_a_line_is_reported_with_its_line_and_column() {
        String longName = "N".repeat(Organisation.NAME_LENGTH + 1);
        RegistryRows rows = parse(HEADER
                + ",,CIVIL_SOCIETY,FR,,,2016-03-01,,\n"
                + longName + ",,CIVIL_SOCIETY,FR,,,2016-03-01,,\n"
                + "A,,COOPERATIVE,Atlantis,not a site,GOLD,31/02/2016,CHARITY,SLEEPING\n"
                + "B,,CIVIL_SOCIETY,FR,,,2026-03-16,,\n"
                + "C,,CIVIL_SOCIETY,FR,,,2026-03-15,,,surplus\n");

        assertProblems(rows,
                problem(2, "name", Kind.REQUIRED),
                problem(3, "name", Kind.TOO_LONG, Organisation.NAME_LENGTH),
                problem(4, "type", Kind.UNKNOWN_TYPE, "COOPERATIVE"),
                problem(4, "country", Kind.UNKNOWN_COUNTRY, "Atlantis"),
                problem(4, "website", Kind.BAD_WEBSITE, "not a site"),
                problem(4, "level", Kind.UNKNOWN_LEVEL, "GOLD"),
                problem(4, "joined_on", Kind.BAD_DATE, "31/02/2016"),
                problem(4, "legal_status", Kind.UNKNOWN_LEGAL_STATUS, "CHARITY"),
                problem(4, "status", Kind.UNKNOWN_STATUS, "SLEEPING"),
                problem(5, "joined_on", Kind.FUTURE_DATE, "2026-03-16"),
                problem(6, null, Kind.EXTRA_VALUES));
        assertTrue(rows.rows().isEmpty(), "no line with a problem is kept");
    }

    @Test
    void the_same_organisation_twice_in_the_file_by_name_or_by_website_in_the_same_country() {
        RegistryRows rows = parse(HEADER
                + "Sols Vivants,,CIVIL_SOCIETY,SN,www.sols.org,,2016-03-01,,\n"
                + "SOLS-VIVANTS,,CIVIL_SOCIETY,SN,,,2016-03-01,,\n"
                + "Living Soils,,CIVIL_SOCIETY,SN,https://sols.org/en,,2016-03-01,,\n"
                + "Sols Vivants,,CIVIL_SOCIETY,ML,,,2016-03-01,,\n");

        assertProblems(rows,
                problem(3, "name", Kind.DUPLICATE_ROW, 2),
                problem(4, "website", Kind.DUPLICATE_ROW, 2));
        assertEquals(2, rows.rows().size(), "the same name in another country is another organisation");
    }

    @Test
    void the_header_names_unknown_repeated_and_missing_columns_once_on_line_1() {
        RegistryRows rows = parse("Name,Contry,Type,type,joined_on,,\n"
                + "A,FR,CIVIL_SOCIETY,CIVIL_SOCIETY,2016-03-01,,\n");

        assertProblems(rows,
                problem(1, "Contry", Kind.UNKNOWN_COLUMN, "Contry"),
                problem(1, "type", Kind.DUPLICATE_COLUMN, "type"),
                problem(1, "country", Kind.MISSING_COLUMN, "country"));
        assertTrue(rows.rows().isEmpty());
    }

    @Test
    void an_unclosed_quote_is_reported_where_its_record_starts() {
        RegistryRows rows = parse(HEADER
                + "A,,CIVIL_SOCIETY,FR,,,2016-03-01,,\n"
                + "\"B,,CIVIL_SOCIETY,FR,,,2016-03-01,,\n"
                + "C,,CIVIL_SOCIETY,FR,,,2016-03-01,,\n");

        assertProblems(rows, problem(3, null, Kind.MALFORMED));
    }

    @Test
    void a_file_without_organisations_says_so() {
        assertProblems(parse("\n\n"), problem(1, null, Kind.EMPTY_FILE));
        assertProblems(parse(HEADER), problem(1, null, Kind.EMPTY_FILE));
    }

    @Test
    void the_export_columns_the_import_does_not_read_are_accepted_and_ignored() {
        RegistryRows rows = parse("name,type,country,joined_on,region\nA,CIVIL_SOCIETY,FR,2016-03-01,OCEANIA\n");

        assertProblems(rows);
        assertEquals("FR", rows.rows().get(0).country());
    }
}
