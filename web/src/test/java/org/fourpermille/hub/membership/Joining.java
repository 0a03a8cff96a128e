package org.fourpermille.hub.membership;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.mail.internet.MimeMessage;

import org.fourpermille.hub.shared.Mailbox;
import org.fourpermille.hub.shared.TestEnvironment;
import org.fourpermille.hub.shared.WebSession;
import org.fourpermille.hub.shared.WebSession.Page;

/**
 * Joining the Initiative through the real pages, for the tests that need an application or a fresh
 * organisation of their own (so that they do not depend on what other tests did to the demo data).
 */
public final class Joining {

    public static final String DEMO_PASSWORD = "Soil-Carbon-2050";
    public static final String NEW_PASSWORD = "Roots-and-humus-2031";
    public static final Pattern REFERENCE = Pattern.compile("APP-\\d{4}-\\d{5}");
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private Joining() {
    }

    public static byte[] png() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x2e7d32);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Map<String, String> form(String organisation, String type, String country, String website, String legalStatus,
                                    String level, String applicantEmail) {
        Map<String, String> fields = new HashMap<>();
        fields.put("organisationName", organisation);
        fields.put("acronym", "");
        fields.put("type", type);
        fields.put("country", country);
        fields.put("website", website);
        fields.put("legalStatus", legalStatus);
        fields.put("level", level);
        fields.put("applicantName", "Awa Ndiaye");
        fields.put("applicantFunction", "Programme officer");
        fields.put("applicantEmail", applicantEmail);
        fields.put("signatoryName", "Moussa Diallo");
        fields.put("signatoryFunction", "President");
        fields.put("signatoryEmail", "sign." + applicantEmail);
        return fields;
    }

    /** Starts a draft and returns its page (at the address with the key). */
    public static Page startDraft(WebSession web, Map<String, String> fields) {
        Page blank = web.get("join/application.xhtml");
        Page draft = web.submit(blank, "join", fields, "save");
        assertTrue(draft.uri().getQuery() != null && draft.uri().getQuery().startsWith("key="), draft.uri() + " " + draft.text());
        return draft;
    }

    public static Page uploadAll(WebSession web, Page draft, boolean legalProof) {
        Page uploaded = web.upload(draft, "join", "upload_DECLARATION_INTENT", "declaration.pdf", "application/pdf", PDF);
        assertTrue(uploaded.partialText().contains("declaration.pdf"), uploaded.response().body());
        if (legalProof) {
            web.upload(draft, "join", "upload_LEGAL_PROOF", "statutes.pdf", "application/pdf", PDF);
        }
        web.upload(draft, "join", "upload_LOGO", "logo.png", "image/png", png());
        return web.get(draft.uri().toString());
    }

    /** A complete, submitted application; returns its reference. */
    public static String submitted(WebSession web, Map<String, String> fields) {
        Page draft = startDraft(web, fields);
        Page withDocuments = uploadAll(web, draft, !"STATE_OR_LOCAL_GOVERNMENT".equals(fields.get("type")));
        Page done = web.submit(withDocuments, "join", Map.of(), "submit");
        Matcher reference = REFERENCE.matcher(done.text());
        assertTrue(reference.find(), done.text());
        return reference.group();
    }

    /** A session signed in with that account, in English. */
    public static WebSession signedIn(URL base, String email, String password) {
        WebSession web = new WebSession(base, "en");
        Page login = web.get("login.xhtml");
        Page signedIn = web.submit(login, "login", Map.of("email", email, "password", password), "submit");
        assertTrue(signedIn.uri().getPath().endsWith("/dashboard.xhtml"), email + ": " + signedIn.text());
        web.chooseLanguage("en");
        return web;
    }

    public static WebSession secretariat(URL base) {
        return signedIn(base, "secretariat@example.org", DEMO_PASSWORD);
    }

    public static long applicationId(String reference) throws Exception {
        return number("SELECT id FROM membership_application WHERE reference = ?", reference);
    }

    public static long organisationId(String name) throws Exception {
        return number("SELECT id FROM organisation WHERE name = ?", name);
    }

    private static long number(String sql, String parameter) throws Exception {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "nothing for " + parameter + ": " + sql);
                return row.getLong(1);
            }
        }
    }

    /**
     * A new organisation of its own for a test: applied for, approved by the Bureau, and its applicant
     * (who becomes the main contact) signed in with a password of their choice. Returns that session.
     */
    public static WebSession newOrganisation(URL base, String name, String type, String level, String applicantEmail)
            throws Exception {
        WebSession applicant = new WebSession(base, "en");
        String reference = submitted(applicant, form(name, type, "FR", "", "NON_PROFIT", level, applicantEmail));
        WebSession staff = secretariat(base);
        Page review = staff.get("secretariat/application.xhtml?id=" + applicationId(reference));
        Page approved = staff.submit(review, "decisionForm", Map.of("outcome", "APPROVE", "body", "BUREAU",
                "decidedOn", LocalDate.now().toString(), "signatureChecked", "true"), "decide");
        assertTrue(approved.document().selectFirst("#applicationStatus").attr("data-status").equals("APPROVED"), approved.text());
        MimeMessage welcome = Mailbox.awaitMessage(applicantEmail, "Welcome to the 4 per 1000", 0);
        Page setPassword = applicant.get(Mailbox.link(welcome));
        applicant.submit(setPassword, "setPassword", Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD), "submit");
        return signedIn(base, applicantEmail, NEW_PASSWORD);
    }
}
