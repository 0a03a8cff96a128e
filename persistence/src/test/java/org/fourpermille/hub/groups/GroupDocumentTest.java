package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fourpermille.hub.identity.Account;
import org.fourpermille.hub.shared.BusinessException;
import org.fourpermille.hub.shared.FieldProblem;
import org.fourpermille.hub.shared.InvalidInputException;
import org.fourpermille.hub.shared.Role;
import org.fourpermille.hub.shared.StoredFile;
import org.fourpermille.hub.shared.SupportedLocale;
import org.junit.jupiter.api.Test;

class GroupDocumentTest {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
    private static final HubGroup KNOWLEDGE = group("Knowledge");
    private static final Account AUTHOR = new Account("author@example.org", "Ana Author", SupportedLocale.EN, EnumSet.of(Role.PARTNER), NOW);
    private static final Account OTHER = new Account("other@example.org", "Otto Other", SupportedLocale.EN, EnumSet.of(Role.PARTNER), NOW);
    private static final StoredFile V1 = new StoredFile("%PDF-1.4 one".getBytes(StandardCharsets.US_ASCII), "application/pdf", NOW);
    private static final StoredFile V2 = new StoredFile("%PDF-1.4 two".getBytes(StandardCharsets.US_ASCII), "application/pdf", NOW);

    private static HubGroup group(String name) {
        return new HubGroup(name.toUpperCase(), GroupKind.INTERFACE, 1, List.of(name, name, name), List.of("", "", ""), NOW);
    }

    private static GroupDocument document(String title, String tags, DocumentFolder folder) {
        return new GroupDocument(KNOWLEDGE, folder, title, null, tags, AUTHOR, V1, "C:\\Users\\ana\\report.pdf",
                "application/pdf", null, NOW);
    }

    private static Set<String> fields(InvalidInputException e) {
        return Set.copyOf(e.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void a_document_needs_a_title_within_its_length_and_reports_every_problem_at_once() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new GroupDocument(KNOWLEDGE, null, "  ",
                "d".repeat(GroupDocument.DESCRIPTION_LENGTH + 1), "x".repeat(GroupDocument.TAG_LENGTH + 1), AUTHOR, null, null, null,
                "n".repeat(DocumentVersion.NOTE_LENGTH + 1), NOW));
        assertEquals(Set.of("title", "description", "tags", "file", "note"), fields(refused));
        assertEquals("error.required", refused.problems().get(0).messageKey());

        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> document("t".repeat(GroupDocument.TITLE_LENGTH + 1), null, null));
        assertEquals("error.tooLong", tooLong.problems().get(0).messageKey());
    }

    @Test
    void tags_are_kept_once_in_lower_case_and_at_most_ten() {
        GroupDocument document = document("  Soil carbon report ", "Soil Carbon, MRV;  soil   carbon,, ", null);
        assertEquals("Soil carbon report", document.getTitle());
        assertEquals(Set.of("soil carbon", "mrv"), document.getTags());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> document("Report", "a,b,c,d,e,f,g,h,i,j,k", null));
        assertEquals("document.error.tooManyTags", refused.problems().get(0).messageKey());
    }

    @Test
    void a_folder_of_another_group_is_refused_for_a_document_and_for_a_subfolder() {
        DocumentFolder elsewhere = new DocumentFolder(group("Policy"), null, "Minutes", AUTHOR, NOW);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> document("Report", null, elsewhere));
        assertEquals(Set.of("folder"), fields(refused));
        assertThrows(InvalidInputException.class, () -> new DocumentFolder(KNOWLEDGE, elsewhere, "Sub", AUTHOR, NOW));

        DocumentFolder reports = new DocumentFolder(KNOWLEDGE, null, " Reports ", AUTHOR, NOW);
        DocumentFolder year = new DocumentFolder(KNOWLEDGE, reports, "2026", AUTHOR, NOW);
        assertEquals("Reports / 2026", year.label());
        assertSame(KNOWLEDGE, document("Report", null, year).getGroup());
    }

    @Test
    void folders_need_a_name_and_stop_at_a_depth() {
        assertThrows(InvalidInputException.class, () -> new DocumentFolder(KNOWLEDGE, null, " ", AUTHOR, NOW));
        DocumentFolder folder = new DocumentFolder(KNOWLEDGE, null, "A", AUTHOR, NOW);
        for (int depth = 2; depth <= DocumentFolder.MAX_DEPTH; depth++) {
            folder = new DocumentFolder(KNOWLEDGE, folder, "L" + depth, AUTHOR, NOW);
        }
        DocumentFolder deepest = folder;
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new DocumentFolder(KNOWLEDGE, deepest, "Too deep", AUTHOR, NOW));
        assertEquals("document.error.folderTooDeep", refused.problems().get(0).messageKey());
        folder.rename("  Renamed ");
        assertEquals("Renamed", folder.getName());
        assertThrows(InvalidInputException.class, () -> deepest.rename(""));
    }

    @Test
    void a_new_version_is_numbered_next_and_the_earlier_ones_stay() {
        GroupDocument document = document("Report", null, null);
        DocumentVersion first = document.getLatest();
        assertEquals("report.pdf", first.getFileName(), "no folder of the uploader's computer");
        DocumentVersion second = document.addVersion(V2, "report-v2.pdf", "application/pdf", "Figures corrected", OTHER, NOW.plusSeconds(60));

        assertEquals(2, second.getNumber());
        assertEquals(2, document.getCurrentVersion());
        assertEquals(List.of(second, first), document.getVersions());
        assertSame(V1, first.getFile(), "version 1 keeps its own bytes");
        assertEquals(NOW.plusSeconds(60), document.getUpdatedAt());
    }

    @Test
    void comments_need_text_and_only_the_uploader_or_a_moderator_may_remove_the_document() {
        GroupDocument document = document("Report", null, null);
        assertThrows(InvalidInputException.class, () -> document.comment(OTHER, "   ", NOW));
        assertEquals("Useful, thanks", document.comment(OTHER, " Useful, thanks ", NOW).getBody());

        BusinessException notYours = assertThrows(BusinessException.class, () -> document.hide(OTHER, false, NOW));
        assertEquals("document.error.notYours", notYours.messageKey());
        document.hide(OTHER, true, NOW);
        assertTrue(document.isHidden());
        assertThrows(BusinessException.class, () -> document.comment(OTHER, "late", NOW));
        assertThrows(BusinessException.class, () -> document.addVersion(V2, "x.pdf", "application/pdf", null, AUTHOR, NOW));
    }

    @Test
    void formats_are_decided_by_content_and_programs_are_refused_whatever_their_name() {
        byte[] pdf = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        assertEquals("application/pdf", DocumentFormat.classify("application/pdf", "report.pdf", pdf));
        assertEquals("text/csv", DocumentFormat.classify("text/plain", "figures.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/plain", DocumentFormat.classify("text/plain", "notes.txt", "hello".getBytes(StandardCharsets.UTF_8)));

        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        BusinessException program = assertThrows(BusinessException.class,
                () -> DocumentFormat.classify("application/x-msdownload", "report.pdf", exe));
        assertEquals("document.error.program", program.messageKey());
        assertEquals("document.error.program", assertThrows(BusinessException.class,
                () -> DocumentFormat.classify("text/plain", "notes.txt", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))).messageKey());
        assertEquals("document.error.format", assertThrows(BusinessException.class,
                () -> DocumentFormat.classify("text/html", "page.txt", "<html>".getBytes(StandardCharsets.US_ASCII))).messageKey());
        assertEquals("document.error.format", assertThrows(BusinessException.class,
                () -> DocumentFormat.classify("image/svg+xml", "logo.png", "<svg/>".getBytes(StandardCharsets.US_ASCII))).messageKey());

        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                DocumentFormat.classify("application/zip", "minutes.docx", zip("word/document.xml", "[Content_Types].xml")));
        assertEquals("document.error.format", assertThrows(BusinessException.class,
                () -> DocumentFormat.classify("application/zip", "minutes.docx", zip("setup.exe"))).messageKey());

        assertTrue(DocumentFormat.inline("application/pdf"));
        assertTrue(DocumentFormat.inline("image/png"));
        assertFalse(DocumentFormat.inline("text/csv"));
    }

    private static byte[] zip(String... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("x".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
