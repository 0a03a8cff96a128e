package org.fourpermille.hub.matching.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.fourpermille.hub.matching.SupportLetterFacts;
import org.fourpermille.hub.shared.Texts;

/**
 * Writes the STC's letter of support as a one-page A4 PDF, every sentence from the {@code letter.*} keys of
 * the bundles in the owner's language. Helvetica with WinAnsiEncoding covers the accents of French and
 * Spanish; a character beyond it (a title in another script) is written as "?" rather than failing.
 */
final class SupportLetterPdf {

    private static final float MARGIN = 64;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 16;

    private SupportLetterPdf() {
    }

    static byte[] write(SupportLetterFacts facts) {
        Locale locale = facts.language().locale();
        PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        String date = facts.assessedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(Texts.text(locale, "letter.title") + " — " + facts.projectTitle());
            information.setCreator(Texts.text(locale, "letter.issuer"));
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.beginText();
                out.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
                line(out, bold, 12, Texts.text(locale, "letter.issuer"));
                line(out, regular, BODY_SIZE, Texts.text(locale, "letter.place", date));
                out.newLineAtOffset(0, -LEADING);
                line(out, bold, 16, Texts.text(locale, "letter.title"));
                out.newLineAtOffset(0, -LEADING / 2);
                paragraph(out, regular, width, Texts.text(locale, "letter.salutation"));
                paragraph(out, regular, width, Texts.text(locale, "letter.body", facts.projectTitle(), facts.organisation(),
                        facts.call(), Texts.text(locale, "assessment.modality." + facts.modality()), facts.rubricVersion()));
                paragraph(out, bold, width, Texts.text(locale, "letter.outcome",
                        Texts.text(locale, "assessment.outcome." + facts.outcome().name())));
                paragraph(out, regular, width, Texts.text(locale, "letter.support", facts.projectTitle()));
                paragraph(out, regular, width, Texts.text(locale, "letter.closing"));
                line(out, bold, BODY_SIZE, Texts.text(locale, "letter.signature"));
                line(out, regular, 9, Texts.text(locale, "letter.reference", facts.requestId()));
                out.endText();
            }
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream out, PDFont font, float size, String text) throws IOException {
        out.setFont(font, size);
        out.showText(encodable(font, text));
        out.newLineAtOffset(0, -(size + 5));
    }

    private static void paragraph(PDPageContentStream out, PDFont font, float width, String text) throws IOException {
        out.setFont(font, BODY_SIZE);
        for (String line : wrap(font, encodable(font, text), width)) {
            out.showText(line);
            out.newLineAtOffset(0, -LEADING);
        }
        out.newLineAtOffset(0, -LEADING / 2);
    }

    private static List<String> wrap(PDFont font, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * BODY_SIZE > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** The text with every character the font cannot encode (or a line break) replaced. */
    private static String encodable(PDFont font, String text) {
        StringBuilder clean = new StringBuilder();
        text.codePoints().forEach(c -> {
            String character = Character.isWhitespace(c) ? " " : new String(Character.toChars(c));
            try {
                font.encode(character);
                clean.append(character);
            } catch (IOException | IllegalArgumentException notInFont) {
                clean.append('?');
            }
        });
        return clean.toString();
    }
}
