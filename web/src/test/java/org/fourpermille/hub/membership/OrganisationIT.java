package org.fourpermille.hub.membership;

import static org.fourpermille.hub.membership.Joining.DEMO_PASSWORD;
import static org.fourpermille.hub.membership.Joining.NEW_PASSWORD;
import static org.fourpermille.hub.membership.Joining.PDF;
import static org.fourpermille.hub.membership.Joining.REFERENCE;
import static org.fourpermille.hub.membership.Joining.organisationId;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

import jakarta.mail.internet.MimeMessage;

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
 * An organisation's life after it joined, through the real pages, mail and database: its people and
 * main contact, its profile and the changes the secretariat decides, the upgrade to Member, suspension,
 * reinstatement and withdrawal, with access following each status at once, also in sessions already open.
 * Each test applies for an organisation of its own, so the demo data stays as other tests expect it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationIT {

    private static final String PROFILE = "organisation/profile.xhtml";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @Test
    void the_main_contact_invites_a_colleague_hands_over_the_role_and_removes_people() throws Exception {
        WebSession main = Joining.newOrganisation(base, "Humus Lab Association", "CIVIL_SOCIETY", "PARTNER", "main@humuslab.example");
        Page profile = main.get(PROFILE);
        assertTrue(profile.document().selectFirst("#organisationTitle").text().contains("Humus Lab Association"), profile.text());
        assertEquals("Awa Ndiaye", profile.document().selectFirst("#mainContact").text(), "the applicant is the first main contact");

        Page badAddress = main.submit(profile, "inviteForm", Map.of("name", "Jean Colleague", "email", "jean at humuslab"), "invite");
        assertTrue(badAddress.text().contains(Bundle.text("en", "account.error.email")), badAddress.text());
        assertEquals("Jean Colleague", badAddress.document().getElementById("inviteForm:name").attr("value"), "the name stays typed");
        // An address with an account elsewhere gets the answer an unknown one gets; its owner is told by mail.
        int partnerMails = Mailbox.count("partner@example.org", "Humus Lab Association");
        Page taken = main.submit(profile, "inviteForm", Map.of("name", "Paul", "email", "partner@example.org"), "invite");
        assertTrue(taken.text().contains(Bundle.text("en", "organisation.done.invited", "partner@example.org")), taken.text());
        assertFalse(taken.text().contains(Bundle.text("en", "representative.error.hasAccount")), taken.text());
        String told = Mailbox.text(Mailbox.awaitMessage("partner@example.org", "Humus Lab Association", partnerMails));
        assertTrue(told.contains("Awa Ndiaye") && told.contains("/login.xhtml"), told);
        assertNull(row(taken, "partner@example.org"), "no second account, and partner@ stays where it is");

        Page invited = main.submit(profile, "inviteForm", Map.of("name", "Jean Colleague", "email", "jean@humuslab.example",
                "language", "EN"), "invite");
        assertTrue(invited.text().contains(Bundle.text("en", "organisation.done.invited", "jean@humuslab.example")), invited.text());
        // The page lists both invitations the same way: it does not tell which address had an account.
        assertNull(row(invited, "jean@humuslab.example"), "not among the people before accepting");
        Element jeanInvited = invitationRow(invited, "jean@humuslab.example");
        Element partnerInvited = invitationRow(invited, "partner@example.org");
        assertNotNull(jeanInvited, invited.text());
        assertNotNull(partnerInvited, invited.text());
        assertEquals(jeanInvited.select("td").get(2).text(), partnerInvited.select("td").get(2).text());
        assertEquals(Bundle.text("en", "organisation.invitations.waiting"), jeanInvited.select("td").get(2).text());
        WebSession jean = new WebSession(base, "en");
        Page notYet = jean.submit(jean.get("login.xhtml"), "login", Map.of("email", "jean@humuslab.example", "password", NEW_PASSWORD), "submit");
        assertTrue(notYet.uri().getPath().endsWith("/login.xhtml"), "no access before accepting");

        MimeMessage invitation = Mailbox.awaitMessage("jean@humuslab.example", "invites you to represent Humus Lab Association", 0);
        assertTrue(Mailbox.body(invitation).contains("Awa Ndiaye invited you"), Mailbox.body(invitation));
        Page accept = jean.get(Mailbox.link(invitation));
        jean.submit(accept, "setPassword", Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD), "submit");
        jean = signedIn(base, "jean@humuslab.example", NEW_PASSWORD);
        Page jeansView = jean.get(PROFILE);
        assertTrue(jeansView.document().selectFirst("#organisationTitle").text().contains("Humus Lab Association"));
        assertNull(jeansView.document().getElementById("inviteForm"), "only the main contact invites");
        String timeline = jeansView.document().selectFirst("#timeline").text();
        assertTrue(timeline.contains(Bundle.text("en", "organisation.event.PERSON_INVITED"))
                && timeline.contains(Bundle.text("en", "organisation.event.PERSON_JOINED"))
                && timeline.contains(Bundle.text("en", "organisation.event.JOINED")), timeline);

        Page current = main.get(PROFILE);
        assertNotNull(row(current, "jean@humuslab.example"), "among the people once accepted");
        assertNull(invitationRow(current, "jean@humuslab.example"), "no longer waiting once accepted");
        assertNotNull(invitationRow(current, "partner@example.org"), current.text());
        Page handedOver = main.submit(current, "peopleForm", Map.of(), buttonOf(current, "jean@humuslab.example", "handOver"));
        assertTrue(handedOver.text().contains(Bundle.text("en", "organisation.done.handedOver")), handedOver.text());
        assertEquals("Jean Colleague", handedOver.document().selectFirst("#mainContact").text());
        Mailbox.awaitMessage("jean@humuslab.example", "You are now the main contact of Humus Lab Association", 0);
        // Awa's page still shows the forms she had as main contact: the service refuses them now.
        Page refused = main.submit(current, "inviteForm", Map.of("name", "Zoe", "email", "zoe@humuslab.example"), "invite");
        assertTrue(refused.text().contains(Bundle.text("en", "organisation.error.mainContactOnly")), refused.text());

        Page jeansPage = jean.get(PROFILE);
        Page removed = jean.submit(jeansPage, "peopleForm", Map.of(), buttonOf(jeansPage, "main@humuslab.example", "remove"));
        assertTrue(removed.text().contains(Bundle.text("en", "organisation.done.removed")), removed.text());
        assertNull(row(removed, "main@humuslab.example"));
        assertTrue(removed.document().selectFirst("#timeline").text().contains(Bundle.text("en", "organisation.event.PERSON_REMOVED")));

        Page ended = main.get("dashboard.xhtml");
        assertTrue(ended.uri().toString().contains("login.xhtml?ended=true"), "Awa's open session ends at once: " + ended.uri());
        assertTrue(ended.text().contains(Bundle.text("en", "login.notice.accessChanged")), ended.text());
        Page again = main.submit(main.get("login.xhtml"), "login", Map.of("email", "main@humuslab.example", "password", NEW_PASSWORD), "submit");
        assertTrue(again.text().contains(Bundle.text("en", "login.error.invalid")), again.text());
    }

    @Test
    void representatives_edit_the_profile_and_the_secretariat_decides_changes_of_name_or_type() throws Exception {
        WebSession rep = Joining.newOrganisation(base, "Sahel Soil Network", "CIVIL_SOCIETY", "PARTNER", "rep@sahelsoil.example");
        Page profile = rep.get(PROFILE);
        Page refused = rep.submit(profile, "profileForm", Map.of("website", "not a site", "description", "Soil restoration in the Sahel."),
                "saveProfile");
        assertTrue(refused.text().contains(Bundle.text("en", "application.error.website")), refused.text());
        assertEquals("Soil restoration in the Sahel.", refused.document().getElementById("profileForm:description").wholeText(),
                "what was typed stays");

        Page opened = rep.get(PROFILE);
        WebSession colleagueWindow = signedIn(base, "rep@sahelsoil.example", NEW_PASSWORD);
        Page stale = colleagueWindow.get(PROFILE);
        Page saved = rep.submit(opened, "profileForm", Map.of("acronym", "SSN", "website", "sahelsoil.example",
                "description", "Soil restoration in the Sahel."), "saveProfile");
        assertTrue(saved.text().contains(Bundle.text("en", "organisation.done.profile")), saved.text());
        assertEquals("Soil restoration in the Sahel.", saved.document().getElementById("description").text());
        assertTrue(saved.document().selectFirst("#facts").text().contains("https://sahelsoil.example"));
        Page late = colleagueWindow.submit(stale, "profileForm", Map.of("acronym", "XYZ"), "saveProfile");
        assertTrue(late.text().contains(Bundle.text("en", "error.concurrentChange")), late.text());
        assertTrue(late.document().selectFirst("#organisationTitle").text().contains("(SSN)"), "nothing overwritten silently");

        Page proposed = rep.submit(rep.get(PROFILE), "changeForm", Map.of("name", "Sahel Soil Network International",
                "reason", "New statutes"), "proposeChange");
        assertTrue(proposed.text().contains(Bundle.text("en", "organisation.done.changeProposed")), proposed.text());
        assertTrue(proposed.document().selectFirst("#organisationTitle").text().startsWith("Sahel Soil Network (SSN)"),
                "the name waits for the secretariat");
        assertNotNull(proposed.document().getElementById("pendingChange"));

        WebSession staff = secretariat(base);
        // The change waits on the secretariat, which is told of it on the platform without polling its queue.
        Element waitingChange = staff.get("dashboard.xhtml").document()
                .selectFirst("#waitingList li:contains(Sahel Soil Network)");
        assertNotNull(waitingChange, "the proposed change waits on the secretariat's dashboard");
        assertTrue(waitingChange.selectFirst("a").attr("href").contains("secretariat/change"), waitingChange.html());
        assertNotNull(staff.get("account/notifications.xhtml").document()
                .selectFirst("#workList li[data-kind=CHANGE_PROPOSED]:contains(Sahel Soil Network)"), "and among its notices");
        Page queue = staff.get("secretariat/changes.xhtml");
        Element entry = queue.document().selectFirst("li.hub-change[data-organisation=" + organisationId("Sahel Soil Network") + "]");
        assertNotNull(entry, queue.text());
        Page decision = staff.get(queue.uri().resolve(entry.selectFirst("a[id$=open]").attr("href")).toString());
        Page noReason = staff.submit(decision, "decide", Map.of(), "reject");
        assertTrue(noReason.text().contains(Bundle.text("en", "organisation.error.reasonRequired")), noReason.text());
        Page rejected = staff.submit(decision, "decide", Map.of("note", "Send the new statutes first."), "reject");
        assertTrue(rejected.text().contains(Bundle.text("en", "organisationChange.done.rejected", "Sahel Soil Network")), rejected.text());
        MimeMessage no = Mailbox.awaitMessage("rep@sahelsoil.example", "Change not approved", 0);
        assertTrue(Mailbox.body(no).contains("Send the new statutes first."), Mailbox.body(no));
        Page again = staff.submit(decision, "decide", Map.of("note", "Fine after all"), "approve");
        assertTrue(again.text().contains(Bundle.text("en", "organisation.error.changeDecided"))
                || again.text().contains(Bundle.text("en", "error.concurrentChange")), "a decided change is not decided twice: " + again.text());

        Page retyped = rep.submit(rep.get(PROFILE), "changeForm", Map.of("type", "FARMERS_ORGANISATION", "reason", "We are a cooperative"),
                "proposeChange");
        assertTrue(retyped.text().contains(Bundle.text("en", "organisation.done.changeProposed")), retyped.text());
        Page queueAgain = staff.get("secretariat/changes.xhtml");
        Element second = queueAgain.document().selectFirst("li.hub-change[data-organisation=" + organisationId("Sahel Soil Network") + "]");
        Page approved = staff.submit(staff.get(queueAgain.uri().resolve(second.selectFirst("a[id$=open]").attr("href")).toString()),
                "decide", Map.of(), "approve");
        assertTrue(approved.text().contains(Bundle.text("en", "organisationChange.done.approved", "Sahel Soil Network")), approved.text());
        Mailbox.awaitMessage("rep@sahelsoil.example", "Change approved for Sahel Soil Network", 0);
        assertTrue(rep.get(PROFILE).document().selectFirst("#facts").text().contains(Bundle.text("en", "organisationType.FARMERS_ORGANISATION")));
        Page dashboard = rep.get("dashboard.xhtml");
        assertTrue(dashboard.text().contains("College of farmers"), "the new type moves them to its College: " + dashboard.text());
        assertFalse(dashboard.text().contains("College of civil society"), dashboard.text());
    }

    @Test
    void suspension_reinstatement_and_withdrawal_change_access_at_once() throws Exception {
        WebSession rep = Joining.newOrganisation(base, "Terres Fertiles", "FARMERS_ORGANISATION", "PARTNER", "rep@terresfertiles.example");
        long id = organisationId("Terres Fertiles");
        WebSession other = signedIn(base, "partner@example.org", DEMO_PASSWORD);
        Page notTheirs = other.get(PROFILE + "?id=" + id);
        assertNull(notTheirs.document().getElementById("organisationTitle"), "another organisation's page is not shown by id");
        assertTrue(notTheirs.text().contains(Bundle.text("en", "error.notFound")), notTheirs.text());

        WebSession staff = secretariat(base);
        Page page = staff.get(PROFILE + "?id=" + id);
        Page noReason = staff.submit(page, "suspendForm", Map.of(), "suspend");
        assertTrue(noReason.text().contains(Bundle.text("en", "organisation.error.reasonRequired")), noReason.text());
        Page suspended = staff.submit(page, "suspendForm", Map.of("reason", "Contributions unpaid since 2024"), "suspend");
        assertEquals("SUSPENDED", suspended.document().selectFirst("#organisationStatus").attr("data-status"), suspended.text());

        Page ended = rep.get("dashboard.xhtml");
        assertTrue(ended.uri().toString().contains("login.xhtml?ended=true"), "the open session ends at once: " + ended.uri());
        Page refused = rep.submit(rep.get("login.xhtml"), "login", Map.of("email", "rep@terresfertiles.example", "password", NEW_PASSWORD), "submit");
        assertTrue(refused.text().contains(Bundle.text("en", "login.error.organisationSuspended")), refused.text());
        MimeMessage notice = Mailbox.awaitMessage("rep@terresfertiles.example", "is suspended", 0);
        assertTrue(Mailbox.body(notice).contains("Contributions unpaid since 2024"), Mailbox.body(notice));

        Page reinstated = staff.submit(suspended, "reinstateForm", Map.of("reason", "Paid"), "reinstate");
        assertEquals("ACTIVE", reinstated.document().selectFirst("#organisationStatus").attr("data-status"), reinstated.text());
        Mailbox.awaitMessage("rep@terresfertiles.example", "is restored", 0);
        WebSession back = signedIn(base, "rep@terresfertiles.example", NEW_PASSWORD);

        Page mine = back.get(PROFILE);
        Page unconfirmed = back.submit(mine, "withdrawForm", Map.of("reason", "Merging with another cooperative"), "withdraw");
        assertTrue(unconfirmed.text().contains(Bundle.text("en", "organisation.error.confirmWithdrawal")), unconfirmed.text());
        assertEquals("ACTIVE", unconfirmed.document().selectFirst("#organisationStatus").attr("data-status"));
        back.submit(mine, "withdrawForm", Map.of("reason", "Merging with another cooperative", "confirmed", "true"), "withdraw");
        Page out = back.get("dashboard.xhtml");
        assertTrue(out.uri().toString().contains("login.xhtml"), "a withdrawn organisation's people lose access: " + out.uri());
        Page withdrawnLogin = back.submit(back.get("login.xhtml"), "login",
                Map.of("email", "rep@terresfertiles.example", "password", NEW_PASSWORD), "submit");
        assertTrue(withdrawnLogin.text().contains(Bundle.text("en", "login.error.organisationWithdrawn")), withdrawnLogin.text());

        Page history = staff.get(PROFILE + "?id=" + id);
        assertEquals("WITHDRAWN", history.document().selectFirst("#organisationStatus").attr("data-status"));
        String timeline = history.document().selectFirst("#timeline").text();
        for (String step : new String[] {"WITHDRAWN", "REINSTATED", "SUSPENDED", "JOINED"}) {
            assertTrue(timeline.contains(Bundle.text("en", "organisation.event." + step)), step + " in " + timeline);
        }
        assertTrue(timeline.contains("Contributions unpaid since 2024") && timeline.contains("Merging with another cooperative"), timeline);
        assertTrue(timeline.indexOf(Bundle.text("en", "organisation.event.WITHDRAWN"))
                < timeline.indexOf(Bundle.text("en", "organisation.event.JOINED")), "newest first: " + timeline);
    }

    @Test
    void a_partner_becomes_a_member_through_the_same_review_and_then_sits_in_the_consortium() throws Exception {
        WebSession rep = Joining.newOrganisation(base, "Biochar Commons", "RESEARCH_EDUCATION", "PARTNER", "rep@biochar.example");
        Page profile = rep.get(PROFILE);
        Page incomplete = rep.submit(profile, "upgradeForm", Map.of("myFunction", "Director", "signatoryName", "",
                "signatoryFunction", "President", "signatoryEmail", "president@biochar.example"), "startUpgrade");
        assertTrue(incomplete.text().contains(Bundle.text("en", "error.required")), incomplete.text());

        Map<String, String> people = new HashMap<>(Map.of("myFunction", "Director", "signatoryName", "Ana Lima",
                "signatoryFunction", "President", "signatoryEmail", "president@biochar.example"));
        Page draft = rep.submit(profile, "upgradeForm", people, "startUpgrade");
        assertTrue(draft.uri().getPath().endsWith("/join/application.xhtml"), draft.uri() + " " + draft.text());
        assertEquals(Bundle.text("en", "join.upgrade.title"), draft.document().getElementById("joinTitle").text());
        assertTrue(draft.document().getElementById("join:organisationName").hasAttr("disabled"), "the organisation stays as it is");
        assertNull(draft.document().getElementById("join:upload_DECLARATION_INTENT_input"), "only the governance declaration is asked");

        Page missing = rep.submit(draft, "join", Map.of(), "submit");
        assertTrue(missing.text().contains(Bundle.text("en", "application.error.missing.DECLARATION_GOVERNANCE")), missing.text());
        rep.upload(draft, "join", "upload_DECLARATION_GOVERNANCE", "governance.pdf", "application/pdf", PDF);
        Page submitted = rep.submit(rep.get(draft.uri().toString()), "join", Map.of(), "submit");
        Matcher reference = REFERENCE.matcher(submitted.text());
        assertTrue(reference.find(), submitted.text());
        assertNotNull(rep.get(PROFILE).document().getElementById("openUpgrade"), "the profile says an upgrade is under way");

        WebSession staff = secretariat(base);
        Element upgradeNotice = staff.get("account/notifications.xhtml").document()
                .selectFirst("#workList li[data-kind=UPGRADE_SUBMITTED]:contains(" + reference.group() + ")");
        assertNotNull(upgradeNotice, "the secretariat is told of the upgrade request");
        assertTrue(staff.get("account/notifications.xhtml?notice=" + upgradeNotice.attr("data-id")).uri().toString()
                .endsWith("secretariat/application.xhtml?id=" + Joining.applicationId(reference.group())), "the notice leads to it");
        Page review = staff.get("secretariat/application.xhtml?id=" + Joining.applicationId(reference.group()));
        assertEquals(Bundle.text("en", "applicationPurpose.UPGRADE"), review.document().getElementById("purpose").text());
        Page approved = staff.submit(review, "decisionForm", Map.of("outcome", "APPROVE", "body", "CONSORTIUM",
                "decidedOn", LocalDate.now().toString(), "signatureChecked", "true"), "decide");
        assertEquals("APPROVED", approved.document().selectFirst("#applicationStatus").attr("data-status"), approved.text());
        Mailbox.awaitMessage("rep@biochar.example", "Biochar Commons is now a Member", 0);

        Page ended = rep.get("dashboard.xhtml");
        assertTrue(ended.uri().toString().contains("login.xhtml?ended=true"), "new roles need a new session: " + ended.uri());
        WebSession member = signedIn(base, "rep@biochar.example", NEW_PASSWORD);
        Page dashboard = member.get("dashboard.xhtml");
        assertTrue(dashboard.text().contains("Consortium of Members"), dashboard.text());
        Page memberProfile = member.get(PROFILE);
        assertEquals(Bundle.text("en", "level.MEMBER"), memberProfile.document().getElementById("organisationLevel").text());
        assertTrue(memberProfile.document().selectFirst("#timeline").text().contains(Bundle.text("en", "organisation.event.LEVEL_CHANGED")));
        assertNull(memberProfile.document().getElementById("upgradeForm"), "a Member is not offered the upgrade again");

        Page company = signedIn(base, "partner@example.org", DEMO_PASSWORD).get(PROFILE);
        assertNotNull(company.document().getElementById("organisationTitle"), company.text());
        assertNull(company.document().getElementById("upgradeForm"), "a company cannot become a Member");
    }

    /** The row of the people table that shows this email, if any. */
    @Test
    void invitations_wait_once_can_be_withdrawn_and_are_sent_again_when_lapsed() throws Exception {
        WebSession main = Joining.newOrganisation(base, "Terra Preta Collective", "CIVIL_SOCIETY", "PARTNER", "main@terrapreta.example");
        Page profile = main.get(PROFILE);
        Page invited = main.submit(profile, "inviteForm", Map.of("name", "Lia", "email", "lia@terrapreta.example",
                "language", "EN"), "invite");
        assertNotNull(invitationRow(invited, "lia@terrapreta.example"), invited.text());
        MimeMessage first = Mailbox.awaitMessage("lia@terrapreta.example", "invites you to represent Terra Preta Collective", 0);

        // A second click, or the same address again while the first invitation waits: one invitation, no second mail.
        Page again = main.submit(main.get(PROFILE), "inviteForm", Map.of("name", "Lia", "email", "LIA@terrapreta.example"), "invite");
        assertTrue(again.text().contains(Bundle.text("en", "representative.error.alreadyInvited", "lia@terrapreta.example")), again.text());
        assertEquals("Lia", again.document().getElementById("inviteForm:name").attr("value"), "what was typed stays");
        Page elsewhere = main.submit(main.get(PROFILE), "inviteForm", Map.of("name", "P", "email", "partner@example.org"), "invite");
        Page elsewhereAgain = main.submit(main.get(PROFILE), "inviteForm", Map.of("name", "P", "email", "partner@example.org"), "invite");
        assertTrue(elsewhereAgain.text().contains(Bundle.text("en", "representative.error.alreadyInvited", "partner@example.org")),
                "the same answer for an address with an account: " + elsewhereAgain.text());
        assertTrue(elsewhere.text().contains(Bundle.text("en", "organisation.done.invited", "partner@example.org")), elsewhere.text());
        assertEquals(1, Mailbox.count("lia@terrapreta.example", "Terra Preta Collective"));

        // Withdrawn: the line goes and the link that was mailed no longer opens the password form.
        Page current = main.get(PROFILE);
        Page withdrawn = main.submit(current, "invitationsForm", Map.of(), invitationButton(current, "lia@terrapreta.example"));
        assertTrue(withdrawn.text().contains(Bundle.text("en", "organisation.done.invitationWithdrawn")), withdrawn.text());
        assertNull(invitationRow(withdrawn, "lia@terrapreta.example"), withdrawn.text());
        assertNull(row(withdrawn, "lia@terrapreta.example"), withdrawn.text());
        Page deadLink = new WebSession(base, "en").get(Mailbox.link(first));
        assertNotNull(deadLink.document().getElementById("linkProblem"), "a withdrawn invitation's link is dead: " + deadLink.text());
        assertNull(deadLink.document().getElementById("setPassword"), deadLink.text());
        Page partnerWithdrawn = main.submit(current, "invitationsForm", Map.of(), invitationButton(current, "partner@example.org"));
        assertTrue(partnerWithdrawn.text().contains(Bundle.text("en", "organisation.done.invitationWithdrawn")), partnerWithdrawn.text());
        assertNull(partnerWithdrawn.document().getElementById("invitationsForm"), "no invitation waits: " + partnerWithdrawn.text());

        // Invited again, then the link lapses: the page says so, and inviting again mails a new link that works.
        main.submit(main.get(PROFILE), "inviteForm", Map.of("name", "Lia", "email", "lia@terrapreta.example", "language", "EN"), "invite");
        Mailbox.awaitMessage("lia@terrapreta.example", "invites you to represent Terra Preta Collective", 1);
        try (Connection db = TestEnvironment.connection();
             PreparedStatement lapse = db.prepareStatement("UPDATE colleague_invitation SET expires_at = now() - interval '1 day'"
                     + " WHERE email = 'lia@terrapreta.example'")) {
            assertEquals(1, lapse.executeUpdate());
        }
        Page lapsed = main.get(PROFILE);
        assertEquals(Bundle.text("en", "organisation.invitations.lapsed"),
                invitationRow(lapsed, "lia@terrapreta.example").select("td").get(2).text());
        Page renewed = main.submit(lapsed, "inviteForm", Map.of("name", "Lia", "email", "lia@terrapreta.example", "language", "EN"), "invite");
        assertTrue(renewed.text().contains(Bundle.text("en", "organisation.done.invited", "lia@terrapreta.example")), renewed.text());
        assertEquals(Bundle.text("en", "organisation.invitations.waiting"),
                invitationRow(renewed, "lia@terrapreta.example").select("td").get(2).text());
        MimeMessage fresh = Mailbox.awaitMessage("lia@terrapreta.example", "invites you to represent Terra Preta Collective", 2);
        WebSession lia = new WebSession(base, "en");
        Page accept = lia.get(Mailbox.link(fresh));
        lia.submit(accept, "setPassword", Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD), "submit");
        Page joined = main.get(PROFILE);
        assertNotNull(row(joined, "lia@terrapreta.example"), joined.text());
        assertNull(invitationRow(joined, "lia@terrapreta.example"), joined.text());
    }

    private static Element invitationRow(Page page, String email) {
        return page.document().select("#invitationsForm\\:invitations tr").stream()
                .filter(tr -> tr.select("td").stream().anyMatch(td -> td.text().equals(email))).findFirst().orElse(null);
    }

    private static String invitationButton(Page page, String email) {
        Element row = invitationRow(page, email);
        assertNotNull(row, "no invitation for " + email + " in " + page.text());
        return row.selectFirst("button[id$=:withdrawInvitation]").id().substring("invitationsForm:".length());
    }

    private static Element row(Page page, String email) {
        return page.document().select("#peopleForm\\:people tr").stream()
                .filter(tr -> tr.select("td").stream().anyMatch(td -> td.text().equals(email))).findFirst().orElse(null);
    }

    /** The id, inside the people form, of a button in the row of that person. */
    private static String buttonOf(Page page, String email, String button) {
        Element row = row(page, email);
        assertNotNull(row, "no row for " + email + " in " + page.text());
        Element found = row.selectFirst("button[id$=:" + button + "]");
        assertNotNull(found, "no " + button + " for " + email);
        return found.id().substring("peopleForm:".length());
    }
}
