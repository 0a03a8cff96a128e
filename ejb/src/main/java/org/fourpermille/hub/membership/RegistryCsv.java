package org.fourpermille.hub.membership;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the registry file: UTF-8 with a byte-order mark (so that Excel shows accents right), commas, a
 * header of the columns' English names, one line per organisation in the order given. Importing what it
 * writes changes nothing. A text that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -} or {@code @}) gets an apostrophe in front, which the import takes off again.
 */
final class RegistryCsv {

    private RegistryCsv() {
    }

    static byte[] write(List<Organisation> organisations) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(java.util.Arrays.stream(RegistryColumn.values()).map(RegistryColumn::header).toArray(String[]::new))
                .get();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (Organisation organisation : organisations) {
                printer.printRecord(values(organisation));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }

    private static List<String> values(Organisation o) {
        List<String> values = new ArrayList<>();
        for (RegistryColumn column : RegistryColumn.values()) {
            values.add(switch (column) {
                case NAME -> guarded(o.getName());
                case ACRONYM -> guarded(o.getAcronym());
                case TYPE -> o.getType().name();
                case COUNTRY -> o.getCountry();
                case WEBSITE -> guarded(o.getWebsite());
                case LEVEL -> o.getLevel().name();
                case JOINED_ON -> o.getJoinedOn().toString();
                case LEGAL_STATUS -> o.getLegalStatus().name();
                case STATUS -> o.getStatus().name();
                case REGION -> Region.of(o.getCountry()).map(Enum::name).orElse("");
            });
        }
        return values;
    }

    private static String guarded(String text) {
        return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
