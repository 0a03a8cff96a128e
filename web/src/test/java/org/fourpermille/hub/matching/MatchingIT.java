package org.fourpermille.hub.matching;

import static org.fourpermille.hub.membership.Joining.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.fourpermille.hub.membership.Joining;
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
 * Matching through its pages: a project of a cooperative and offers of a fund, set up
 * in the database (the project and offer forms belong to their own feature), then ranked, explained,
 * re-weighted by the secretariat, guarded, and closed by their deadline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatchingIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    /*
     * Organisations and people of this class only, in English: signing in through Joining switches the
     * language, which is saved to the account, and other classes expect the demo accounts in their own
     * language and the demo organisations with the offers and projects they made.
     */
    private static final String COOPERATIVE = "Matching IT Coffee Cooperative";
    private static final String FUND = "Matching IT Soil Fund";
    private static final String PARTNER = "matching.partner@example.org";
    private static final String FUNDER = "matching.funder@example.org";
    private static final String STAFF = "matching.staff@example.org";
    private static final String OTHER = "matching.other@example.org";
    private static boolean accountsCreated;

    private WebSession signedIn(String email) throws Exception {
        createAccounts();
        return Joining.signedIn(base, email, DEMO_PASSWORD);
    }

    /**
     * A farmers' cooperative in Kenya (the project's owner) and a fund (the offers' publisher), each with
     * one representative; a representative of member@'s organisation (Sols Vivants); a secretariat account.
     */
    private static synchronized void createAccounts() throws Exception {
        if (accountsCreated) {
            return;
        }
        TestEnvironment.createAccount(PARTNER, "Pat Matching", "en");
        TestEnvironment.createAccount(FUNDER, "Fran Matching", "en");
        TestEnvironment.createAccount(OTHER, "Olu Matching", "en");
        TestEnvironment.createAccount(STAFF, "Sam Matching", "en", "SECRETARIAT");
        try (Connection db = TestEnvironment.connection();
             PreparedStatement organisation = db.prepareStatement("INSERT INTO organisation (name, type, country, level, joined_on,"
                     + " status, legal_status) VALUES (?, ?, ?, 'PARTNER', DATE '2021-06-01', 'ACTIVE', 'NON_PROFIT') RETURNING id");
             PreparedStatement represent = db.prepareStatement("UPDATE account SET organisation_id = ? WHERE email = ?");
             PreparedStatement colleague = db.prepareStatement("UPDATE account SET organisation_id ="
                     + " (SELECT organisation_id FROM account WHERE email = 'member@example.org') WHERE email = ?")) {
            for (String[] org : new String[][] {{COOPERATIVE, "FARMERS_ORGANISATION", "KE", PARTNER}, {FUND, "FUNDER", "FR", FUNDER}}) {
                organisation.setString(1, org[0]);
                organisation.setString(2, org[1]);
                organisation.setString(3, org[2]);
                try (ResultSet row = organisation.executeQuery()) {
                    row.next();
                    represent.setLong(1, row.getLong(1));
                }
                represent.setString(2, org[3]);
                represent.executeUpdate();
            }
            colleague.setString(1, OTHER);
            colleague.executeUpdate();
        }
        accountsCreated = true;
    }

    /** A project and the offers around it: one that fits, one weaker, two ineligible, one open until today only. */
    private record Fixture(long project, long fit, long weak, long wrongStage, long elsewhere, long lastDay) {
    }

    @Test
    void a_project_sees_the_fitting_offer_above_the_weaker_one_with_why_and_not_the_ineligible() throws Exception {
        Fixture f = fixture();
        WebSession partner = signedIn(PARTNER);
        Page projectPage = partner.get("projects/project.xhtml?id=" + f.project());
        Element link = projectPage.document().getElementById("projectMatchesLink");
        assertNotNull(link, "the project's page leads to its matches: " + projectPage.text());
        Page page = partner.get(link.attr("href").replaceFirst("^.*?/matching/", "matching/"));
        assertEquals(200, page.status(), page.text());
        assertTrue(page.uri().toString().endsWith("matching/project.xhtml?id=" + f.project()), page.uri().toString());
        assertTrue(page.document().getElementById("projectTitle").text().startsWith("Agroforestry on the slopes of Mount Kenya"),
                page.text());

        Element fit = result(page, "offer-" + f.fit());
        Element weak = result(page, "offer-" + f.weak());
        assertTrue(rank(fit) < rank(weak), "the fitting offer first: " + rank(fit) + " vs " + rank(weak));
        // Practices, zone, land use and SDGs met (30 + 15 + 15 + 15 of 100), language missed, not assessed.
        assertEquals("75", fit.attr("data-score"));
        assertTrue(fit.text().contains("75 / 100"), fit.text());
        Element practices = criterion(fit, "PRACTICES");
        assertEquals("met", practices.attr("data-outcome"));
        assertTrue(practices.text().contains("weight 30") && practices.text().contains("Agroforestry")
                && practices.text().contains("Cover crops"), practices.text());
        assertEquals("missed", criterion(fit, "LANGUAGE").attr("data-outcome"));
        assertTrue(criterion(fit, "LANGUAGE").text().contains(Bundle.text("en", "matching.detail.none")));
        assertTrue(criterion(fit, "CLIMATE_ZONE").text().contains("Tropical montane"), criterion(fit, "CLIMATE_ZONE").text());
        assertEquals("missed", criterion(weak, "PRACTICES").attr("data-outcome"));
        assertEquals("met", criterion(weak, "LANGUAGE").attr("data-outcome"));
        assertTrue(fit.text().contains("20,000 to 100,000 USD"), "the ticket in the reader's format: " + fit.text());
        Element interest = fit.selectFirst("a.matching-interest");
        assertNotNull(interest, "a result leads on to expressing interest");
        Page interestForm = partner.get(interest.attr("href").replaceFirst("^.*?/interests/", "interests/"));
        assertEquals(200, interestForm.status(), interestForm.text());
        assertEquals("Matching IT: agroforestry in East Africa", interestForm.document().getElementById("offerTitle").text()
                .replace(" (" + FUND + ")", ""));

        assertFalse(page.has("offer-" + f.wrongStage()), "an offer for ideas only is not for a project seeking funding");
        assertFalse(page.has("offer-" + f.elsewhere()), "an offer for France is not for a project in Kenya");
        assertNotNull(page.document().selectFirst("#exclusions li[data-reason=STAGE]"), page.text());
        assertNotNull(page.document().selectFirst("#exclusions li[data-reason=GEOGRAPHY]"), page.text());
        assertEquals("30", page.document().selectFirst("#weights dd[data-criterion=PRACTICES]").text());

        // The other side: the foundation sees the project ranked for its offer, explained the same way.
        WebSession funder = signedIn(FUNDER);
        assertNotNull(funder.get("offers/offer.xhtml?id=" + f.fit()).document().getElementById("offerMatchesLink"),
                "the offer's page leads to its matches");
        Page offerPage = funder.get("matching/offer.xhtml?id=" + f.fit());
        assertEquals(200, offerPage.status(), offerPage.text());
        Element project = result(offerPage, "project-" + f.project());
        assertEquals("75", project.attr("data-score"));
        assertEquals("met", criterion(project, "PRACTICES").attr("data-outcome"));
        assertTrue(project.text().contains(COOPERATIVE), project.text());
    }

    @Test
    void the_secretariat_changes_the_weights_and_the_order_follows() throws Exception {
        Fixture f = fixture();
        WebSession partner = signedIn(PARTNER);
        Page before = partner.get("matching/project.xhtml?id=" + f.project());
        assertTrue(rank(result(before, "offer-" + f.fit())) < rank(result(before, "offer-" + f.weak())));

        WebSession secretariat = signedIn(STAFF);
        try {
            Page weights = secretariat.get("secretariat/matching-weights.xhtml");
            assertEquals(200, weights.status(), weights.text());
            Page saved = secretariat.submit(weights, "weightsForm", Map.of("weight_LANGUAGE", "100", "weight_PRACTICES", "10"), "save");
            assertTrue(saved.text().contains(Bundle.text("en", "matching.weights.saved", 2)), saved.text());
            assertEquals("100", saved.document().getElementById("weightsForm:weight_LANGUAGE").attr("value"));

            Page after = partner.get("matching/project.xhtml?id=" + f.project());
            Element fit = result(after, "offer-" + f.fit());
            Element weak = result(after, "offer-" + f.weak());
            assertTrue(rank(weak) < rank(fit), "language now counts most: " + rank(weak) + " vs " + rank(fit));
            // Fit: 10 + 15 + 15 + 15 of 165; weak: language only, 100 of 165.
            assertEquals("33", fit.attr("data-score"));
            assertEquals("61", weak.attr("data-score"));
            assertTrue(criterion(weak, "LANGUAGE").text().contains("weight 100"), criterion(weak, "LANGUAGE").text());
            assertTrue(audited("MATCHING_WEIGHTS_CHANGED", "LANGUAGE 15 → 100"), "the change is in the audit log");

            // Bad input is refused next to its field, and what was typed stays.
            Page current = secretariat.get("secretariat/matching-weights.xhtml");
            Page refused = secretariat.submit(current, "weightsForm", Map.of("weight_LAND_USE", "lots", "weight_CLIMATE_ZONE", "150"), "save");
            assertTrue(refused.text().contains(Bundle.text("en", "matching.weights.error.number")), refused.text());
            assertEquals("lots", refused.document().getElementById("weightsForm:weight_LAND_USE").attr("value"));
            assertEquals("150", refused.document().getElementById("weightsForm:weight_CLIMATE_ZONE").attr("value"));
            Map<String, String> zeros = new HashMap<>();
            for (String criterion : new String[] {"PRACTICES", "CLIMATE_ZONE", "LAND_USE", "SDGS_OBJECTIVES", "LANGUAGE", "ASSESSMENT"}) {
                zeros.put("weight_" + criterion, "0");
            }
            Page allZero = secretariat.submit(secretariat.get("secretariat/matching-weights.xhtml"), "weightsForm", zeros, "save");
            assertTrue(allZero.text().contains(Bundle.text("en", "matching.weights.error.allZero")), allZero.text());
            assertEquals("33", result(partner.get("matching/project.xhtml?id=" + f.project()), "offer-" + f.fit()).attr("data-score"),
                    "refused forms changed nothing");

            assertEquals(403, partner.get("secretariat/matching-weights.xhtml").status(), "partners do not set weights");
        } finally {
            Page weights = secretariat.get("secretariat/matching-weights.xhtml");
            Page restored = secretariat.submit(weights, "weightsForm", Map.of("weight_PRACTICES", "30", "weight_CLIMATE_ZONE", "15",
                    "weight_LAND_USE", "15", "weight_SDGS_OBJECTIVES", "15", "weight_LANGUAGE", "15", "weight_ASSESSMENT", "10"), "save");
            assertEquals("15", restored.document().getElementById("weightsForm:weight_LANGUAGE").attr("value"), restored.text());
        }
    }

    @Test
    void only_the_own_organisation_and_the_secretariat_see_the_matches() throws Exception {
        Fixture f = fixture();
        WebSession member = signedIn(OTHER);
        Page shared = member.get("projects/project.xhtml?id=" + f.project());
        assertEquals(200, shared.status(), "the project is shared with partners");
        assertFalse(shared.has("projectMatchesLink"), "but its matches are its organisation's");
        assertEquals(404, member.get("matching/project.xhtml?id=" + f.project()).status(), "another organisation's project");
        assertEquals(404, member.get("matching/offer.xhtml?id=" + f.fit()).status(), "another organisation's offer");
        assertEquals(404, member.get("matching/project.xhtml?id=987654321").status(), "the same answer as for an unknown id");
        WebSession funder = signedIn(FUNDER);
        assertEquals(404, funder.get("matching/project.xhtml?id=" + f.project()).status(), "a funder sees its offers' matches only");
        WebSession partner = signedIn(PARTNER);
        assertEquals(404, partner.get("matching/offer.xhtml?id=" + f.fit()).status());
        WebSession secretariat = signedIn(STAFF);
        assertEquals(200, secretariat.get("matching/project.xhtml?id=" + f.project()).status());
        assertEquals(200, secretariat.get("matching/offer.xhtml?id=" + f.fit()).status());
        assertTrue(new WebSession(base, "en").get("matching/project.xhtml?id=" + f.project()).uri().getPath().endsWith("/login.xhtml"),
                "signed-out visitors are sent to sign in");
    }

    @Test
    void an_offer_whose_deadline_passed_disappears() throws Exception {
        Fixture f = fixture();
        WebSession partner = signedIn(PARTNER);
        Page today = partner.get("matching/project.xhtml?id=" + f.project());
        assertTrue(today.has("offer-" + f.lastDay()), "open until the end of its deadline day: " + today.text());

        // Time passes the way tests move it: the stored deadline becomes yesterday.
        try (Connection db = TestEnvironment.connection();
             PreparedStatement update = db.prepareStatement("UPDATE support_offer SET deadline = ? WHERE id = ?")) {
            update.setDate(1, Date.valueOf(utcToday().minusDays(1)));
            update.setLong(2, f.lastDay());
            update.executeUpdate();
        }
        Page tomorrow = partner.get("matching/project.xhtml?id=" + f.project());
        assertFalse(tomorrow.has("offer-" + f.lastDay()), tomorrow.text());
        assertTrue(tomorrow.has("offer-" + f.fit()));
        WebSession funder = signedIn(FUNDER);
        Page closed = funder.get("matching/offer.xhtml?id=" + f.lastDay());
        assertEquals(200, closed.status());
        assertTrue(closed.has("closed") && !closed.has("results"), closed.text());
    }

    @Test
    void a_match_card_says_an_interest_is_open_or_agreed_and_offers_no_second_one() throws Exception {
        Fixture f = fixture();
        WebSession partner = signedIn(PARTNER);
        assertNotNull(result(partner.get("matching/project.xhtml?id=" + f.project()), "offer-" + f.fit()).selectFirst("a.matching-interest"),
                "without an interest the card offers one");
        long interest;
        try (Connection db = TestEnvironment.connection();
             PreparedStatement insert = db.prepareStatement("INSERT INTO interest (project_id, offer_id, from_side, from_organisation_id,"
                     + " created_by, message, status, created_at, updated_at) SELECT p.id, ?, 'PROJECT', p.organisation_id, a.id,"
                     + " 'We would like to talk', 'PENDING', TIMESTAMPTZ '2026-03-09 10:00:00+00', now()"
                     + " FROM project p, account a WHERE p.id = ? AND a.email = ? RETURNING id")) {
            insert.setLong(1, f.fit());
            insert.setLong(2, f.project());
            insert.setString(3, PARTNER);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                interest = row.getLong(1);
            }
        }
        Page open = partner.get("matching/project.xhtml?id=" + f.project());
        Element card = result(open, "offer-" + f.fit());
        assertEquals("open", card.attr("data-pair"), card.outerHtml());
        assertTrue(card.text().contains(Bundle.text("en", "matching.pair.open", "March 9, 2026")), card.text());
        assertNull(card.selectFirst("a.matching-interest"), "no second interest is offered");
        assertTrue(card.selectFirst(".matching-pair a").attr("href").endsWith("interests/interest.xhtml?id=" + interest));
        assertNotNull(result(open, "offer-" + f.weak()).selectFirst("a.matching-interest"), "the other pairs are untouched");
        Element seen = result(signedIn(FUNDER).get("matching/offer.xhtml?id=" + f.fit()), "project-" + f.project());
        assertEquals("open", seen.attr("data-pair"), "the offer's side sees it too");

        try (Connection db = TestEnvironment.connection(); PreparedStatement agree = db.prepareStatement("UPDATE interest SET status = 'ACCEPTED',"
                + " decided_at = now(), outcome = 'AGREEMENT', outcome_at = TIMESTAMPTZ '2026-04-02 09:00:00+00', agreement_amount = 40000,"
                + " agreement_currency = 'USD', agreement_instrument = 'GRANT' WHERE id = ?")) {
            agree.setLong(1, interest);
            agree.executeUpdate();
        }
        Element agreed = result(partner.get("matching/project.xhtml?id=" + f.project()), "offer-" + f.fit());
        assertEquals("agreed", agreed.attr("data-pair"), agreed.outerHtml());
        assertTrue(agreed.text().contains(Bundle.text("en", "matching.pair.agreed", "April 2, 2026")), agreed.text());
        assertNull(agreed.selectFirst("a.matching-interest"), "an agreed pair is not started again");
    }

    private static Element result(Page page, String id) {
        Element result = page.document().getElementById(id);
        assertNotNull(result, id + " not listed on " + page.uri() + ": " + page.text());
        return result;
    }

    private static int rank(Element result) {
        return Integer.parseInt(result.attr("data-rank"));
    }

    private static Element criterion(Element result, String criterion) {
        Element line = result.selectFirst("li[data-criterion=" + criterion + "]");
        assertNotNull(line, criterion + " in " + result.text());
        return line;
    }

    private static LocalDate utcToday() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static boolean audited(String action, String detail) throws Exception {
        try (Connection db = TestEnvironment.connection();
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM audit_event WHERE action = ? AND detail LIKE ?")) {
            query.setString(1, action);
            query.setString(2, "%" + detail + "%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    /**
     * A project of the cooperative in Kenya and five offers of the fund. The fitting one shares
     * practices, zone, land use and SDG but works in French only; the weak one shares only the language.
     */
    private static Fixture fixture() throws Exception {
        createAccounts();
        try (Connection db = TestEnvironment.connection()) {
            db.setAutoCommit(false);
            long project = insertProject(db);
            long fit = insertOffer(db, "Matching IT: agroforestry in East Africa", "'{}'", "'{AFRICA}'", "'{}'",
                    "'{AGROFORESTRY,COVER_CROPS}'", "'{TROPICAL_MONTANE}'", "'{AGROFORESTRY}'", "'{13}'", "'{FR}'", null);
            long weak = insertOffer(db, "Matching IT: boreal forests", "'{}'", "'{}'", "'{}'",
                    "'{BIOCHAR}'", "'{BOREAL_DRY}'", "'{FOREST}'", "'{6}'", "'{EN}'", null);
            long wrongStage = insertOffer(db, "Matching IT: ideas only", "'{IDEA}'", "'{AFRICA}'", "'{}'",
                    "'{AGROFORESTRY,COVER_CROPS}'", "'{TROPICAL_MONTANE}'", "'{AGROFORESTRY}'", "'{13}'", "'{FR}'", null);
            long elsewhere = insertOffer(db, "Matching IT: France only", "'{}'", "'{}'", "'{FR}'",
                    "'{AGROFORESTRY,COVER_CROPS}'", "'{TROPICAL_MONTANE}'", "'{AGROFORESTRY}'", "'{13}'", "'{FR}'", null);
            long lastDay = insertOffer(db, "Matching IT: last day", "'{}'", "'{AFRICA}'", "'{}'",
                    "'{AGROFORESTRY,COVER_CROPS}'", "'{TROPICAL_MONTANE}'", "'{AGROFORESTRY}'", "'{13}'", "'{FR}'", utcToday());
            db.commit();
            return new Fixture(project, fit, weak, wrongStage, elsewhere, lastDay);
        }
    }

    private static long insertProject(Connection db) throws Exception {
        long project;
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO project (organisation_id, created_by, stage, countries, region, climate_zones, land_uses, practices,"
                        + " currency, total_budget, funding_sought, needs, sdgs, objectives, visibility, created_at, updated_at)"
                        + " SELECT a.organisation_id, a.id, 'SEEKING_FUNDING', '{KE}', 'AFRICA', '{TROPICAL_MONTANE}', '{AGROFORESTRY}',"
                        + " '{AGROFORESTRY,COVER_CROPS}', 'EUR', 80000, 50000, '{FUNDING}', '{13,15}', '{B}', 'PARTNERS', now(), now()"
                        + " FROM account a WHERE a.email = '" + PARTNER + "' RETURNING id");
             ResultSet row = insert.executeQuery()) {
            row.next();
            project = row.getLong(1);
        }
        try (PreparedStatement text = db.prepareStatement(
                "INSERT INTO project_text (project_id, language, title, summary) VALUES (?, 'en', ?, 'Smallholders plant grevillea and"
                        + " cover crops on terraced coffee plots.')")) {
            text.setLong(1, project);
            text.setString(2, "Agroforestry on the slopes of Mount Kenya " + project);
            text.executeUpdate();
        }
        return project;
    }

    private static long insertOffer(Connection db, String title, String stages, String regions, String countries, String practices,
                                    String zones, String landUses, String sdgs, String languages, LocalDate deadline) throws Exception {
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO support_offer (organisation_id, created_by, language, title, description, instruments, practices, sdgs,"
                        + " countries, regions, climate_zones, land_uses, stages, languages, currency, ticket_min, ticket_max, deadline,"
                        + " status, created_at, updated_at)"
                        + " SELECT a.organisation_id, a.id, 'en', ?, 'Offer made by MatchingIT.', '{GRANT}', " + practices + ", " + sdgs + ", "
                        + countries + ", " + regions + ", " + zones + ", " + landUses + ", " + stages + ", " + languages
                        + ", 'USD', 20000, 100000, ?, 'PUBLISHED', now(), now() FROM account a WHERE a.email = '" + FUNDER + "' RETURNING id")) {
            insert.setString(1, title);
            insert.setDate(2, deadline == null ? null : Date.valueOf(deadline));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
