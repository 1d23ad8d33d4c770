package org.parcours.organization.control;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parcours.organization.entity.ContractType;
import org.parcours.organization.entity.StaffCategory;

/**
 * Reads a staff CSV file (comma or semicolon separated, UTF-8, with a header line) into raw rows, and parses the
 * values HR files use: categories and contracts in English or French, dates as 2024-09-01 or 01/09/2024.
 */
public final class StaffCsvReader {

    public static final List<String> COLUMNS = List.of("employee_number", "first_name", "last_name", "email",
            "category", "contract_type", "hire_date", "contract_end", "job_title", "unit_code",
            "manager_employee_number");
    public static final List<String> REQUIRED = List.of("employee_number", "first_name", "last_name", "email",
            "category", "contract_type", "hire_date", "unit_code");
    public static final int MAX_LINES = 20_000;

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** A data row: its line number in the file and its values by column name. */
    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    /** The rows, and the header columns that are missing. */
    public record Content(List<Row> rows, List<String> missingColumns, List<String> unknownColumns) {
    }

    private StaffCsvReader() {
    }

    public static Content read(String text) throws IOException {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = content.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, String> headerByColumn = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (String header : parser.getHeaderNames()) {
                String column = normalizeHeader(header);
                if (COLUMNS.contains(column)) {
                    headerByColumn.put(column, header);
                } else if (!header.isBlank()) {
                    unknown.add(header);
                }
            }
            List<String> missing = REQUIRED.stream().filter(column -> !headerByColumn.containsKey(column)).toList();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                headerByColumn.forEach((column, header) -> values.put(column,
                        record.isSet(header) ? record.get(header) : null));
                rows.add(new Row((int) record.getRecordNumber() + 1, values));
                if (rows.size() > MAX_LINES) {
                    break;
                }
            }
            return new Content(rows, missing, unknown);
        }
    }

    static String normalizeHeader(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    public static Optional<StaffCategory> category(String value) {
        return switch (fold(value)) {
            case "researcher", "chercheur", "chercheuse" -> Optional.of(StaffCategory.RESEARCHER);
            case "engineer", "ingenieur", "ingenieure", "ita", "technicien" -> Optional.of(StaffCategory.ENGINEER);
            case "administrative", "administratif", "administrative_staff" ->
                    Optional.of(StaffCategory.ADMINISTRATIVE);
            default -> Optional.empty();
        };
    }

    public static Optional<ContractType> contract(String value) {
        return switch (fold(value)) {
            case "permanent", "cdi", "titulaire" -> Optional.of(ContractType.PERMANENT);
            case "fixed_term", "fixed-term", "cdd" -> Optional.of(ContractType.FIXED_TERM);
            default -> Optional.empty();
        };
    }

    public static Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String fold(String value) {
        if (value == null) {
            return "";
        }
        return Normalizer.normalize(value.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
