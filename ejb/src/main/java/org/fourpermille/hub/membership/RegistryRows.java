package org.fourpermille.hub.membership;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fourpermille.hub.membership.RegistryProblem.Kind;
import org.fourpermille.hub.shared.FieldProblem;

/**
 * Reads a registry file the way spreadsheets write it and checks every line on its own, without the
 * database: UTF-8 with or without a byte-order mark, or Windows-1252 when the bytes are not UTF-8; comma,
 * semicolon (Excel in French or Spanish) or tab between values, taken from the header line; quoted values
 * that hold line breaks; blank lines skipped. Each problem names the physical line where its record
 * starts (the header is line 1) and the column as the header names it.
 *
 * <p>What the file means for the registry in the database is {@link RegistryPlan}'s business.
 *
 * <p>Usage: {@code RegistryRows rows = RegistryRows.parse(bytes, labels, today); rows.problems(); rows.rows();}
 */
public final class RegistryRows {

    /** A line that passed every check: values cleaned and resolved; null for a blank optional value. */
    public record Row(int line, String name, String acronym, OrganisationType type, String country, String website,
                      MembershipLevel level, LocalDate joinedOn, LegalStatus legalStatus, OrganisationStatus status) {

        String nameKey() {
            return ApplicationForm.nameKey(name);
        }

        String websiteKey() {
            return ApplicationForm.websiteKey(website);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> COUNTRY_NAMES = countryNames();
    /** A value that starts like this is a formula to a spreadsheet; the export puts an apostrophe before it. */
    private static final String FORMULA_START = "=+-@\t\r";

    private final List<Row> rows = new ArrayList<>();
    private final List<RegistryProblem> problems = new ArrayList<>();
    private final Set<RegistryColumn> columns = EnumSet.noneOf(RegistryColumn.class);
    private final Map<RegistryColumn, String> headerCells = new EnumMap<>(RegistryColumn.class);
    private final RegistryLabels labels;
    private final LocalDate today;
    private int records;
    private int headerWidth;

    private RegistryRows(RegistryLabels labels, LocalDate today) {
        this.labels = labels;
        this.today = today;
    }

    /**
     * Reads and checks {@code csv}. {@code labels} are the words accepted for coded values besides the
     * constants' names; a joining date after {@code today} is refused.
     */
    public static RegistryRows parse(byte[] csv, RegistryLabels labels, LocalDate today) {
        RegistryRows result = new RegistryRows(labels, today);
        result.read(decode(csv));
        return result;
    }

    /** The lines that passed every check, in file order. */
    public List<Row> rows() {
        return rows;
    }

    /** Every problem found, in file order. */
    public List<RegistryProblem> problems() {
        return problems;
    }

    /** The number of lines that describe an organisation (the header and blank lines not counted). */
    public int records() {
        return records;
    }

    /** The columns the header names: a value in a column the file does not have is left as it is. */
    public Set<RegistryColumn> columns() {
        return columns;
    }

    // ---- reading ----

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            // What Excel writes on Windows for "CSV (separated by semicolons)" in Western European languages.
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** The delimiter of the header line: the one of comma, semicolon and tab it has most of, outside quotes. */
    static char delimiter(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    private void read(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int first = nonBlankFrom(lines, 1);
        if (first > lines.length) {
            problems.add(RegistryProblem.of(1, null, Kind.EMPTY_FILE));
            return;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(lines[first - 1]))
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        Map<Integer, RegistryColumn> byIndex = null;
        int header = 0;
        Map<String, Integer> nameKeys = new HashMap<>();
        Map<String, Integer> websiteKeys = new HashMap<>();
        long lastLine = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                int line = nonBlankFrom(lines, (int) lastLine + 1);
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException unreadable) {
                    problems.add(RegistryProblem.of(line, null, Kind.MALFORMED));
                    break;
                }
                lastLine = parser.getCurrentLineNumber();
                String[] values = record.values();
                if (byIndex == null) {
                    header = line;
                    byIndex = header(values, line);
                } else if (!isBlank(values)) {
                    records++;
                    row(values, line, byIndex, nameKeys, websiteKeys);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        if (byIndex != null && records == 0 && problems.isEmpty()) {
            problems.add(RegistryProblem.of(header, null, Kind.EMPTY_FILE));
        }
    }

    private static int nonBlankFrom(String[] lines, int line) {
        int current = line;
        while (current <= lines.length && lines[current - 1].isBlank()) {
            current++;
        }
        return current;
    }

    private static boolean isBlank(String[] values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Map<Integer, RegistryColumn> header(String[] cells, int line) {
        Map<Integer, RegistryColumn> byIndex = new HashMap<>();
        headerWidth = cells.length;
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i].replace("\uFEFF", "").strip();
            if (cell.isEmpty()) {
                continue; // spreadsheets often end the header with empty cells
            }
            RegistryColumn column = RegistryColumn.named(cell).orElse(null);
            if (column == null) {
                problems.add(RegistryProblem.of(line, cell, Kind.UNKNOWN_COLUMN, cell));
            } else if (columns.contains(column)) {
                problems.add(RegistryProblem.of(line, cell, Kind.DUPLICATE_COLUMN, cell));
            } else {
                columns.add(column);
                headerCells.put(column, cell);
                byIndex.put(i, column);
            }
        }
        for (RegistryColumn column : RegistryColumn.values()) {
            if (column.isRequired() && !columns.contains(column)) {
                problems.add(RegistryProblem.of(line, column.header(), Kind.MISSING_COLUMN, column.header()));
            }
        }
        return byIndex;
    }

    // ---- checking one line ----

    private void row(String[] values, int line, Map<Integer, RegistryColumn> byIndex,
                     Map<String, Integer> nameKeys, Map<String, Integer> websiteKeys) {
        Map<RegistryColumn, String> cells = new EnumMap<>(RegistryColumn.class);
        boolean extra = false;
        for (int i = 0; i < values.length; i++) {
            RegistryColumn column = byIndex.get(i);
            String value = clean(values[i]);
            if (column != null && value != null) {
                cells.put(column, value);
            } else if (value != null && i >= headerWidth) {
                extra = true;
            }
        }
        int before = problems.size();
        if (extra) {
            problems.add(RegistryProblem.of(line, null, Kind.EXTRA_VALUES));
        }
        String name = text(cells, RegistryColumn.NAME, Organisation.NAME_LENGTH, line);
        String acronym = text(cells, RegistryColumn.ACRONYM, Organisation.ACRONYM_LENGTH, line);
        OrganisationType type = coded(cells, RegistryColumn.TYPE, OrganisationType.class, Kind.UNKNOWN_TYPE, line);
        String country = country(cells, line);
        String website = website(cells, line);
        MembershipLevel level = coded(cells, RegistryColumn.LEVEL, MembershipLevel.class, Kind.UNKNOWN_LEVEL, line);
        LocalDate joinedOn = date(cells, line);
        LegalStatus legalStatus = coded(cells, RegistryColumn.LEGAL_STATUS, LegalStatus.class, Kind.UNKNOWN_LEGAL_STATUS, line);
        OrganisationStatus status = coded(cells, RegistryColumn.STATUS, OrganisationStatus.class, Kind.UNKNOWN_STATUS, line);
        Row row = new Row(line, name, acronym, type, country, website, level, joinedOn, legalStatus, status);
        if (country != null && name != null) {
            Integer first = nameKeys.putIfAbsent(country + " " + row.nameKey(), line);
            if (first != null) {
                problems.add(RegistryProblem.of(line, headerCell(RegistryColumn.NAME), Kind.DUPLICATE_ROW, first));
            } else if (row.websiteKey() != null) {
                first = websiteKeys.putIfAbsent(country + " " + row.websiteKey(), line);
                if (first != null) {
                    problems.add(RegistryProblem.of(line, headerCell(RegistryColumn.WEBSITE), Kind.DUPLICATE_ROW, first));
                }
            }
        }
        boolean complete = name != null && type != null && country != null && joinedOn != null; // a column may be missing
        if (problems.size() == before && complete) {
            rows.add(row);
        }
    }

    /** Trimmed, line breaks inside a value made spaces, the export's formula guard taken off; null if blank. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("\\s*\\R\\s*", " ").strip();
        if (clean.length() > 1 && clean.charAt(0) == '\'' && FORMULA_START.indexOf(clean.charAt(1)) >= 0) {
            clean = clean.substring(1);
        }
        return clean.isEmpty() ? null : clean;
    }

    /** The column as the file's header names it, or its English name if the file lacks it. */
    public String headerCell(RegistryColumn column) {
        return headerCells.getOrDefault(column, column.header());
    }

    private void problem(int line, RegistryColumn column, Kind kind, Object... arguments) {
        problems.add(RegistryProblem.of(line, headerCell(column), kind, arguments));
    }

    /** The value of a column, or null (and a problem if the column is required and the file has it). */
    private String value(Map<RegistryColumn, String> cells, RegistryColumn column, int line) {
        String value = cells.get(column);
        if (value == null && column.isRequired() && columns.contains(column)) {
            problem(line, column, Kind.REQUIRED);
        }
        return value;
    }

    private String text(Map<RegistryColumn, String> cells, RegistryColumn column, int maxLength, int line) {
        String value = value(cells, column, line);
        if (value != null && value.length() > maxLength) {
            problem(line, column, Kind.TOO_LONG, maxLength);
            return null;
        }
        return value;
    }

    private <E extends Enum<E>> E coded(Map<RegistryColumn, String> cells, RegistryColumn column, Class<E> type,
                                        Kind unknown, int line) {
        String value = value(cells, column, line);
        if (value == null) {
            return null;
        }
        E constant = labels.resolve(column, type, value).orElse(null);
        if (constant == null) {
            problem(line, column, unknown, value);
        }
        return constant;
    }

    private String country(Map<RegistryColumn, String> cells, int line) {
        String value = value(cells, RegistryColumn.COUNTRY, line);
        if (value == null) {
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (COUNTRY_CODES.contains(code)) {
            return code;
        }
        String named = COUNTRY_NAMES.get(ApplicationForm.nameKey(value));
        if (named == null) {
            problem(line, RegistryColumn.COUNTRY, Kind.UNKNOWN_COUNTRY, value);
        }
        return named;
    }

    /** Country names in the three languages, compared like names; a name two countries share is dropped. */
    private static Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        for (String code : Locale.getISOCountries()) {
            Locale place = new Locale.Builder().setRegion(code).build();
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))) {
                String key = ApplicationForm.nameKey(place.getDisplayCountry(language));
                String before = names.putIfAbsent(key, code);
                if (before != null && !before.equals(code)) {
                    shared.add(key);
                }
            }
        }
        shared.forEach(names::remove);
        return Map.copyOf(names);
    }

    private String website(Map<RegistryColumn, String> cells, int line) {
        String value = value(cells, RegistryColumn.WEBSITE, line);
        if (value == null) {
            return null;
        }
        if (value.length() > Organisation.WEBSITE_LENGTH) {
            problem(line, RegistryColumn.WEBSITE, Kind.TOO_LONG, Organisation.WEBSITE_LENGTH);
            return null;
        }
        List<FieldProblem> refused = new ArrayList<>();
        String website = ApplicationForm.website(value, refused);
        if (!refused.isEmpty()) {
            problem(line, RegistryColumn.WEBSITE, Kind.BAD_WEBSITE, value);
        }
        return website;
    }

    private LocalDate date(Map<RegistryColumn, String> cells, int line) {
        String value = value(cells, RegistryColumn.JOINED_ON, line);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value, value.contains("/") ? DAY_FIRST : ISO_DATE);
        } catch (DateTimeParseException e) {
            problem(line, RegistryColumn.JOINED_ON, Kind.BAD_DATE, value);
            return null;
        }
        if (date.isAfter(today)) {
            problem(line, RegistryColumn.JOINED_ON, Kind.FUTURE_DATE, value);
            return null;
        }
        return date;
    }
}
