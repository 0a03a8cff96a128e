package org.fourpermille.hub.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.fourpermille.hub.shared.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * Zip bombs and lying archives are refused from their table of contents, before anything is inflated, with
 * the message that says why; honest office packages still pass.
 */
class OfficeArchiveTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final byte[] XML = "<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8);

    private static String refusal(String name, byte[] content) {
        return assertThrows(BusinessException.class, () -> DocumentFormat.classify("application/zip", name, content))
                .messageKey();
    }

    @Test
    void honest_office_packages_pass_as_before() {
        byte[] docx = new Zips().deflated("word/document.xml", "<w:document/>".repeat(200).getBytes(StandardCharsets.UTF_8))
                .deflated("[Content_Types].xml", XML).bytes();
        assertEquals(DOCX, DocumentFormat.classify("application/zip", "minutes.docx", docx));

        byte[] odt = new Zips().stored("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII))
                .deflated("content.xml", XML).bytes();
        assertEquals("application/vnd.oasis.opendocument.text", DocumentFormat.classify("application/zip", "minutes.odt", odt));

        byte[] plainZip = new Zips().deflated("notes.txt", XML).bytes();
        assertEquals("document.error.format", refusal("notes.zip", plainZip));
    }

    @Test
    void four_gib_of_deflated_zeros_are_refused_without_being_inflated() {
        byte[] bomb = new Zips().bomb("word/document.xml").deflated("[Content_Types].xml", XML).bytes();
        assertTrue(bomb.length < 5_000_000, "the bomb is a small file: " + bomb.length);

        long before = cpu();
        assertEquals("document.error.archive", refusal("bomb.docx", bomb));
        long spent = cpu() - before;
        // Not a speed target: inflating the entry would take seconds, reading the directory takes microseconds.
        assertTrue(spent < 1_000_000_000L, "the check inflated the bomb: " + spent / 1_000_000 + " ms of CPU");
    }

    @Test
    void a_directory_that_understates_the_bomb_only_ever_lets_a_few_bytes_be_inflated() {
        // The directory declares 1,000 bytes for 4 MB of data: within every ratio, so the entry passes the
        // table of contents, but the check needs only its name and inflates none of it.
        byte[] lying = new Zips().lyingBomb("word/document.xml", 1_000).deflated("[Content_Types].xml", XML).bytes();
        long before = cpu();
        assertEquals(DOCX, DocumentFormat.classify("application/zip", "lying.docx", lying));
        assertTrue(cpu() - before < 1_000_000_000L, "the check inflated the understated entry");

        // The same bomb as the mimetype of an OpenDocument: only its first bytes are inflated (zeros: no ODF).
        byte[] odfBomb = new Zips().lyingBomb("mimetype", 39).deflated("content.xml", XML).bytes();
        before = cpu();
        assertEquals("document.error.format", refusal("lying.odt", odfBomb));
        assertTrue(cpu() - before < 1_000_000_000L, "the check inflated the mimetype bomb");
    }

    @Test
    void too_many_entries_are_refused() {
        Zips many = new Zips().deflated("[Content_Types].xml", XML);
        for (int i = 0; i < OfficeArchive.MAX_ENTRIES; i++) {
            many.stored("customXml/item" + i + ".xml", new byte[0]);
        }
        assertEquals("document.error.archive", refusal("many.docx", many.bytes()));
    }

    @Test
    void a_local_header_that_disagrees_with_the_directory_is_refused() {
        // A stream reader (ZipInputStream, what the check used) sees "[Content_Types].xml"; an office suite,
        // reading the directory, sees another file: the archive is not what was checked.
        byte[] data = "MZ not a part".getBytes(StandardCharsets.US_ASCII);
        byte[] disguised = new Zips().raw("[Content_Types].xml", "word/vbaProject.bin", 0, data, 0, data.length, data.length)
                .bytes();
        assertEquals("[Content_Types].xml", firstLocalName(disguised), "the trick works on a stream reader");
        assertEquals("document.error.archive", refusal("disguised.docx", disguised));

        byte[] sizes = new Zips().raw("[Content_Types].xml", "[Content_Types].xml", 0, XML, 0, XML.length, XML.length + 1L)
                .bytes();
        assertEquals("document.error.archive", refusal("sizes.docx", sizes));
    }

    @Test
    void entries_sharing_their_bytes_and_broken_directories_are_refused() {
        byte[] honest = new Zips().stored("[Content_Types].xml", XML).stored("word/document.xml", XML).bytes();
        // Two directory entries of one name, the second pointed at the first one's bytes (offset 0).
        byte[] overlapping = new Zips().stored("[Content_Types].xml", XML).stored("[Content_Types].xml", XML).bytes();
        int second = lastIndexOf(overlapping, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII)) - 46;
        overlapping[second + 42] = 0;
        overlapping[second + 43] = 0;
        assertEquals("document.error.archive", refusal("overlap.docx", overlapping));

        byte[] truncated = java.util.Arrays.copyOf(honest, honest.length - 30);
        assertEquals("document.error.archive", refusal("truncated.docx", truncated));
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static String firstLocalName(byte[] zip) {
        try (ZipInputStream stream = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry = stream.getNextEntry();
            return entry == null ? null : entry.getName();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
