package org.fourpermille.hub.membership;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fourpermille.hub.shared.Bundle;
import org.fourpermille.hub.shared.Deployments;
import org.fourpermille.hub.shared.TestEnvironment;
import org.fourpermille.hub.shared.WebSession;
import org.fourpermille.hub.shared.WebSession.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner registry through the real page and download, on PostgreSQL: the dry run lists every bad
 * line (line, column, reason in the reader's language) and writes nothing; a clean file imports all of its
 * lines and a second run changes nothing; a changed line updates one organisation; the export imports back
 * unchanged; a file that has become wrong since its check writes none of its lines; Excel's French dialect
 * (Windows-1252, semicolons, French headers and labels) is read; partners reach neither page nor file.
 * Each test uses organisations of its own, so they do not depend on one another's order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryIT {

    private static final String PASSWORD = "Soil-Carbon-2050";
    private static final String HEADER = "name,acronym,type,country,website,level,joined_on,legal_status,status\r\n";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    /**
     * Signs in and sets the account's language back to its demo one (secretariat@ reads French), which this
     * class asserts in: another test class may have saved another choice on the shared account.
     */
    private WebSession signIn(String email) {
        WebSession web = new WebSession(base, "en");
        Page login = web.get("login.xhtml");
        Page dashboard = web.submit(login, "login", Map.of("email", email, "password", PASSWORD), "submit");
        assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), dashboard.text());
        web.chooseLanguage(("secretariat@example.org".equals(email) ? "fr" : "en"));
        return web;
    }

    /** Opens the registry page, uploads {@code csv} and presses "Check": the page with the dry run's report. */
    private static Page check(WebSession web, byte[] csv) {
        Page page = web.get("secretariat/registry.xhtml");
        assertEquals(200, page.status(), page.text());
        Page uploaded = web.upload(page, "registry", "file", "partners.csv", "text/csv", csv, "registry:result");
        assertTrue(uploaded.partialText().contains("partners.csv"), uploaded.response().body());
        return web.submit(page, "registry", Map.of(), "check");
    }

    private static Page importChecked(WebSession web, Page checked) {
        return web.submit(checked, "registry", Map.of(), "import");
    }

    private static String export(WebSession web) {
        Page csv = web.get("secretariat/registry.csv");
        assertEquals(200, csv.status());
        return csv.response().body();
    }

    /** The counts the report shows: lines read, created, updated, unchanged, problems. */
    private static List<Integer> counts(Page page) {
        List<Integer> counts = new ArrayList<>();
        for (String id : List.of("rows", "created", "updated", "unchanged", "problemCount")) {
            Element element = page.document().getElementById(id);
            assertNotNull(element, "no count #" + id + " on " + page.text());
            counts.add(Integer.parseInt(element.text().trim()));
        }
        return counts;
    }

    private static boolean written(Page page) {
        return "true".equals(page.document().getElementById("reportTitle").attr("data-written"));
    }

    private static boolean importOffered(Page page) {
        Element button = page.document().getElementById("registry:import");
        return button != null && !button.hasAttr("disabled");
    }

    /** Line, column and reason of each problem the page lists. */
    private static List<List<String>> problems(Page page) {
        return page.document().select("tr.hub-registry-problem").stream()
                .map(row -> List.of(row.selectFirst(".hub-line").text(), row.selectFirst(".hub-column").text(),
                        row.selectFirst(".hub-reason").text()))
                .toList();
    }

    /** A problem as the reader of {@code language} should see it. */
    private static List<String> expected(String language, int line, String column, String key, Object... arguments) {
        return List.of(String.valueOf(line), column, Bundle.text(language, "registry.problem." + key, arguments));
    }

    @Test
    void a_dry_run_lists_every_bad_line_with_its_column_and_reason_in_the_readers_language_and_writes_nothing() {
        WebSession staff = signIn("secretariat@example.org"); // her account speaks French
        String before = export(staff);
        String future = LocalDate.now().plusDays(3).toString();
        byte[] file = (HEADER
                + "Bad Lines Good One,,CIVIL_SOCIETY,SN,,,2016-03-01,,\r\n"
                + "\"Bad Lines Two\r\nLines\",,RESEARCH_EDUCATION,KE,,,2017-01-01,,\r\n"
                + "Bad Lines Type,,COOPERATIVE,SN,,,2016-03-01,,\r\n"
                + "Bad Lines Country,,CIVIL_SOCIETY,Atlantis,,,2016-03-01,,\r\n"
                + "Bad Lines Date,,CIVIL_SOCIETY,SN,,,31/02/2016,,\r\n"
                + "Bad Lines Future,,CIVIL_SOCIETY,SN,,," + future + ",,\r\n"
                + "Bad Lines Company,,PRIVATE_COMPANY,FR,,MEMBER,2016-03-01,,\r\n"
                + "BAD LINES: GOOD ONE,,CIVIL_SOCIETY,SN,,,2016-03-01,,\r\n"
                + ",,CIVIL_SOCIETY,SN,,,2016-03-01,,\r\n").getBytes(UTF_8);

        try {
            Page french = check(staff, file);
            assertEquals(List.of(9, 2, 0, 0, 7), counts(french), french.text());
            assertFalse(written(french));
            for (String language : List.of("fr", "en")) {
                Page page = "fr".equals(language) ? french : check(staff, file);
                assertEquals(List.of(
                        expected(language, 5, "type", "UNKNOWN_TYPE", "COOPERATIVE"),
                        expected(language, 6, "country", "UNKNOWN_COUNTRY", "Atlantis"),
                        expected(language, 7, "joined_on", "BAD_DATE", "31/02/2016"),
                        expected(language, 8, "joined_on", "FUTURE_DATE", future),
                        expected(language, 9, "level", "MEMBER_COMMERCIAL"),
                        expected(language, 10, "name", "DUPLICATE_ROW", "2"),
                        expected(language, 11, "name", "REQUIRED")), problems(page), language + ": " + page.text());
                assertFalse(importOffered(page), "no import while the file has problems");
                importChecked(staff, page); // pressed anyway: the export below shows that nothing was written
                staff.chooseLanguage("en");
            }
            assertEquals(before, export(staff), "a dry run and a refused file write nothing");
        } finally {
            staff.chooseLanguage("fr"); // the language switch is saved on her account
        }
    }

    @Test
    void thirty_organisations_are_imported_once_a_second_run_changes_nothing_and_a_changed_line_updates_one() throws SQLException {
        WebSession staff = signIn("secretariat@example.org");
        String[] types = {"STATE_OR_LOCAL_GOVERNMENT", "INTERNATIONAL_ORGANISATION", "FUNDER", "FARMERS_ORGANISATION",
                "RESEARCH_EDUCATION", "CIVIL_SOCIETY"};
        String[] countries = {"FR", "SN", "BR", "IN", "KE", "MX", "AU"};
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            boolean company = i % 10 == 0;
            lines.add(String.format("Thirty Soils %02d,TS%02d,%s,%s,https://thirty-%02d.example.org,%s,2019-%02d-15,,",
                    i, i, company ? "PRIVATE_COMPANY" : types[i % types.length], countries[i % countries.length], i,
                    !company && i % 3 == 0 ? "MEMBER" : "PARTNER", 1 + i % 12));
        }
        byte[] file = (HEADER + String.join("\r\n", lines) + "\r\n").getBytes(UTF_8);

        Page firstCheck = check(staff, file);
        assertEquals(List.of(30, 30, 0, 0, 0), counts(firstCheck), firstCheck.text());
        assertTrue(importOffered(firstCheck));
        Page imported = importChecked(staff, firstCheck);
        assertTrue(written(imported), imported.text());
        assertEquals(List.of(30, 30, 0, 0, 0), counts(imported));
        assertTrue(imported.text().contains(Bundle.text("fr", "registry.imported", 30, 0, 0)), imported.text());
        assertFalse(importOffered(imported), "the same upload is not imported twice by a second click");

        Page again = importChecked(staff, check(staff, file));
        assertTrue(written(again));
        assertEquals(List.of(30, 0, 0, 30, 0), counts(again), "the same file again creates nothing");

        lines.set(6, lines.get(6).replace(",PARTNER,", ",MEMBER,"));
        Page changed = check(staff, (HEADER + String.join("\r\n", lines) + "\r\n").getBytes(UTF_8));
        assertEquals(List.of(30, 0, 1, 29, 0), counts(changed), changed.text());
        Page updated = importChecked(staff, changed);
        assertEquals(List.of(30, 0, 1, 29, 0), counts(updated));

        String exported = export(staff);
        assertTrue(exported.contains("\r\nThirty Soils 07,TS07,INTERNATIONAL_ORGANISATION,FR,https://thirty-07.example.org,MEMBER,"
                + "2019-08-15,NON_PROFIT,ACTIVE,EUROPE\r\n"), exported);
        assertEquals(30, exported.split("Thirty Soils ").length - 1, "thirty organisations, no duplicate");
        try (Connection db = TestEnvironment.connection()) {
            assertEquals(List.of("IMPORTED", "REGISTRY_UPDATED level"), timeline(db, "Thirty Soils 07"));
            assertEquals(List.of("IMPORTED"), timeline(db, "Thirty Soils 08"));
            assertTrue(audited(db, "created 30, updated 0, unchanged 0"), "each import is audited with its counts");
            assertTrue(audited(db, "created 0, updated 1, unchanged 29"));
        }
    }

    private static List<String> timeline(Connection db, String organisation) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT e.type, e.subject FROM organisation_event e "
                + "JOIN organisation o ON o.id = e.organisation_id WHERE o.name = ? ORDER BY e.id")) {
            query.setString(1, organisation);
            List<String> steps = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    steps.add(rows.getString(1) + (rows.getString(2) == null ? "" : " " + rows.getString(2)));
                }
            }
            return steps;
        }
    }

    private static boolean audited(Connection db, String detail) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE action = 'REGISTRY_IMPORTED' AND actor = 'secretariat@example.org' AND detail = ?")) {
            query.setString(1, detail);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    @Test
    void the_export_is_a_dated_csv_for_excel_and_importing_it_changes_nothing() {
        WebSession admin = signIn("admin@example.org");
        importChecked(admin, check(admin, (HEADER
                + "\"=Round, \"\"Trip\"\" Soils\",-RT,CIVIL_SOCIETY,PE,round-trip.example.org,MEMBER,2020-02-29,PUBLIC,SUSPENDED\r\n")
                .getBytes(UTF_8)));

        Page download = admin.get("secretariat/registry.csv");
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(download.header("Content-Disposition").orElse("")
                .matches("attachment; filename=\"partner-registry-\\d{4}-\\d{2}-\\d{2}\\.csv\""), download.header("Content-Disposition").toString());
        String csv = download.response().body();
        assertTrue(csv.startsWith("\uFEFFname,acronym,type,country,website,level,joined_on,legal_status,status,region\r\n"), csv);
        assertTrue(csv.contains("\r\n\"'=Round, \"\"Trip\"\" Soils\",'-RT,CIVIL_SOCIETY,PE,https://round-trip.example.org,MEMBER,"
                + "2020-02-29,PUBLIC,SUSPENDED,LATIN_AMERICA_CARIBBEAN\r\n"), "text a spreadsheet would run as a formula is kept as text: " + csv);
        int organisations = csv.split("\r\n").length - 1;
        assertTrue(organisations >= 8, csv);

        Page checked = check(admin, csv.getBytes(UTF_8));
        assertEquals(List.of(organisations, 0, 0, organisations, 0), counts(checked), checked.text());
        Page imported = importChecked(admin, checked);
        assertTrue(written(imported));
        assertEquals(List.of(organisations, 0, 0, organisations, 0), counts(imported));
        assertEquals(csv, export(admin), "importing the export changed nothing");
    }

    @Test
    void an_import_checks_again_and_writes_none_of_the_lines_of_a_file_that_has_become_wrong() {
        WebSession staff = signIn("secretariat@example.org");
        WebSession colleague = signIn("admin@example.org");
        byte[] file = (HEADER
                + "Stale Check Alpha,,CIVIL_SOCIETY,GH,,,2018-05-01,,\r\n"
                + "Stale Check Beta,,CIVIL_SOCIETY,GH,stale-beta.example.org,,2018-05-01,,\r\n").getBytes(UTF_8);
        Page checked = check(staff, file);
        assertEquals(List.of(2, 2, 0, 0, 0), counts(checked));
        assertTrue(importOffered(checked));

        // Meanwhile a colleague imports one organisation named like Beta and another with Beta's website.
        Page theirs = importChecked(colleague, check(colleague, (HEADER
                + "Stale Check Beta,,CIVIL_SOCIETY,GH,,,2018-05-01,,\r\n"
                + "Beta Soils Ghana,,CIVIL_SOCIETY,GH,https://stale-beta.example.org,,2018-05-01,,\r\n").getBytes(UTF_8)));
        assertEquals(List.of(2, 2, 0, 0, 0), counts(theirs));

        Page refused = importChecked(staff, checked);
        assertTrue(refused.text().contains(Bundle.text("fr", "registry.error.notImported")), refused.text());
        assertFalse(written(refused));
        assertEquals(List.of(expected("fr", 3, "", "AMBIGUOUS", "Stale Check Beta", "Beta Soils Ghana")), problems(refused));
        assertFalse(export(staff).contains("Stale Check Alpha"), "the good line is not written either");
    }

    @Test
    void excel_in_french_windows_1252_semicolons_french_headers_labels_and_dates_is_read() {
        WebSession staff = signIn("secretariat@example.org");
        byte[] file = ("Nom;Sigle;Type;Pays;Site web;Niveau;Date d'adhésion\r\n"
                + "Société Excel Verte;SEV;Entreprise;Sénégal;www.excel-verte.example.org;Partenaire;01/03/2016\r\n"
                + "\r\n"
                + "\"Association Excel\r\ndes Sols\";AES;ONG ou organisation de la société civile;Côte d'Ivoire;;Membre;15/6/2018\r\n"
                + "Fundación Excel;;Financiador (banco de desarrollo, fundación, fondo);Perú;;Miembro;2017-11-30\r\n")
                .getBytes(Charset.forName("windows-1252"));

        Page checked = check(staff, file);
        assertEquals(List.of(3, 3, 0, 0, 0), counts(checked), checked.text());
        importChecked(staff, checked);

        String csv = export(staff);
        assertTrue(csv.contains("\r\nSociété Excel Verte,SEV,PRIVATE_COMPANY,SN,https://www.excel-verte.example.org,PARTNER,"
                + "2016-03-01,COMMERCIAL,ACTIVE,AFRICA\r\n"), csv);
        assertTrue(csv.contains("\r\nAssociation Excel des Sols,AES,CIVIL_SOCIETY,CI,,MEMBER,2018-06-15,NON_PROFIT,ACTIVE,AFRICA\r\n"), csv);
        assertTrue(csv.contains("\r\nFundación Excel,,FUNDER,PE,,MEMBER,2017-11-30,NON_PROFIT,ACTIVE,LATIN_AMERICA_CARIBBEAN\r\n"), csv);
    }

    @Test
    void partners_reach_neither_the_registry_page_nor_its_file_and_visitors_are_asked_to_sign_in() {
        WebSession staff = signIn("secretariat@example.org");
        assertTrue(staff.get("dashboard.xhtml").document().select("nav.hub-nav a").eachAttr("href").stream()
                .anyMatch(href -> href.endsWith("/secretariat/registry.xhtml")), "the registry is in the secretariat's menu");
        WebSession partner = signIn("partner@example.org");
        assertEquals(403, partner.get("secretariat/registry.xhtml").status());
        assertEquals(403, partner.get("secretariat/registry.csv").status());
        assertFalse(partner.get("dashboard.xhtml").document().select("nav.hub-nav a").eachAttr("href").stream()
                .anyMatch(href -> href.contains("registry")), "no registry in a partner's menu");

        WebSession visitor = new WebSession(base, "en");
        Page page = visitor.get("secretariat/registry.xhtml");
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"), page.uri().toString());
        Page file = visitor.get("secretariat/registry.csv");
        assertTrue(file.uri().getPath().endsWith("/login.xhtml"), file.uri().toString());
    }
}
