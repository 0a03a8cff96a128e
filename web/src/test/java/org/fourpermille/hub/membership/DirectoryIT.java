package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;

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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The directory of organisations and the statistics, through the real pages: who may see what, search
 * without accents, each filter, an organisation's page with its listed representatives and logo, the
 * public figures (counts only) and their CSV, and the charts drawn under the Content-Security-Policy.
 *
 * <p>Expected figures are counted in the database, because other test classes may have added
 * organisations before this one runs; the demo organisations tell which names must (not) appear.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryIT {

    private static final String PASSWORD = "Soil-Carbon-2050";
    private static final String FOUNDATION = "Fundación Humus";
    private static final String COMPANY = "TerraCarbon Solutions";
    private static final String NGO = "Sols Vivants";
    private static final String RESEARCH = "Institut des sols tropicaux";
    private static final String MINISTRY = "Ministry of Agriculture of Utopia";
    private static final String ALLIANCE = "Regional Soil Alliance";
    private static final String COOPERATIVE = "Coopérative des agriculteurs du Sahel";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    private WebSession signedIn(String email, String language) {
        WebSession web = new WebSession(base, language);
        Page login = web.get("login.xhtml");
        Page dashboard = web.submit(login, "login", Map.of("email", email, "password", PASSWORD), "submit");
        assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), dashboard.text());
        // The language this class reads in, saved on the account: another class may have saved another one.
        web.chooseLanguage(language);
        return web;
    }

    // ---- what the database holds, for the expected figures ----

    /** Active organisations at a level, with an optional extra condition on the organisation table. */
    private static long active(String level, String condition, Object... parameters) throws Exception {
        String sql = "SELECT COUNT(*) FROM organisation WHERE status = 'ACTIVE'" + (level == null ? "" : " AND level = ?")
                + (condition == null ? "" : " AND " + condition);
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql)) {
            int i = 1;
            if (level != null) {
                query.setString(i++, level);
            }
            for (Object parameter : parameters) {
                if (parameter instanceof List<?> list) {
                    Array array = db.createArrayOf("varchar", list.toArray());
                    query.setArray(i++, array);
                } else {
                    query.setObject(i++, parameter);
                }
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String single(String sql, String parameter) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql + " " + parameter);
                return row.getString(1);
            }
        }
    }

    private static long organisationId(String name) throws Exception {
        return Long.parseLong(single("SELECT id FROM organisation WHERE name = ?", name));
    }

    private static Set<String> allOrganisationNames() throws Exception {
        Set<String> names = new TreeSet<>();
        try (Connection db = TestEnvironment.connection();
             ResultSet rows = db.createStatement().executeQuery("SELECT name FROM organisation")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    // ---- reading the pages ----

    /** The organisation names a directory page lists. */
    private static List<String> listed(Page page) {
        return page.document().select("#organisations tbody tr .hub-org-name").eachText();
    }

    private static String shownTotal(Page page) {
        return page.document().getElementById("total").text();
    }

    private Page directory(WebSession web, String query) {
        Page page = web.get("directory/organisations.xhtml" + query);
        assertEquals(200, page.status(), page.text());
        return page;
    }

    private static void assertLists(Page page, List<String> expected, List<String> excluded) {
        List<String> names = listed(page);
        for (String name : expected) {
            assertTrue(names.contains(name), name + " expected in " + names + " at " + page.uri());
        }
        for (String name : excluded) {
            assertFalse(names.contains(name), name + " not expected in " + names + " at " + page.uri());
        }
    }

    /** The counts of one line of a statistics table, found by its label: partners, members, total. */
    private static List<String> figures(Page page, String tableId, String label) {
        Element table = page.document().getElementById("table-" + tableId);
        assertNotNull(table, "no table " + tableId + " in " + page.text());
        for (Element row : table.select("tbody tr")) {
            if (row.selectFirst("th").text().equals(label)) {
                return row.select("td").eachText();
            }
        }
        throw new AssertionError("no line " + label + " in table " + tableId + ": " + table.text());
    }

    private static List<String> csvLines(Page csv) {
        String body = csv.response().body();
        assertTrue(body.startsWith("\uFEFF"), "a byte order mark tells spreadsheets it is UTF-8");
        return List.of(body.substring(1).split("\r\n"));
    }

    // ---- the tests ----

    @Test
    void anonymous_visitors_are_sent_to_sign_in_for_the_directory_and_see_only_counts_in_the_statistics() throws Exception {
        WebSession anonymous = new WebSession(base, "en");
        Page directory = anonymous.get("directory/organisations.xhtml?q=sol");
        assertTrue(directory.uri().getPath().endsWith("/login.xhtml"), directory.uri().toString());
        Page logo = anonymous.get("directory/logo?id=" + organisationId(NGO));
        assertTrue(logo.uri().getPath().endsWith("/login.xhtml"), "no logo without signing in: " + logo.uri());

        Page home = anonymous.get("index.xhtml");
        assertTrue(home.document().select(".hub-nav a").eachText().contains(Bundle.text("en", "nav.statistics")), home.text());
        assertFalse(home.document().select(".hub-nav a").eachText().contains(Bundle.text("en", "nav.directory")));

        Page statistics = anonymous.get("statistics.xhtml");
        assertEquals(200, statistics.status());
        long partners = active("PARTNER", null);
        long members = active("MEMBER", null);
        assertEquals(String.valueOf(partners), statistics.document().getElementById("totalPartners").text());
        assertEquals(String.valueOf(members), statistics.document().getElementById("totalMembers").text());
        assertEquals(String.valueOf(partners + members), statistics.document().getElementById("totalOrganisations").text());

        List<String> africa = List.of(String.valueOf(active("PARTNER", "country = ANY(?)", Region.AFRICA.countries())),
                String.valueOf(active("MEMBER", "country = ANY(?)", Region.AFRICA.countries())),
                String.valueOf(active(null, "country = ANY(?)", Region.AFRICA.countries())));
        assertEquals(africa, figures(statistics, "region", Bundle.text("en", "region.AFRICA")));
        assertEquals(List.of(String.valueOf(active("PARTNER", "type = 'FUNDER'")), String.valueOf(active("MEMBER", "type = 'FUNDER'")),
                        String.valueOf(active(null, "type = 'FUNDER'"))),
                figures(statistics, "type", Bundle.text("en", "organisationType.FUNDER")));
        List<Element> years = statistics.document().select("#table-cumulative tbody tr");
        assertEquals(String.valueOf(partners + members), years.get(years.size() - 1).select("td").last().text(),
                "the running total ends at today's total");
        assertEquals(String.valueOf(active(null, "joined_on < DATE '2017-01-01'")), figures(statistics, "cumulative", "2016").get(2));

        for (String name : allOrganisationNames()) {
            assertFalse(statistics.text().contains(name), "the public page names no organisation: " + name);
        }
        assertFalse(statistics.has("table-country"), "figures by country are for signed-in people");
        assertEquals(3, statistics.document().select(".hub-chart canvas[role=img]").size(), "three charts");
        for (Element chart : statistics.document().select(".hub-chart canvas")) {
            assertTrue(chart.attr("aria-label").startsWith(Bundle.text("en", "statistics.chart.label")), chart.outerHtml());
        }

        Page csv = anonymous.get("statistics.csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"), csv.header("Content-Type").toString());
        List<String> lines = csvLines(csv);
        assertEquals("Dimension,Value,Partners,Members,Total", lines.get(0));
        assertEquals("Total,All active organisations," + partners + "," + members + "," + (partners + members), lines.get(1));
        assertTrue(lines.contains("By region,Africa," + String.join(",", africa)), lines.toString());
        String byCountry = Bundle.text("en", "statistics.byCountry") + ",";
        assertTrue(lines.stream().noneMatch(line -> line.startsWith(byCountry)), "no figures by country: " + lines);
        for (String name : allOrganisationNames()) {
            assertFalse(csv.response().body().contains(name), name);
        }
    }

    @Test
    void a_partner_finds_organisations_by_name_without_accents_and_narrows_the_list_with_each_filter() throws Exception {
        WebSession partner = signedIn("partner@example.org", "en");
        Page all = partner.get("dashboard.xhtml");
        assertTrue(all.document().select(".hub-nav a").eachText().contains(Bundle.text("en", "nav.directory")), all.text());

        Page everything = directory(partner, "");
        assertEquals(Bundle.text("en", "directory.total", active(null, null)), shownTotal(everything));
        assertLists(everything, List.of(FOUNDATION, COMPANY, NGO, RESEARCH, MINISTRY, ALLIANCE, COOPERATIVE), List.of());

        // Through the form: the search ends in a bookmarkable address.
        // Other tests add organisations to the same database (a "Fundación Excel" by the registry import,
        // a "Humus Lab Association"): the search words are chosen to fit one demo organisation only.
        Page found = partner.submit(everything, "filter", Map.of("q", "fundacion humus"), "applyFilter");
        assertTrue(found.uri().getQuery().contains("q=fundacion+humus"), found.uri().toString());
        assertEquals(List.of(FOUNDATION), listed(found));
        assertEquals(Bundle.text("en", "directory.total", 1), shownTotal(found));
        assertEquals("fundacion humus", found.document().getElementById("filter:q").val(), "the search stays in the box");

        assertLists(directory(partner, "?q=COOPERATIVE"), List.of(COOPERATIVE), List.of(NGO));
        assertLists(directory(partner, "?q=" + URLEncoder.encode("Fundación", StandardCharsets.UTF_8)), List.of(FOUNDATION), List.of());
        assertLists(directory(partner, "?q=tcs"), List.of(COMPANY), List.of(NGO, FOUNDATION)); // the acronym is searched too
        assertEquals(Bundle.text("en", "directory.total", 0), shownTotal(directory(partner, "?q=zzzz-nothing")));
        assertTrue(directory(partner, "?q=zzzz-nothing").has("empty"));

        Page funders = directory(partner, "?type=FUNDER");
        assertLists(funders, List.of(FOUNDATION), List.of(COMPANY, NGO, MINISTRY));
        assertEquals(Bundle.text("en", "directory.total", active(null, "type = 'FUNDER'")), shownTotal(funders));

        Page senegal = directory(partner, "?country=SN");
        assertLists(senegal, List.of(NGO), List.of(RESEARCH, COOPERATIVE, COMPANY));
        assertEquals(Bundle.text("en", "directory.total", active(null, "country = 'SN'")), shownTotal(senegal));

        Page latinAmerica = directory(partner, "?region=LATIN_AMERICA_CARIBBEAN");
        assertLists(latinAmerica, List.of(FOUNDATION), List.of(NGO, COMPANY, MINISTRY));
        assertEquals(Bundle.text("en", "directory.total", active(null, "country = ANY(?)",
                Region.LATIN_AMERICA_CARIBBEAN.countries())), shownTotal(latinAmerica));

        Page members = directory(partner, "?level=MEMBER");
        assertLists(members, List.of(NGO, RESEARCH, MINISTRY, ALLIANCE), List.of(COMPANY, FOUNDATION, COOPERATIVE));
        assertEquals(Bundle.text("en", "directory.total", active("MEMBER", null)), shownTotal(members));

        Page publicCollege = directory(partner, "?college=COLLEGE_PUBLIC");
        assertLists(publicCollege, List.of(MINISTRY, ALLIANCE, FOUNDATION), List.of(NGO, COMPANY, RESEARCH, COOPERATIVE));
        assertEquals(Bundle.text("en", "directory.total",
                active(null, "type IN ('STATE_OR_LOCAL_GOVERNMENT', 'INTERNATIONAL_ORGANISATION', 'FUNDER')")), shownTotal(publicCollege));

        assertLists(directory(partner, "?q=sol&level=MEMBER&region=AFRICA"), List.of(NGO, RESEARCH), List.of(ALLIANCE, COMPANY));
        assertFalse(directory(partner, "").has("filter:status"), "partners are not offered the status filter");
        Page askedForSuspended = directory(partner, "?status=SUSPENDED");
        assertEquals(Bundle.text("en", "directory.total", active(null, null)), shownTotal(askedForSuspended),
                "partners see active organisations only, whatever the address asks");
    }

    @Test
    void an_organisation_page_shows_its_description_and_only_the_representatives_who_chose_to_be_listed() throws Exception {
        WebSession partner = signedIn("partner@example.org", "en");
        long ngo = organisationId(NGO);
        Page list = directory(partner, "?q=vivants");
        Element link = list.document().selectFirst("#organisations tr[data-id=" + ngo + "] a.hub-org-name");
        assertNotNull(link, list.text());
        Page page = partner.get(link.absUrl("href"));
        assertEquals(200, page.status());
        assertTrue(page.document().getElementById("organisationName").text().startsWith(NGO), page.text());
        assertEquals(single("SELECT description FROM organisation WHERE name = ?", NGO), page.document().getElementById("description").text());
        assertEquals(Bundle.text("en", "region.AFRICA"), page.document().getElementById("region").text());
        String representatives = page.document().getElementById("representatives").text();
        assertTrue(representatives.contains("Mariama Member") && representatives.contains("Coordinatrice des programmes")
                && representatives.contains("member@example.org"), representatives);

        Page research = partner.get("directory/organisation.xhtml?id=" + organisationId(RESEARCH));
        assertEquals(200, research.status());
        assertFalse(research.text().contains("Elena Experta"), "the expert did not choose to be listed");
        assertTrue(research.has("noRepresentatives"), research.text());

        Page missing = partner.get("directory/organisation.xhtml?id=999999");
        assertEquals(404, missing.status());
        assertTrue(missing.text().contains(Bundle.text("en", "error.404.title")), missing.text());
        assertEquals(404, partner.get("directory/organisation.xhtml").status());

        // The logo: the image itself, an ETag that spares a second download, and 404 where there is none.
        Element logo = page.document().getElementById("logo");
        assertNotNull(logo, "the organisation has a logo");
        String sha256 = single("SELECT logo_sha256 FROM organisation WHERE name = ?", NGO);
        HttpResponse<byte[]> image = fetch(partner, logo.absUrl("src"), null);
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElse(""));
        assertEquals("\"" + sha256 + "\"", image.headers().firstValue("ETag").orElse(""));
        assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("private"));
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertNotNull(picture, "a real image");
        assertEquals(304, fetch(partner, logo.absUrl("src"), "\"" + sha256 + "\"").statusCode());
        assertEquals(404, fetch(partner, base + "directory/logo?id=" + organisationId(COMPANY), null).statusCode());
        assertEquals(1, list.document().select("#organisations tr[data-id=" + ngo + "] img").size(), "a thumbnail in the list");
    }

    @Test
    void signed_in_readers_also_get_the_figures_by_country_in_their_language() throws Exception {
        WebSession partner = signedIn("partner@example.org", "en");
        Page statistics = partner.get("statistics.xhtml");
        String france = List.of(String.valueOf(active("PARTNER", "country = 'FR'")), String.valueOf(active("MEMBER", "country = 'FR'")),
                String.valueOf(active(null, "country = 'FR'"))).toString();
        assertEquals(france, figures(statistics, "country", "France").toString());
        List<String> lines = csvLines(partner.get("statistics.csv"));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("By country,France,")), lines.toString());

        WebSession member = signedIn("member@example.org", "fr"); // Mariama reads French
        Page french = member.get("statistics.xhtml");
        assertEquals(Bundle.text("fr", "statistics.title"), french.document().getElementById("statisticsTitle").text());
        assertEquals(String.valueOf(active(null, "country = 'SN'")), figures(french, "country", "Sénégal").get(2));
        assertEquals(String.valueOf(active(null, "country = ANY(?)", Region.AFRICA.countries())),
                figures(french, "region", Bundle.text("fr", "region.AFRICA")).get(2));
        assertEquals(String.valueOf(active(null, "type = 'FARMERS_ORGANISATION'")),
                figures(french, "type", Bundle.text("fr", "organisationType.FARMERS_ORGANISATION")).get(2));
        List<String> frenchCsv = csvLines(member.get("statistics.csv"));
        assertTrue(frenchCsv.get(0).startsWith("Dimension,Valeur,Partenaires,Membres,Total"), frenchCsv.get(0));
        assertTrue(frenchCsv.stream().anyMatch(line -> line.startsWith("Par région,Afrique,")), frenchCsv.toString());

        Page annuaire = member.get("directory/organisations.xhtml?type=FUNDER");
        assertTrue(annuaire.text().contains(Bundle.text("fr", "organisationType.FUNDER")), annuaire.text());
        assertTrue(annuaire.text().contains("Argentine"), "country names in French: " + annuaire.text());
    }

    @Test
    void the_charts_are_drawn_in_a_real_browser_under_the_content_security_policy() throws Exception {
        String chromium = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        Assumptions.assumeTrue(new File(chromium).canExecute() && new File(driver).canExecute(),
                "Chart check skipped: no Chromium at " + chromium + " or no ChromeDriver at " + driver);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--lang=en-GB", "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("hub-chromium"));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
        try {
            browser.get(base + "statistics.xhtml");
            // A canvas Chart.js drew on differs from an empty canvas of the same size.
            String drawn = "return Array.from(document.querySelectorAll('.hub-chart canvas')).map(function (c) {"
                    + " var empty = document.createElement('canvas'); empty.width = c.width; empty.height = c.height;"
                    + " return c.width > 0 && c.toDataURL() !== empty.toDataURL(); });";
            List<?> charts = new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> {
                List<?> states = (List<?>) ((JavascriptExecutor) b).executeScript(drawn);
                return states.size() == 3 && states.stream().allMatch(Boolean.TRUE::equals) ? states : null;
            });
            assertEquals(3, charts.size());
        } finally {
            browser.quit();
        }
    }

    private static HttpResponse<byte[]> fetch(WebSession web, String address, String ifNoneMatch) {
        return web.bytes(address, ifNoneMatch == null ? Map.of() : Map.of("If-None-Match", ifNoneMatch));
    }
}
