package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
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
 * A group's document library through the real pages and the file address: sharing, tags, versions,
 * comments, previews and downloads (audited), files refused by their content, and the 404 that outsiders
 * get for a page and for a guessed version id alike, the Consortium's documents included.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    private static final String PASSWORD = "Soil-Carbon-2050";
    private static final byte[] PDF_V1 = pdf("first draft");
    private static final byte[] PDF_V2 = pdf("second draft, figures corrected");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A Windows program, named like a PDF. */
    private static byte[] executable() {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 78, stub.length);
        return bytes;
    }

    @Test
    void a_partner_shares_a_pdf_that_another_member_previews_downloads_and_comments_and_versions_stay_available()
            throws Exception {
        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        String title = "Soil carbon stocks " + System.nanoTime();
        WebSession partner = signedIn("partner@example.org", "en");

        Page document = publish(partner, knowledge, title, "Soil Carbon, MRV", "soil-report.pdf", "application/pdf", PDF_V1);
        long documentId = idOf(document);
        long v1 = versionIds(document).get(0);
        assertTrue(document.text().contains(Bundle.text("en", "document.published", title)), document.text());

        Page tagged = partner.get("groups/documents.xhtml?group=" + knowledge + "&tag=soil%20carbon");
        assertTrue(tagged.document().select("#documentTable .hub-document-title").eachText().contains(title), tagged.text());
        assertTrue(tagged.document().select("#tags .hub-tag").eachText().containsAll(List.of("mrv", "soil carbon")), tagged.text());
        Page front = partner.get("groups/group.xhtml?id=" + knowledge);
        assertTrue(front.document().select("#recentDocuments .hub-recent-document").text().contains(title), front.text());

        WebSession expert = signedIn("expert@example.org", "fr");
        Page seen = expert.get("groups/document.xhtml?id=" + documentId);
        assertEquals(200, seen.status());
        Element preview = seen.document().getElementById("pdfPreview");
        assertTrue(preview != null && preview.attr("src").endsWith("/groups/file?version=" + v1 + "&inline=true"), seen.text());

        HttpResponse<byte[]> inline = expert.bytes("groups/file?version=" + v1 + "&inline=true", Map.of());
        assertEquals(200, inline.statusCode());
        assertArrayEquals(PDF_V1, inline.body());
        assertEquals("application/pdf", inline.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(inline.headers().firstValue("Content-Disposition").orElse("").startsWith("inline;"), inline.headers().toString());
        assertEquals("nosniff", inline.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("SAMEORIGIN", inline.headers().firstValue("X-Frame-Options").orElse(""), "the document page may frame it");
        assertTrue(inline.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
        String pageCsp = seen.header("Content-Security-Policy").orElse("");
        assertTrue(!pageCsp.contains("frame-src") && pageCsp.contains("default-src 'self'"),
                "the page may frame its own origin: " + pageCsp);

        HttpResponse<byte[]> download = expert.bytes("groups/file?version=" + v1, Map.of());
        assertArrayEquals(PDF_V1, download.body());
        assertEquals("attachment; filename=\"soil-report.pdf\"; filename*=UTF-8''soil-report.pdf",
                download.headers().firstValue("Content-Disposition").orElse(""));

        Page commented = expert.submit(seen, "commentForm", Map.of("body", "Très utile pour le rapport MRV."), "comment");
        assertTrue(commented.document().select("#comments .hub-comment").text().contains("Très utile pour le rapport MRV."),
                commented.text());
        assertEquals(1, count("SELECT COUNT(*) FROM notification n JOIN group_activity a ON a.id = n.activity_id"
                + " JOIN account p ON p.id = n.account_id WHERE a.kind = 'DOCUMENT_COMMENT' AND a.path = ?"
                + " AND p.email = 'partner@example.org' AND n.reason = 'REPLY'", "/groups/document.xhtml?id=" + documentId),
                "the uploader is told of the comment");

        Page own = partner.get("groups/document.xhtml?id=" + documentId);
        Page staged = partner.upload(own, "versionForm", "file", "soil-report-v2.pdf", "application/pdf", PDF_V2, "versionForm:staged");
        assertTrue(staged.partialText().contains("soil-report-v2.pdf"), staged.response().body());
        Page versioned = partner.submit(own, "versionForm", Map.of("note", "Figures corrected"), "addVersion");
        List<Long> versions = versionIds(versioned);
        assertEquals(2, versions.size(), versioned.text());
        assertEquals(v1, versions.get(1));
        assertTrue(versioned.text().contains("Figures corrected"), versioned.text());
        assertArrayEquals(PDF_V2, expert.bytes("groups/file?version=" + versions.get(0), Map.of()).body());
        assertArrayEquals(PDF_V1, expert.bytes("groups/file?version=" + v1, Map.of()).body(), "version 1 stays downloadable");

        WebSession admin = signedIn("admin@example.org", "en");
        Page audit = admin.get("admin/audit.xhtml");
        Page found = admin.submit(audit, "auditFilter", Map.of("action_input", "DOCUMENT_DOWNLOADED", "text", "expert@example.org"), "search");
        String rows = found.document().select("[id='auditFilter:auditTable'] tbody").text();
        assertTrue(rows.contains(title) && rows.contains("version 1 (soil-report.pdf)") && rows.contains("version 2"), rows);
    }

    @Test
    void a_facilitator_hides_a_document_and_shows_it_again_from_its_page() throws Exception {
        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        String title = "Compost trials " + System.nanoTime();
        WebSession partner = signedIn("partner@example.org", "en");
        long documentId = idOf(publish(partner, knowledge, title, "compost", "compost.pdf", "application/pdf", PDF_V1));
        String page = "groups/document.xhtml?id=" + documentId;
        long version = versionIds(partner.get(page)).get(0);

        WebSession member = signedIn("member@example.org", "fr");
        Page hidden = member.submit(member.get(page), "hideForm", Map.of(), "hide");
        assertTrue(hidden.text().contains(Bundle.text("fr", "document.hidden")), hidden.text());
        assertTrue(hidden.has("hiddenNotice") && hidden.has("showForm"), "the facilitator stays on the page and may undo: " + hidden.text());
        assertTrue(!hidden.has("commentForm") && !hidden.has("versionForm") && !hidden.has("hideForm"), hidden.text());
        assertEquals(404, partner.get(page).status(), "members no longer see it, its uploader neither");
        assertEquals(404, partner.bytes("groups/file?version=" + version, Map.of()).statusCode());
        assertTrue(!partner.get("groups/documents.xhtml?group=" + knowledge).text().contains(title));

        Page shown = member.submit(member.get(page), "showForm", Map.of(), "show");
        assertTrue(shown.text().contains(Bundle.text("fr", "document.shownAgain")), shown.text());
        assertTrue(!shown.has("hiddenNotice") && shown.has("hideForm"), shown.text());
        assertEquals(200, partner.get(page).status());
        assertArrayEquals(PDF_V1, partner.bytes("groups/file?version=" + version, Map.of()).body());
        assertTrue(partner.get("groups/documents.xhtml?group=" + knowledge).document()
                .select("#documentTable .hub-document-title").eachText().contains(title));

        WebSession admin = signedIn("admin@example.org", "en");
        Page found = admin.submit(admin.get("admin/audit.xhtml"), "auditFilter",
                Map.of("action_input", "DOCUMENT_SHOWN", "text", "member@example.org"), "search");
        String rows = found.document().select("[id='auditFilter:auditTable'] tbody").text();
        assertTrue(rows.contains(title), rows);
    }

    @Test
    void files_are_judged_by_their_content_a_csv_is_only_downloaded_and_a_renamed_program_is_refused() {
        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        WebSession partner = signedIn("partner@example.org", "en");

        Page library = partner.get("groups/documents.xhtml?group=" + knowledge);
        Page program = partner.upload(library, "uploadForm", "file", "report.pdf", "application/pdf", executable(), "uploadForm:staged");
        assertTrue(program.partialText().contains(Bundle.text("en", "document.error.program", "report.pdf")), program.response().body());

        Map<String, String> typed = new HashMap<>(Map.of("title", "Carbon figures", "tags", "data", "description", "Typed with care"));
        Page refused = partner.submit(library, "uploadForm", typed, "publish");
        assertTrue(refused.text().contains(Bundle.text("en", "document.error.fileRequired")), refused.text());
        assertEquals("Carbon figures", refused.document().getElementById("uploadForm:title").val(), "typed text stays");
        assertEquals("Typed with care", refused.document().getElementById("uploadForm:description").wholeText().strip());

        Page csv = publish(partner, knowledge, "Carbon figures " + System.nanoTime(), "data", "figures 2026 é.csv", "text/csv",
                "site,carbon\nA,1.2\nB,3.4\n".getBytes(StandardCharsets.UTF_8));
        long version = versionIds(csv).get(0);
        assertTrue(csv.has("noPreview") && !csv.has("pdfPreview"), csv.text());
        HttpResponse<byte[]> file = partner.bytes("groups/file?version=" + version + "&inline=true", Map.of());
        assertEquals(200, file.statusCode());
        assertEquals("text/csv", file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("attachment; filename=\"figures 2026 _.csv\"; filename*=UTF-8''figures%202026%20%C3%A9.csv",
                file.headers().firstValue("Content-Disposition").orElse(""), "never shown inline, whatever is asked");
    }

    @Test
    void someone_outside_the_group_gets_the_same_404_for_the_page_the_library_and_a_guessed_version_id() {
        long knowledge = groupId("INTERFACE_KNOWLEDGE");
        WebSession partner = signedIn("partner@example.org", "en");
        Page document = publish(partner, knowledge, "Knowledge only " + System.nanoTime(), "", "k.pdf", "application/pdf", pdf("k"));
        long documentId = idOf(document);
        long version = versionIds(document).get(0);

        WebSession funder = signedIn("funder@example.org", "en");
        assertEquals(404, funder.get("groups/document.xhtml?id=" + documentId).status());
        assertEquals(404, funder.get("groups/documents.xhtml?group=" + knowledge).status());
        assertEquals(404, funder.bytes("groups/file?version=" + version, Map.of()).statusCode());
        assertEquals(404, funder.bytes("groups/file?version=" + version + "&inline=true", Map.of()).statusCode());
        assertEquals(404, funder.get("groups/document.xhtml?id=999999999").status(), "as for an id that does not exist");
        assertEquals(404, funder.bytes("groups/file?version=999999999", Map.of()).statusCode());
    }

    @Test
    void a_consortium_document_stays_out_of_reach_of_a_partner_who_is_not_a_member() {
        long consortium = groupId("CONSORTIUM");
        WebSession member = signedIn("member@example.org", "en");
        Page document = publish(member, consortium, "Bureau minutes " + System.nanoTime(), "governance", "minutes.pdf",
                "application/pdf", pdf("minutes"));
        long documentId = idOf(document);
        long version = versionIds(document).get(0);
        assertEquals(200, member.bytes("groups/file?version=" + version, Map.of()).statusCode());

        WebSession partner = signedIn("partner@example.org", "en");
        assertEquals(404, partner.get("groups/document.xhtml?id=" + documentId).status());
        assertEquals(404, partner.get("groups/documents.xhtml?group=" + consortium).status());
        HttpResponse<byte[]> guessed = partner.bytes("groups/file?version=" + version, Map.of());
        assertEquals(404, guessed.statusCode());
        assertTrue(!new String(guessed.body(), StandardCharsets.ISO_8859_1).contains("minutes"), "no byte of the file");
        Page front = partner.get("groups/group.xhtml?id=" + consortium);
        assertTrue(!front.text().contains("Bureau minutes"), front.text());
    }

    // ---- helpers ----

    private WebSession signedIn(String email, String language) {
        WebSession web = new WebSession(base, language);
        Page login = web.get("login.xhtml");
        Page dashboard = web.submit(login, "login", Map.of("email", email, "password", PASSWORD), "submit");
        assertTrue(dashboard.uri().getPath().endsWith("/dashboard.xhtml"), dashboard.text());
        return web;
    }

    /** Uploads a file on the library page and publishes it: the new document's page. */
    private static Page publish(WebSession web, long groupId, String title, String tags, String fileName, String type, byte[] content) {
        Page library = web.get("groups/documents.xhtml?group=" + groupId);
        assertEquals(200, library.status(), library.text());
        Page staged = web.upload(library, "uploadForm", "file", fileName, type, content, "uploadForm:staged");
        assertTrue(staged.has("stagedFile") || staged.partialText().contains(fileName), staged.response().body());
        Page document = web.submit(library, "uploadForm", Map.of("title", title, "tags", tags, "description", "", "note", ""), "publish");
        assertTrue(document.uri().getPath().endsWith("/groups/document.xhtml"), document.uri() + " " + document.text());
        assertEquals(title, document.document().getElementById("documentTitle").text());
        return document;
    }

    private static long idOf(Page document) {
        return Long.parseLong(document.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }

    /** The ids of the versions the page lists, newest first. */
    private static List<Long> versionIds(Page document) {
        return document.document().select("#versionTable tr.hub-version").eachAttr("data-id").stream().map(Long::valueOf).toList();
    }

    private static long groupId(String code) {
        try (Connection db = TestEnvironment.connection();
             PreparedStatement query = db.prepareStatement("SELECT id FROM hub_group WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), code);
                return row.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static long count(String sql, String parameter) throws java.sql.SQLException {
        try (Connection db = TestEnvironment.connection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
