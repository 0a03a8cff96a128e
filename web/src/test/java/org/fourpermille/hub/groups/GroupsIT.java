package org.fourpermille.hub.groups;

import static org.fourpermille.hub.membership.Joining.DEMO_PASSWORD;
import static org.fourpermille.hub.membership.Joining.secretariat;
import static org.fourpermille.hub.membership.Joining.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.fourpermille.hub.membership.Joining;
import org.fourpermille.hub.shared.Bundle;
import org.fourpermille.hub.shared.Deployments;
import org.fourpermille.hub.shared.Mailbox;
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
 * Who is in which group, through the real pages, mail and database: each join rule (automatic, open, on
 * request, appointed), the Bureau's seat rules, staff-only moves, and memberships following the
 * organisation's status. Content of the groups (forum, documents...) is tested with its feature.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupsIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @Test
    void partners_join_and_leave_interfaces_while_colleges_and_the_consortium_follow_the_organisation() throws Exception {
        WebSession partner = signedIn(base, "partner@example.org", DEMO_PASSWORD);
        long policy = groupId("INTERFACE_POLICY");
        Page outside = partner.get("groups/group.xhtml?id=" + policy);
        assertEquals(Bundle.text("en", "group.standing.outside.OPEN"), outside.document().getElementById("standing").text());
        assertFalse(outside.has("tabForum"), "no content for someone outside the group");

        Page joined = partner.submit(outside, "joinForm", Map.of(), "join");
        assertTrue(joined.text().contains(Bundle.text("en", "group.joined")), joined.text());
        assertEquals(Bundle.text("en", "group.standing.member.OPEN"), joined.document().getElementById("standing").text());
        assertTrue(joined.has("tabForum"), joined.text());
        assertTrue(partner.get("dashboard.xhtml").document().select("#myGroups li").text().contains("Policy Interface"));
        // The page of before still offers "join": the service says why not, nothing breaks.
        Page twice = partner.submit(outside, "joinForm", Map.of(), "join");
        assertTrue(twice.text().contains(Bundle.text("en", "group.error.alreadyIn")), twice.text());

        Page left = partner.submit(joined, "leaveForm", Map.of(), "leave");
        assertTrue(left.text().contains(Bundle.text("en", "group.left")), left.text());
        assertFalse(partner.get("dashboard.xhtml").document().select("#myGroups li").text().contains("Policy Interface"));

        Page college = partner.get("groups/group.xhtml?id=" + groupId("COLLEGE_PRIVATE"));
        assertEquals(Bundle.text("en", "group.standing.member.AUTOMATIC"), college.document().getElementById("standing").text());
        assertFalse(college.has("joinForm") || college.has("leaveForm"), "a College is neither joined nor left by hand");
        assertTrue(college.document().select("#collegeOrganisations li").text().contains("TerraCarbon Solutions"), college.text());

        long consortium = groupId("CONSORTIUM");
        Page closed = partner.get("groups/group.xhtml?id=" + consortium);
        assertEquals(Bundle.text("en", "group.standing.outside.AUTOMATIC"), closed.document().getElementById("standing").text());
        assertFalse(closed.has("tabForum") || closed.has("tabDecisions"), "a Partner sees no section of the Consortium");
        assertEquals(404, partner.get("groups/members.xhtml?id=" + consortium).status(), "nor its members, by id");
        assertEquals(404, partner.get("groups/group.xhtml?id=987654").status(), "an unknown group is not found");

        Page staffView = secretariat(base).get("groups/members.xhtml?id=" + consortium);
        assertEquals(200, staffView.status());
        assertTrue(staffView.document().select("#members td").text().contains("Mariama Member"), staffView.text());
        Page catalogue = partner.get("groups/index.xhtml");
        assertNotNull(catalogue.document().selectFirst("tr[data-code=TASK_FORCE_A]"), "the Task Forces are seeded");
    }

    @Test
    void the_dashboard_counts_what_is_new_in_my_groups_since_my_last_visit() throws Exception {
        WebSession funder = signedIn(base, "funder@example.org", DEMO_PASSWORD);
        long projects = groupId("INTERFACE_PROJECTS");
        funder.get("groups/group.xhtml?id=" + projects);
        assertNull(newBadge(funder, "INTERFACE_PROJECTS"), "nothing new right after a visit");
        execute("INSERT INTO group_activity (group_id, kind, actor_id, title, path, occurred_at)"
                + " SELECT ?, 'TOPIC', id, 'Financing zaï in Burkina Faso', '/groups/group.xhtml', now() FROM account WHERE email = 'farmer@example.org'",
                projects);
        Element badge = newBadge(funder, "INTERFACE_PROJECTS");
        assertNotNull(badge, "a colleague's new topic shows on the dashboard");
        assertTrue(badge.text().startsWith("1 "), badge.text());
        funder.get("groups/group.xhtml?id=" + projects);
        assertNull(newBadge(funder, "INTERFACE_PROJECTS"), "the visit clears it");
    }

    @Test
    void task_forces_are_joined_on_request_and_a_facilitator_decides() throws Exception {
        long taskForce = groupId("TASK_FORCE_D");
        WebSession farmer = signedIn(base, "farmer@example.org", DEMO_PASSWORD);
        Page page = farmer.get("groups/group.xhtml?id=" + taskForce);
        assertEquals(Bundle.text("en", "group.standing.outside.ON_REQUEST"), page.document().getElementById("standing").text());
        Page requested = farmer.submit(page, "requestForm", Map.of("note", "Nous pratiquons le zaï depuis 2010."), "request");
        assertTrue(requested.text().contains(Bundle.text("en", "group.requested")), requested.text());
        assertEquals(Bundle.text("en", "group.standing.requested"), requested.document().getElementById("standing").text());
        Page twice = farmer.submit(page, "requestForm", Map.of("note", "Encore"), "request");
        assertTrue(twice.text().contains(Bundle.text("en", "group.error.alreadyRequested")), twice.text());

        WebSession partner = signedIn(base, "partner@example.org", DEMO_PASSWORD);
        assertEquals(404, partner.get("groups/members.xhtml?id=" + taskForce).status(), "outsiders do not see the requests");

        WebSession leader = signedIn(base, "member@example.org", DEMO_PASSWORD);
        assertTrue(leader.get("dashboard.xhtml").document().select("#requests li").text().contains("Fatou Farmer"),
                "the leader of the Task Force sees the request on their dashboard");
        Page members = leader.get("groups/members.xhtml?id=" + taskForce);
        Page declined = leader.submit(members, "requestsForm", Map.of("reason", "Le groupe est complet jusqu'en mars."),
                button(members, "requestsForm", "farmer@example.org", "decline"));
        assertTrue(declined.text().contains(Bundle.text("en", "group.members.declined")), declined.text());
        // signedIn(...) chose English for farmer@ (a language picked while signed in is saved): mail follows it.
        MimeMessage refusal = Mailbox.awaitMessage("farmer@example.org", "Your request to join Task Force D", 0);
        assertTrue(Mailbox.body(refusal).contains("Le groupe est complet jusqu'en mars."), "with the reason");
        assertFalse(leader.get("groups/members.xhtml?id=" + taskForce).has("requestsForm"), "nothing left to decide");

        Page again = farmer.get("groups/group.xhtml?id=" + taskForce);
        assertEquals(Bundle.text("en", "group.standing.declined"), again.document().getElementById("standing").text());
        farmer.submit(again, "requestForm", Map.of("note", ""), "request");
        Page current = leader.get("groups/members.xhtml?id=" + taskForce);
        // The secretariat has the same page open; the leader decides first.
        WebSession staff = secretariat(base);
        Page stale = staff.get("groups/members.xhtml?id=" + taskForce);
        Page accepted = leader.submit(current, "requestsForm", Map.of(), button(current, "requestsForm", "farmer@example.org", "accept"));
        assertTrue(accepted.text().contains(Bundle.text("en", "group.members.accepted")), accepted.text());
        // Declining from the page opened before is refused with a message, not dropped or sent to another row.
        Page late = staff.submit(stale, "requestsForm", Map.of("reason", "Trop tard"), button(stale, "requestsForm", "farmer@example.org", "decline"));
        assertTrue(late.text().contains(Bundle.text("en", "error.concurrentChange")), late.text());
        Mailbox.awaitMessage("farmer@example.org", "Welcome to Task Force D", 0);
        Page in = farmer.get("groups/group.xhtml?id=" + taskForce);
        assertEquals(Bundle.text("en", "group.standing.member.ON_REQUEST"), in.document().getElementById("standing").text());
        assertTrue(in.has("tabForum"));
        assertFalse(farmer.get("groups/members.xhtml?id=" + taskForce).has("requestsForm"), "a plain member decides nothing");
        assertTrue(farmer.submit(in, "leaveForm", Map.of(), "leave").text().contains(Bundle.text("en", "group.left")));
    }

    @Test
    void the_secretariat_appoints_to_the_bureau_within_its_seats_and_terms_and_to_the_stc() throws Exception {
        long bureau = groupId("BUREAU");
        // Signing in through signedIn(...) saves English as member@'s language, so the appointment mail is in English.
        signedIn(base, "member@example.org", DEMO_PASSWORD);
        WebSession staff = secretariat(base);
        Page page = staff.get("groups/members.xhtml?id=" + bureau);
        assertTrue(page.document().select("#terms tr[data-email=member@example.org]").size() >= 1, "the demo full seat is listed");

        Page partnerRefused = appoint(staff, page, "partner@example.org", "FULL", "2040-01-01", "2041-12-31");
        assertTrue(partnerRefused.text().contains(Bundle.text("en", "group.error.bureauMembersOnly")), partnerRefused.text());
        assertEquals("partner@example.org", partnerRefused.document().getElementById("appointForm:email").attr("value"), "the address stays typed");
        Page tooLong = appoint(staff, page, "member@example.org", "FULL", "2040-01-01", "2042-12-31");
        assertTrue(tooLong.text().contains(Bundle.text("en", "group.error.termTooLong", 2)), tooLong.text());
        Page overlapping = appoint(staff, page, "member@example.org", "FULL", LocalDate.now().toString(), LocalDate.now().plusYears(1).toString());
        assertTrue(overlapping.text().contains(Bundle.text("en", "group.error.termOverlaps")), overlapping.text());

        // Eight full seats taken from 2040 by representatives of other Member organisations.
        for (int i = 1; i <= 8; i++) {
            seatFullTermIn2040("Bureau Member Organisation " + i, "seat" + i + "@bureau.example");
        }
        Page full = appoint(staff, page, "member@example.org", "FULL", "2040-03-01", "2041-12-31");
        assertTrue(full.text().contains(Bundle.text("en", "group.error.fullSeatsTaken", 8)), full.text());
        Page alternate = appoint(staff, page, "member@example.org", "ALTERNATE", "2040-01-01", "2041-12-31");
        assertTrue(alternate.text().contains(Bundle.text("en", "group.members.appointed")), alternate.text());
        Page second = appoint(staff, alternate, "member@example.org", "ALTERNATE", "2042-01-01", "2043-12-31");
        assertTrue(second.text().contains(Bundle.text("en", "group.members.appointed")), "a second consecutive term is allowed");
        Page third = appoint(staff, second, "member@example.org", "ALTERNATE", "2044-01-01", "2045-12-31");
        assertTrue(third.text().contains(Bundle.text("en", "group.error.tooManyTerms", 2)), third.text());
        Mailbox.awaitMessage("member@example.org", "You are appointed to Bureau of the Consortium", 0);

        long stc = groupId("STC");
        WebSession funder = signedIn(base, "funder@example.org", DEMO_PASSWORD);
        assertFalse(funder.get("dashboard.xhtml").document().select("#myGroups").text().contains("Scientific and Technical Committee"));
        Page stcPage = staff.get("groups/members.xhtml?id=" + stc);
        assertFalse(stcPage.has("appointForm:seat"), "the STC has no seats");
        Page appointed = appoint(staff, stcPage, "funder@example.org", null, LocalDate.now().toString(), LocalDate.now().plusYears(3).toString());
        assertTrue(appointed.text().contains(Bundle.text("en", "group.members.appointed")), appointed.text());
        // The STC term makes funder@ an STC expert: new roles, new session (as for any change of roles).
        assertTrue(funder.get("dashboard.xhtml").uri().toString().contains("login.xhtml?ended=true"), "the roles changed");
        funder = signedIn(base, "funder@example.org", DEMO_PASSWORD);
        assertTrue(funder.get("dashboard.xhtml").document().select("#myGroups").text().contains("Scientific and Technical Committee"),
                "the appointment counts at once");
        // Meanwhile another person of the secretariat appoints farmer@: the list read again would start with her.
        WebSession colleague = secretariat(base);
        Page other = appoint(colleague, colleague.get("groups/members.xhtml?id=" + stc), "farmer@example.org", null,
                LocalDate.now().toString(), LocalDate.now().plusYears(3).toString());
        assertTrue(other.text().contains(Bundle.text("en", "group.members.appointed")), other.text());
        Page ended = staff.submit(appointed, "termsForm", Map.of(), button(appointed, "termsForm", "funder@example.org", "endTerm"));
        assertTrue(ended.text().contains(Bundle.text("en", "group.members.termEnded")), ended.text());
        assertTrue(funder.get("dashboard.xhtml").uri().toString().contains("login.xhtml?ended=true"), "the expert role ended with the term");
        funder = signedIn(base, "funder@example.org", DEMO_PASSWORD);
        assertFalse(funder.get("dashboard.xhtml").document().select("#myGroups").text().contains("Scientific and Technical Committee"),
                "an ended term ends the membership at once");
        WebSession farmer = signedIn(base, "farmer@example.org", DEMO_PASSWORD);
        assertTrue(farmer.get("dashboard.xhtml").document().select("#myGroups").text().contains("Scientific and Technical Committee"),
                "the term ended is the one on the row pressed, not the one appointed meanwhile");

        // farmer@ is shared with the other classes: her term ends here, so she is no STC expert for them.
        Page terms = colleague.get("groups/members.xhtml?id=" + stc);
        Page farmerEnded = colleague.submit(terms, "termsForm", Map.of(), button(terms, "termsForm", "farmer@example.org", "endTerm"));
        assertTrue(farmerEnded.text().contains(Bundle.text("en", "group.members.termEnded")), farmerEnded.text());

        WebSession partner = signedIn(base, "partner@example.org", DEMO_PASSWORD);
        assertEquals(403, partner.get("groups/new.xhtml").status(), "only staff add groups");
    }

    @Test
    void memberships_follow_the_organisation_when_it_is_suspended_and_reinstated() throws Exception {
        WebSession rep = Joining.newOrganisation(base, "Sahel Soil Research Centre", "RESEARCH_EDUCATION", "PARTNER",
                "awa@soil-research-centre.example");
        long research = groupId("COLLEGE_RESEARCH");
        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        Page knowledgePage = rep.get("groups/group.xhtml?id=" + knowledge);
        rep.submit(knowledgePage, "joinForm", Map.of(), "join");
        WebSession staff = secretariat(base);
        assertTrue(isListed(staff, research, "Sahel Soil Research Centre") && isListed(staff, knowledge, "Sahel Soil Research Centre"));

        long organisation = Joining.organisationId("Sahel Soil Research Centre");
        Page profile = staff.get("organisation/profile.xhtml?id=" + organisation);
        Page suspended = staff.submit(profile, "suspendForm", Map.of("reason", "Contributions unpaid"), "suspend");
        assertEquals("SUSPENDED", suspended.document().selectFirst("#organisationStatus").attr("data-status"));
        assertFalse(isListed(staff, research, "Sahel Soil Research Centre"), "out of the College while suspended");
        assertFalse(isListed(staff, knowledge, "Sahel Soil Research Centre"), "and out of the Interfaces it joined");

        staff.submit(suspended, "reinstateForm", Map.of("reason", "Paid"), "reinstate");
        assertTrue(isListed(staff, research, "Sahel Soil Research Centre"), "back in the College");
        assertTrue(isListed(staff, knowledge, "Sahel Soil Research Centre"), "and in the Interface it had joined");
    }

    @Test
    void the_secretariat_adds_a_group_named_in_three_languages() throws Exception {
        WebSession staff = secretariat(base);
        Page form = staff.get("groups/new.xhtml");
        Map<String, String> fields = new HashMap<>(Map.of("kind", "TASK_FORCE", "nameEn", "Task Force on soil carbon markets"));
        Page missing = staff.submit(form, "groupForm", fields, "create");
        String nameRequired = Bundle.text("en", "group.error.nameRequired");
        assertEquals(2, missing.document().select(".hub-problem").eachText().stream().filter(nameRequired::equals).count(),
                "French and Spanish names are missing: " + missing.text());
        assertEquals("Task Force on soil carbon markets", missing.document().getElementById("groupForm:nameEn").attr("value"));
        fields.put("nameFr", "Task Force sur les marchés du carbone des sols");
        fields.put("nameEs", "Grupo de trabajo sobre mercados de carbono del suelo");
        Page created = staff.submit(missing, "groupForm", fields, "create");
        assertEquals("Task Force on soil carbon markets", created.document().getElementById("groupTitle").text(), created.text());
        assertEquals(Bundle.text("en", "joinRule.ON_REQUEST"), created.document().getElementById("joinRule").text());
        assertTrue(staff.get("groups/index.xhtml").text().contains("Task Force on soil carbon markets"));
    }

    private static Page appoint(WebSession staff, Page page, String email, String seat, String from, String until) {
        Map<String, String> fields = new HashMap<>(Map.of("email", email, "startsOn", from, "endsOn", until));
        if (seat != null) {
            fields.put("seat", seat);
        }
        return staff.submit(page, "appointForm", fields, "appoint");
    }

    /** Whether the members page lists someone of that organisation (every test applicant is called Awa Ndiaye). */
    private static boolean isListed(WebSession staff, long groupId, String name) {
        return staff.get("groups/members.xhtml?id=" + groupId).document().select("#members td").eachText().contains(name);
    }

    private static Element newBadge(WebSession web, String code) {
        return web.get("dashboard.xhtml").document().selectFirst("#myGroups li[data-code=" + code + "] .hub-new");
    }

    private static String button(Page page, String formId, String email, String button) {
        Element row = page.document().selectFirst("#" + formId + " tr[data-email=" + email + "]");
        assertNotNull(row, "no row for " + email + " in " + page.text());
        Element found = row.selectFirst("[id$=:" + button + "]");
        assertNotNull(found, "no " + button + " for " + email);
        return found.id().substring(formId.length() + 1);
    }

    static long groupId(String code) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement("SELECT id FROM hub_group WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), code);
                return row.getLong(1);
            }
        }
    }

    private static void execute(String sql, Object... parameters) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** A Member organisation with an active representative who holds a full Bureau seat in 2040–2041. */
    private static void seatFullTermIn2040(String organisation, String email) throws Exception {
        execute("INSERT INTO organisation (name, type, country, level, joined_on, status) VALUES (?, 'CIVIL_SOCIETY', 'SN', 'MEMBER', DATE '2020-01-01', 'ACTIVE')",
                organisation);
        execute("INSERT INTO account (email, display_name, password_hash, status, locale, organisation_id, created_at)"
                + " SELECT ?, ?, a.password_hash, 'ACTIVE', 'EN', o.id, now() FROM account a, organisation o"
                + " WHERE a.email = 'member@example.org' AND o.name = ?", email, organisation, organisation);
        execute("INSERT INTO group_term (group_id, account_id, seat, starts_on, ends_on, appointed_by, appointed_at)"
                + " SELECT g.id, a.id, 'FULL', DATE '2040-01-01', DATE '2041-12-31', 'secretariat@example.org', now()"
                + " FROM hub_group g, account a WHERE g.code = 'BUREAU' AND a.email = ?", email);
    }
}
