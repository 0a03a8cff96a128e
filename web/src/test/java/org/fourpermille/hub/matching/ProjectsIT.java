package org.fourpermille.hub.matching;

import static org.fourpermille.hub.membership.Joining.DEMO_PASSWORD;
import static org.fourpermille.hub.membership.Joining.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Projects, support offers and the reference data through the real pages: a partner's project from a
 * refused first try to partners' visibility, who sees a draft, the showcase first in funders' list, a funder's
 * offer from publication to its deadline, and the secretariat's practices and currency rates. Everything is read back from the pages,
 * so the array columns are proven both ways through EclipseLink.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectsIT {

    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    private WebSession as(String email) {
        return signedIn(base, email, DEMO_PASSWORD);
    }

    private static String en(String key, Object... arguments) {
        return Bundle.text("en", key, arguments);
    }

    private static String value(Page page, String id) {
        return page.document().getElementById(id) == null ? null : page.document().getElementById(id).val();
    }

    private static String message(Page page, String id) {
        return page.document().getElementById(id) == null ? "" : page.document().getElementById(id).text();
    }

    private static long idOf(Page page) {
        Matcher id = ID.matcher(page.uri().toString());
        assertTrue(id.find(), page.uri() + ": " + page.text());
        return Long.parseLong(id.group(1));
    }

    private static long number(String sql, String parameter) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getLong(1);
            }
        }
    }

    private static Map<String, String> project(String title) {
        Map<String, String> fields = new HashMap<>();
        fields.put("titleEn", title);
        fields.put("summaryEn", "Gliricidia hedges and compost on 300 family plots around Thiès.");
        fields.put("stage", "SEEKING_FUNDING");
        fields.put("countries", "SN");
        fields.put("climateZones", "TROPICAL_DRY");
        fields.put("landUses", "CROPLAND");
        fields.put("practices", "AGROFORESTRY");
        fields.put("currency", "EUR");
        fields.put("totalBudget", "1000");
        fields.put("needs", "FUNDING");
        fields.put("sdgs", "13");
        fields.put("baselineSoc", "18.5");
        fields.put("baselineDepth", "30");
        fields.put("mrvMethod", "Sampling 0-30 cm every three years.");
        return fields;
    }

    @Test
    void a_partner_creates_a_project_refused_field_by_field_then_edits_it_and_chooses_who_sees_it() throws Exception {
        String title = "Living soils of Thiès " + System.nanoTime();
        WebSession partner = as("partner@example.org");
        Page blank = partner.get("projects/edit.xhtml");
        assertEquals(200, blank.status(), blank.text());

        Map<String, String> fields = project(title);
        fields.put("area", "-5");
        fields.put("fundingSought", "5000");
        fields.put("expectedChange", "25");
        Page refused = partner.submit(blank, "projectForm", fields, "save");

        assertEquals(en("project.error.areaNotPositive"), message(refused, "projectForm:areaMessage"), refused.text());
        assertEquals(en("project.error.soughtAboveBudget"), message(refused, "projectForm:fundingSoughtMessage"));
        assertEquals(en("project.error.expectedChange", new BigDecimal("-5"), new BigDecimal("10")),
                message(refused, "projectForm:expectedChangeMessage"));
        assertEquals("", message(refused, "projectForm:titleEnMessage"), "an accepted field has no message");
        assertEquals(title, value(refused, "projectForm:titleEn"), "typed text stays");
        assertEquals("-5", value(refused, "projectForm:area"));
        assertEquals("5000", value(refused, "projectForm:fundingSought"));
        assertEquals("25", value(refused, "projectForm:expectedChange"));
        assertEquals("SN", refused.document().selectFirst("input[name='projectForm:countries'][checked]").val());

        Map<String, String> corrected = new HashMap<>(fields);
        corrected.put("area", "1200");
        corrected.put("fundingSought", "800");
        corrected.put("expectedChange", "0.45");
        Page created = partner.submit(refused, "projectForm", corrected, "save");
        assertTrue(created.uri().getPath().endsWith("/projects/project.xhtml"), created.uri() + ": " + created.text());
        long id = idOf(created);
        assertEquals(title, created.document().getElementById("projectTitle").text());
        assertEquals("DRAFT", created.document().getElementById("projectVisibility").attr("data-visibility"));
        assertEquals("Senegal", created.document().getElementById("projectCountries").text(), "the country array read back");
        assertEquals(en("region.AFRICA"), created.document().getElementById("projectRegion").text());
        assertTrue(created.document().getElementById("projectPractices").text().contains("Agroforestry"));
        assertTrue(created.document().getElementById("projectSought").text().contains("800 EUR"), created.text());

        // Editing adds a French text and changes the area; the form shows what was saved.
        Page form = partner.get("projects/edit.xhtml?id=" + id);
        assertEquals("1200", value(form, "projectForm:area"));
        assertEquals("AGROFORESTRY",
                form.document().selectFirst("input[name='projectForm:practices'][checked]").val(), "saved practice ticked");
        Page edited = partner.submit(form, "projectForm", Map.of("titleFr", "Sols vivants de Thiès",
                "summaryFr", "Haies de Gliricidia et compost sur 300 parcelles familiales.", "area", "1500",
                "practices", "AGROFORESTRY", "countries", "SN", "sdgs", "13"), "save");
        assertEquals(id, idOf(edited));
        assertTrue(edited.document().getElementById("projectArea").text().contains("1,500"), edited.text());
        assertTrue(edited.text().contains("Sols vivants de Thiès"), "both languages are kept");

        // A draft is seen by its organisation only: another organisation and a funder get a 404, by id too.
        WebSession member = as("member@example.org");
        WebSession funder = as("funder@example.org");
        assertEquals(404, member.get("projects/project.xhtml?id=" + id).status());
        assertEquals(404, funder.get("projects/project.xhtml?id=" + id).status());
        assertFalse(member.get("projects/index.xhtml?country=SN").text().contains(title));
        assertTrue(partner.get("projects/index.xhtml?mine=true").text().contains(title), "own drafts are listed");

        // The showcase needs a positive STC assessment: refused next to the choice, nothing changes.
        Page view = partner.get("projects/project.xhtml?id=" + id);
        Page showcase = partner.submit(view, "visibilityForm", Map.of("visibility", "SHOWCASE"), "changeVisibility");
        assertEquals(en("project.error.showcaseNeedsAssessment"), message(showcase, "visibilityForm:visibilityMessage"),
                showcase.text());
        assertEquals("DRAFT", partner.get("projects/project.xhtml?id=" + id).document()
                .getElementById("projectVisibility").attr("data-visibility"));

        Page shown = partner.submit(partner.get("projects/project.xhtml?id=" + id), "visibilityForm",
                Map.of("visibility", "PARTNERS"), "changeVisibility");
        assertEquals("PARTNERS", shown.document().getElementById("projectVisibility").attr("data-visibility"), shown.text());
        Page seen = member.get("projects/project.xhtml?id=" + id);
        assertEquals(200, seen.status());
        assertEquals(title, seen.document().getElementById("projectTitle").text());
        assertEquals(200, funder.get("projects/project.xhtml?id=" + id).status());
        assertFalse(seen.has("editProject"), "another organisation gets no edit link");
        assertTrue(member.get("projects/index.xhtml?country=SN&stage=SEEKING_FUNDING&practice=AGROFORESTRY").text().contains(title));
        assertTrue(member.get("projects/index.xhtml?region=AFRICA").text().contains(title));
        // A later page links back with only the filters in use (an empty one used to break the page).
        Page second = member.get("projects/index.xhtml?region=AFRICA&page=2");
        assertEquals(200, second.status(), second.text());
        assertTrue(second.document().getElementById("previous").attr("href").matches(".*region=AFRICA&(amp;)?page=1$"),
                second.document().getElementById("previous").attr("href"));

        assertFalse(member.get("projects/index.xhtml?country=BR").text().contains(title), "the country filter narrows");
        assertFalse(member.get("projects/index.xhtml?practice=BIOCHAR").text().contains(title), "so does the practice filter");

        // A funder never edits a project, visible or not: its form is not found, as for an unknown id.
        assertEquals(404, funder.get("projects/edit.xhtml?id=" + id).status());
        assertEquals(404, member.get("projects/edit.xhtml?id=" + id).status());

        // The Projects Interface's front page shows it among the latest projects; another Interface has no marketplace.
        long projects = number("SELECT id FROM hub_group WHERE code = ?", "INTERFACE_PROJECTS");
        long knowledge = number("SELECT id FROM hub_group WHERE code = ?", "INTERFACE_KNOWLEDGE");
        Page front = partner.get("groups/group.xhtml?id=" + projects);
        assertTrue(front.has("marketplaceProjects"), front.text());
        assertTrue(front.document().getElementById("marketplaceProjectList").text().contains(title), front.text());
        assertFalse(front.document().getElementById("marketplaceProjectList").text().contains("Biochar from vine prunings"),
                "the demo draft is not on the front page");
        assertFalse(partner.get("groups/group.xhtml?id=" + knowledge).has("marketplaceProjects"));
    }

    @Test
    void one_submit_shows_a_letter_in_a_number_and_every_range_problem_with_the_summary_and_saves_nothing() throws Exception {
        String title = "Letters in numbers " + System.nanoTime();
        WebSession partner = as("partner@example.org");
        Page blank = partner.get("projects/edit.xhtml");
        Map<String, String> fields = project(title);
        fields.put("area", "12OO");       // a letter O typed for a zero
        fields.put("duration", "two");
        fields.put("fundingSought", "5000");
        fields.put("expectedChange", "25");
        fields.remove("stage");
        Page refused = partner.submit(blank, "projectForm", fields, "save");

        assertEquals(en("error.choose"), message(refused, "projectForm:stageMessage"), "a select asks to choose");
        // Before, the typing errors alone were shown and the range checks waited for the next submit.
        assertEquals(en("matching.error.number"), message(refused, "projectForm:areaMessage"), refused.text());
        assertEquals(en("matching.error.wholeNumber"), message(refused, "projectForm:durationMessage"), refused.text());
        assertEquals(en("project.error.soughtAboveBudget"), message(refused, "projectForm:fundingSoughtMessage"), refused.text());
        assertEquals(en("project.error.expectedChange", new BigDecimal("-5"), new BigDecimal("10")),
                message(refused, "projectForm:expectedChangeMessage"));
        assertTrue(refused.document().getElementById("globalMessages").text().contains(en("error.invalidInput", 5)), refused.text());
        assertEquals("12OO", value(refused, "projectForm:area"), "typed text stays");
        assertEquals("two", value(refused, "projectForm:duration"));
        assertEquals(0, number("SELECT count(*) FROM project_text WHERE title = ?", title));
    }

    @Test
    void funders_find_the_showcase_first_in_the_projects_list_and_other_partners_the_latest_change_first() throws Exception {
        // Bhutan, a country no other test uses: the list narrowed to it holds these two projects only.
        long company = number("SELECT organisation_id FROM account WHERE email = ?", "partner@example.org");
        String showcased = "Terraces of Punakha, assessed " + System.nanoTime();
        String recent = "Terraces of Paro, changed today " + System.nanoTime();
        long assessed = insertProject(company, showcased, "SHOWCASE", "now() - interval '30 days'");
        long changed = insertProject(company, recent, "PARTNERS", "now()");

        Page funders = as("funder@example.org").get("projects/index.xhtml?country=BT");
        assertEquals(List.of(String.valueOf(assessed), String.valueOf(changed)), rowIds(funders), funders.text());
        Page secretariats = as("secretariat@example.org").get("projects/index.xhtml?country=BT");
        assertEquals(List.of(String.valueOf(assessed), String.valueOf(changed)), rowIds(secretariats));
        Page partners = as("member@example.org").get("projects/index.xhtml?country=BT");
        assertEquals(List.of(String.valueOf(changed), String.valueOf(assessed)), rowIds(partners),
                "a partner who is no funder sees the latest change first: " + partners.text());
    }

    private static List<String> rowIds(Page list) {
        return list.document().select("tr.hub-project").eachAttr("data-id");
    }

    /** A project of the organisation in Bhutan, positively assessed and in the showcase or shown to partners. */
    private static long insertProject(long organisation, String title, String visibility, String updatedAt) throws Exception {
        try (Connection db = TestEnvironment.connection()) {
            long id;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO project (organisation_id, created_by, stage, countries,"
                    + " currency, total_budget, funding_sought, visibility, assessed_positively_on, created_at, updated_at)"
                    + " SELECT ?, a.id, 'SEEKING_FUNDING', '{BT}', 'EUR', 90000, 60000, ?,"
                    + " CASE WHEN ? = 'SHOWCASE' THEN current_date - 30 END, " + updatedAt + ", " + updatedAt
                    + " FROM account a WHERE a.email = 'partner@example.org' RETURNING id")) {
                insert.setLong(1, organisation);
                insert.setString(2, visibility);
                insert.setString(3, visibility);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            try (PreparedStatement text = db.prepareStatement(
                    "INSERT INTO project_text (project_id, language, title, summary) VALUES (?, 'en', ?, 'Stone terraces and mulch.')")) {
                text.setLong(1, id);
                text.setString(2, title);
                text.executeUpdate();
            }
            return id;
        }
    }

    @Test
    void a_funder_publishes_an_offer_that_is_listed_as_open_until_its_deadline_passes() throws Exception {
        String title = "Guarantees for soil restoration " + System.nanoTime();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        WebSession funder = as("funder@example.org");
        Page blank = funder.get("offers/edit.xhtml");
        Map<String, String> fields = new HashMap<>();
        fields.put("language", "EN");
        fields.put("title", title);
        fields.put("description", "Partial guarantees on loans to farmers' cooperatives restoring degraded soils.");
        fields.put("instruments", "GUARANTEE");
        fields.put("regions", "AFRICA");
        fields.put("stages", "SEEKING_FUNDING");
        fields.put("themes", "restoration, cooperatives");
        fields.put("currency", "USD");
        fields.put("ticketMin", "50000");
        fields.put("ticketMax", "10000");
        fields.put("deadline", today.plusDays(1).toString());
        Page refused = funder.submit(blank, "offerForm", fields, "save");
        assertEquals(en("offer.error.minAboveMax"), message(refused, "offerForm:ticketMinMessage"), refused.text());
        assertEquals("50000", value(refused, "offerForm:ticketMin"), "typed amounts stay");
        assertEquals(title, value(refused, "offerForm:title"));

        fields.put("ticketMin", "5000");
        Page published = funder.submit(refused, "offerForm", fields, "save");
        assertTrue(published.uri().getPath().endsWith("/offers/offer.xhtml"), published.uri() + ": " + published.text());
        long id = idOf(published);
        assertEquals("OPEN", published.document().getElementById("offerState").attr("data-state"));
        assertEquals(en("instrument.GUARANTEE"), published.document().getElementById("offerInstruments").text());

        WebSession partner = as("partner@example.org");
        assertTrue(partner.get("offers/index.xhtml?instrument=GUARANTEE").text().contains(title), "listed as open");
        assertTrue(partner.get("offers/index.xhtml?instrument=GUARANTEE&country=KE").text().contains(title),
                "Kenya lies in the eligible region");
        assertFalse(partner.get("offers/index.xhtml?instrument=GUARANTEE&country=BR").text().contains(title));
        assertFalse(partner.get("offers/index.xhtml?instrument=LOAN").text().contains(title));
        Page later = partner.get("offers/index.xhtml?instrument=GUARANTEE&page=2");
        assertEquals(200, later.status(), later.text());
        assertTrue(later.document().getElementById("previous").attr("href").matches(".*instrument=GUARANTEE&(amp;)?page=1$"),
                later.document().getElementById("previous").attr("href"));

        assertEquals(404, partner.get("offers/edit.xhtml?id=" + id).status(), "only its organisation changes it");
        long projectsGroup = number("SELECT id FROM hub_group WHERE code = ?", "INTERFACE_PROJECTS");
        assertTrue(partner.get("groups/group.xhtml?id=" + projectsGroup).document().getElementById("marketplaceOfferList")
                .text().contains(title), "the newest open offers are on the Projects Interface");

        // The deadline passes: the offer closes by itself.
        try (Connection db = TestEnvironment.connection();
             PreparedStatement update = db.prepareStatement("UPDATE support_offer SET deadline = ? WHERE id = ?")) {
            update.setObject(1, today.minusDays(1));
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
        assertFalse(partner.get("offers/index.xhtml?instrument=GUARANTEE").text().contains(title), "no longer open");
        assertEquals("CLOSED", partner.get("offers/offer.xhtml?id=" + id).document().getElementById("offerState").attr("data-state"));
        Page mine = funder.get("offers/index.xhtml?mine=true");
        assertEquals("CLOSED", mine.document().selectFirst("tr.hub-offer[data-id=" + id + "] td[data-state]").attr("data-state"),
                mine.text());

        // Withdrawn, it disappears for everyone but its organisation.
        Page withdrawn = funder.submit(funder.get("offers/offer.xhtml?id=" + id), "withdrawForm", Map.of(), "withdraw");
        assertEquals("WITHDRAWN", withdrawn.document().getElementById("offerState").attr("data-state"), withdrawn.text());
        assertEquals(404, partner.get("offers/offer.xhtml?id=" + id).status());
    }

    @Test
    void the_secretariat_keeps_the_currency_rates_and_the_practices_and_a_partner_cannot() throws Exception {
        WebSession secretariat = as("secretariat@example.org");
        Page usd = secretariat.get("secretariat/reference.xhtml?currency=USD");
        assertEquals("USD", value(usd, "rateForm:currency"));
        long audited = number("SELECT count(*) FROM audit_event WHERE action = ?", "CURRENCY_RATE_CHANGED");
        Page refused = secretariat.submit(usd, "rateForm", Map.of("rate", "-1"), "saveRate");
        assertEquals(en("currency.error.rate"), message(refused, "rateForm:rateMessage"), refused.text());
        assertEquals("-1", value(refused, "rateForm:rate"));

        Page saved = secretariat.submit(usd, "rateForm", Map.of("rate", "1.2"), "saveRate");
        assertEquals("1.2", saved.document().selectFirst("tr[data-currency=USD] .hub-rate-value").text(), saved.text());
        assertTrue(saved.document().selectFirst("tr[data-currency=USD]").text().contains("secretariat@example.org"));
        assertEquals(audited + 1, number("SELECT count(*) FROM audit_event WHERE action = ?", "CURRENCY_RATE_CHANGED"),
                "the change is audited once, the refused rate not at all");

        String label = "Mulching " + System.nanoTime() % 100_000;
        Page page = secretariat.get("secretariat/reference.xhtml");
        Page added = secretariat.submit(page, "practiceForm", Map.of("labelEn", label, "labelFr", "Paillage",
                "labelEs", "Acolchado", "sortOrder", "90", "active", "on"), "savePractice");
        String code = label.toUpperCase().replace(' ', '_');
        assertTrue(added.has("practiceList") && added.document().select("tr[data-code=" + code + "]").size() == 1, added.text());
        Page incomplete = secretariat.submit(added, "practiceForm", Map.of("labelEn", "Terracing", "labelFr", "",
                "labelEs", "Terrazas"), "savePractice");
        assertEquals(en("error.required"), message(incomplete, "practiceForm:labelFrMessage"), incomplete.text());
        assertEquals("Terracing", value(incomplete, "practiceForm:labelEn"));

        WebSession partner = as("partner@example.org");
        assertTrue(partner.get("projects/edit.xhtml").text().contains(label), "a new practice is offered in the forms");
        assertEquals(403, partner.get("secretariat/reference.xhtml").status());
        assertEquals(403, partner.get("secretariat/reference.xhtml?currency=USD").status());

        // Back to the demo rate, for the other test classes that share the database.
        secretariat.submit(secretariat.get("secretariat/reference.xhtml?currency=USD"), "rateForm", Map.of("rate", "1.16"),
                "saveRate");
    }
}
