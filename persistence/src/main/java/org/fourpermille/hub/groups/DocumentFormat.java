package org.fourpermille.hub.groups;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.fourpermille.hub.shared.BusinessException;

/**
 * Which files a group's library takes, decided from what the content is (Tika's answer from the bytes),
 * never from the name alone: PDF, raster images, office documents (Microsoft and OpenDocument), plain text
 * and CSV. Programs are refused with their own message. The name only refines a type the content already
 * proves (a CSV is plain text, a .docx is an office package), so the stored media type is accurate for
 * whoever downloads it.
 *
 * <p>Only PDF and raster images are shown inside the browser; everything else is downloaded. SVG is not
 * taken: it may carry scripts that would run with the platform's origin.
 */
public final class DocumentFormat {

    static final String PDF = "application/pdf";
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif");
    private static final Set<String> TEXT = Set.of("text/plain", "text/csv");
    private static final Set<String> OFFICE = Set.of("application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint", "application/rtf", "application/x-tika-msoffice", "application/x-tika-ooxml");
    private static final String OOXML = "application/vnd.openxmlformats-officedocument.";
    private static final String ODF = "application/vnd.oasis.opendocument.";
    /** What the {@code mimetype} entry of an OpenDocument starts with. */
    static final String ODF_PREFIX = ODF;
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("csv", "text/csv"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", OOXML + "wordprocessingml.document"),
            Map.entry("xlsx", OOXML + "spreadsheetml.sheet"),
            Map.entry("pptx", OOXML + "presentationml.presentation"),
            Map.entry("odt", ODF + "text"),
            Map.entry("ods", ODF + "spreadsheet"),
            Map.entry("odp", ODF + "presentation"));
    private static final Set<String> PROGRAM_TYPES = Set.of("application/x-msdownload", "application/x-dosexec",
            "application/x-executable", "application/x-elf", "application/x-sharedlib", "application/x-mach-o-executable",
            "application/x-sh", "application/x-bat", "application/java-archive", "application/x-java-archive",
            "application/java-vm", "application/x-ms-installer", "application/x-msi", "application/vnd.microsoft.portable-executable");

    private DocumentFormat() {
    }

    /**
     * The media type under which the file is kept.
     *
     * @param detected what the content is (Tika, from the bytes)
     * @throws BusinessException {@code document.error.program} for a program, {@code document.error.format}
     *                           for any other kind of file the library does not take
     */
    public static String classify(String detected, String fileName, byte[] content) {
        String type = detected == null ? "" : detected.toLowerCase(Locale.ROOT);
        if (isProgram(type, content)) {
            throw new BusinessException("document.error.program", fileName);
        }
        String byName = BY_EXTENSION.get(extension(fileName));
        if (type.equals(PDF) || IMAGES.contains(type)) {
            return type;
        }
        if (type.equals("text/plain")) {
            return "text/csv".equals(byName) ? byName : type;
        }
        if (TEXT.contains(type) || type.startsWith(OOXML) || type.startsWith(ODF)) {
            return type;
        }
        if (type.equals("application/x-tika-msoffice")) {
            return byName != null && !byName.startsWith(OOXML) && !byName.startsWith(ODF) && !byName.startsWith("text/")
                    ? byName : type;
        }
        if (OFFICE.contains(type)) {
            return type.equals("application/x-tika-ooxml") && byName != null && byName.startsWith(OOXML) ? byName : type;
        }
        if (type.equals("application/zip")) {
            String office = officePackage(fileName, content);
            if (office != null) {
                return byName != null && byName.startsWith(office) ? byName : office.equals(ODF) ? type : "application/x-tika-ooxml";
            }
        }
        throw new BusinessException("document.error.format", fileName);
    }

    /** Whether the browser may show the file itself (PDF, images); anything else is only downloaded. */
    public static boolean inline(String mediaType) {
        return PDF.equals(mediaType) || IMAGES.contains(mediaType);
    }

    public static boolean isImage(String mediaType) {
        return IMAGES.contains(mediaType);
    }

    public static boolean isPdf(String mediaType) {
        return PDF.equals(mediaType);
    }

    /** By what the content says and by the first bytes, which name a program whatever the file is called. */
    static boolean isProgram(String detected, byte[] content) {
        if (PROGRAM_TYPES.contains(detected) || detected.contains("executable") || detected.startsWith("application/x-mach-o")) {
            return true;
        }
        if (content == null || content.length < 2) {
            return false;
        }
        int b0 = content[0] & 0xff;
        int b1 = content[1] & 0xff;
        if (b0 == 'M' && b1 == 'Z' || b0 == '#' && b1 == '!') {
            return true;
        }
        if (content.length >= 4) {
            int magic = (b0 << 24) | (b1 << 16) | ((content[2] & 0xff) << 8) | (content[3] & 0xff);
            return magic == 0x7f454c46 // ELF
                    || magic == 0xfeedface || magic == 0xfeedfacf || magic == 0xcefaedfe || magic == 0xcffaedfe // Mach-O
                    || magic == 0xcafebabe; // Java class or universal binary
        }
        return false;
    }

    /**
     * {@link #OOXML} or {@link #ODF} when the zip is an office package, null for any other archive; refuses
     * an archive out of proportion to its size (see {@link OfficeArchive}) without unpacking it.
     */
    private static String officePackage(String fileName, byte[] content) {
        return switch (OfficeArchive.inspect(content)) {
            case OOXML -> OOXML;
            case ODF -> ODF;
            case OTHER_ARCHIVE -> null;
            case REFUSED -> throw new BusinessException("document.error.archive", fileName);
        };
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
