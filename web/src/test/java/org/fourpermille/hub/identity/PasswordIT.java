package org.fourpermille.hub.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forgotten passwords, links that expire or were tampered with, changing one's password, and invitations:
 * real mail through SMTP, real pages, real database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordIT {

    private static final String DEMO_PASSWORD = "Soil-Carbon-2050";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @BeforeAll
    static void accountsOfTheirOwn() throws Exception {
        // Other test classes sign in with the demo accounts: this class changes passwords of its own people.
        TestEnvironment.createAccount("rosa.reset@example.org", "Rosa Reset", "es", "PARTNER");
        TestEnvironment.createAccount("eric.expiry@example.org", "Éric Expiry", "fr", "PARTNER");
        TestEnvironment.createAccount("chris.change@example.org", "Chris Change", "en", "PARTNER");
    }

    private Page requestReset(WebSession web, String email) {
        Page forgot = web.get("password/forgot.xhtml");
        return web.submit(forgot, "forgot", Map.of("email", email), "submit");
    }

    private Page setPassword(WebSession web, Page form, String password, String confirm) {
        return web.submit(form, "setPassword", Map.of("password", password, "confirm", confirm), "submit");
    }

    @Test
    void a_forgotten_password_is_reset_through_a_single_use_emailed_link_in_the_persons_language() {
        String email = "rosa.reset@example.org"; // prefers Spanish
        WebSession web = new WebSession(base, "en");
        int before = Mailbox.count(email, "contraseña");
        Page sent = requestReset(web, email);
        assertTrue(sent.text().contains("If an account exists"), sent.text());

        MimeMessage mail = Mailbox.awaitMessage(email, "contraseña", before);
        assertTrue(Mailbox.body(mail).contains("Hola Rosa Reset"), Mailbox.body(mail));
        String link = Mailbox.link(mail);

        Page form = web.get(link);
        assertTrue(form.has("setPassword"), form.text());
        Page tooShort = setPassword(web, form, "Short-pass1", "Short-pass1");
        assertTrue(tooShort.text().contains("between 12 and 128 characters"), tooShort.text());

        Page mismatch = setPassword(web, tooShort, "Humus-and-roots-2030", "Humus-and-roots-2031");
        assertTrue(mismatch.has("setPassword"), "the form stays after a mismatch");

        Page done = setPassword(web, mismatch, "Humus-and-roots-2030", "Humus-and-roots-2030");
        assertTrue(done.uri().getPath().endsWith("/login.xhtml"), done.uri().toString());

        Page signedIn = web.submit(done, "login", Map.of("email", email, "password", "Humus-and-roots-2030"), "submit");
        assertTrue(signedIn.uri().getPath().endsWith("/dashboard.xhtml"), signedIn.text());

        Page reused = new WebSession(base, "en").get(link);
        assertFalse(reused.has("setPassword"), "a used link shows no form");
        assertTrue(reused.text().contains("already been used"), reused.text());
    }

    @Test
    void an_unknown_email_gets_the_same_answer_and_no_mail() {
        WebSession web = new WebSession(base, "en");
        Page sent = requestReset(web, "stranger@example.org");
        assertTrue(sent.text().contains("If an account exists"), sent.text());
        assertEquals(0, Mailbox.count("stranger@example.org", ""));
    }

    @Test
    void a_tampered_link_and_an_expired_link_are_explained_and_change_nothing() throws Exception {
        WebSession web = new WebSession(base, "en");
        Page tampered = web.get("password/set.xhtml?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertTrue(tampered.text().contains("This link is not valid"), tampered.text());
        assertFalse(tampered.has("setPassword"));
        Page garbage = web.get("password/set.xhtml?token=%3Cscript%3E");
        assertTrue(garbage.text().contains("This link is not valid"), garbage.text());
        assertFalse(garbage.document().html().contains("<script>"), "the token is never echoed unescaped");

        String email = "eric.expiry@example.org";
        int before = Mailbox.count(email, "mot de passe");
        requestReset(web, email);
        String link = Mailbox.link(Mailbox.awaitMessage(email, "mot de passe", before));
        try (Connection db = TestEnvironment.connection();
             PreparedStatement age = db.prepareStatement(
                     "UPDATE account_token SET expires_at = now() - interval '1 minute' "
                             + "WHERE account_id = (SELECT id FROM account WHERE email = ?) AND used_at IS NULL")) {
            age.setString(1, email);
            assertEquals(1, age.executeUpdate());
        }
        Page expired = new WebSession(base, "fr").get(link);
        assertTrue(expired.text().contains("Ce lien a expiré"), expired.text());
        assertFalse(expired.has("setPassword"));
        // The old password still works: nothing changed.
        Page login = web.get("login.xhtml");
        Page signedIn = web.submit(login, "login", Map.of("email", email, "password", DEMO_PASSWORD), "submit");
        assertTrue(signedIn.uri().getPath().endsWith("/dashboard.xhtml"));
    }

    @Test
    void changing_ones_password_needs_the_current_one_and_sends_a_notice() {
        String email = "chris.change@example.org";
        WebSession web = new WebSession(base, "en");
        Page login = web.get("login.xhtml");
        web.submit(login, "login", Map.of("email", email, "password", DEMO_PASSWORD), "submit");
        Page settings = web.get("account/settings.xhtml");

        Page wrongCurrent = web.submit(settings, "password",
                Map.of("current", "not-my-password", "newPassword", "Cover-crops-forever-1", "confirm", "Cover-crops-forever-1"),
                "change");
        assertTrue(wrongCurrent.text().contains("The current password is not right"), wrongCurrent.text());

        Page tooShort = web.submit(wrongCurrent, "password",
                Map.of("current", DEMO_PASSWORD, "newPassword", "elevenchars", "confirm", "elevenchars"), "change");
        assertTrue(tooShort.text().contains("between 12 and 128 characters"), tooShort.text());

        int before = Mailbox.count(email, "password was changed");
        Page changed = web.submit(tooShort, "password",
                Map.of("current", DEMO_PASSWORD, "newPassword", "Cover-crops-forever-1", "confirm", "Cover-crops-forever-1"),
                "change");
        assertFalse(changed.text().contains("not right"), changed.text());
        Mailbox.awaitMessage(email, "password was changed", before);

        WebSession later = new WebSession(base, "en");
        Page old = later.submit(later.get("login.xhtml"), "login", Map.of("email", email, "password", DEMO_PASSWORD), "submit");
        assertTrue(old.text().contains("not right"), "the old password no longer works");
        Page fresh = later.submit(old, "login", Map.of("email", email, "password", "Cover-crops-forever-1"), "submit");
        assertTrue(fresh.uri().getPath().endsWith("/dashboard.xhtml"));
    }

    @Test
    void an_administrator_invites_a_person_who_activates_the_account_and_role_changes_are_audited() throws Exception {
        String email = "ines.invite@example.org";
        WebSession admin = new WebSession(base, "en");
        admin.submit(admin.get("login.xhtml"), "login", Map.of("email", "admin@example.org", "password", DEMO_PASSWORD), "submit");
        admin.chooseLanguage("en"); // the language this test reads in, whatever another class left
        Map<String, String> invitation = Map.of("email", email, "name", "Inès Invite", "roles", "PARTNER",
                "language_input", "fr");
        admin.submit(admin.get("admin/accounts.xhtml"), "invite", invitation, "send");

        MimeMessage mail = Mailbox.awaitMessage(email, "invité", 0);
        assertTrue(Mailbox.body(mail).contains("Ada Administrator"), "the invitation says who invited: " + Mailbox.body(mail));
        WebSession invitee = new WebSession(base, "fr");
        Page form = invitee.get(Mailbox.link(mail));
        assertTrue(form.text().contains(email), form.text());
        Page done = setPassword(invitee, form, "Agroforestry-2031", "Agroforestry-2031");
        Page dashboard = invitee.submit(done, "login", Map.of("email", email, "password", "Agroforestry-2031"), "submit");
        assertTrue(dashboard.text().contains("Inès Invite"), dashboard.text());

        Page twice = admin.submit(admin.get("admin/accounts.xhtml"), "invite", invitation, "send");
        assertTrue(twice.text().contains("An account with this email already exists"), twice.text());
        assertEquals("Inès Invite", twice.document().getElementById("invite:name").attr("value"), "what was typed stays");

        long id;
        try (Connection db = TestEnvironment.connection();
             PreparedStatement find = db.prepareStatement("SELECT id FROM account WHERE email = ?")) {
            find.setString(1, email);
            try (var rows = find.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        Page edit = admin.get("admin/account.xhtml?id=" + id);
        admin.submit(edit, "account", Map.of("roles", "MEMBER"), "save");
        try (Connection db = TestEnvironment.connection();
             PreparedStatement audit = db.prepareStatement(
                     "SELECT actor, detail FROM audit_event WHERE action = 'ROLES_CHANGED' AND subject = ?")) {
            audit.setString(1, email);
            try (var rows = audit.executeQuery()) {
                assertTrue(rows.next(), "the role change is audited");
                assertEquals("admin@example.org", rows.getString(1));
                assertEquals("[PARTNER] -> [MEMBER]", rows.getString(2));
            }
        }
        Page audited = admin.get("admin/audit.xhtml");
        assertTrue(audited.text().contains(email), "the administrator sees it in the audit log");
    }
}
