package org.parcours.survey.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyJson;
import org.parcours.survey.entity.SurveyStructure;
import org.parcours.survey.entity.SurveyStructure.Choice;
import org.parcours.survey.entity.SurveyStructure.Question;

/**
 * Streams a survey's responses, one line per response and one column per question (per row for a matrix), to CSV
 * or XLSX, reading answers in response order with a JDBC cursor so that tens of thousands of responses never sit in
 * memory together. An anonymous survey's export has no identifying column at all.
 */
@ApplicationScoped
public class ResponseExport {

    /** The export formats. */
    public enum Format {
        CSV, XLSX
    }

    private interface Sink extends AutoCloseable {
        void row(List<String> values) throws IOException;

        @Override
        void close() throws IOException;
    }

    @Resource(lookup = "java:app/jdbc/parcours")
    DataSource dataSource;

    public void export(Survey survey, Format format, Locale locale, OutputStream out) {
        SurveyStructure structure = SurveyJson.structure(survey.getStructureJson());
        boolean identified = !survey.getAccessMode().anonymous();
        List<String> columns = new ArrayList<>(List.of("response", "submitted_on", "language", "unit", "category",
                "experience_band", "training_session"));
        if (identified) {
            columns.addAll(1, List.of("employee_number", "name", "email"));
        }
        Map<String, Integer> columnOf = new LinkedHashMap<>();
        Map<String, Question> questionOf = new HashMap<>();
        for (Question question : structure.questions()) {
            questionOf.put(question.code(), question);
            if (question.type() == QuestionType.MATRIX) {
                for (Choice item : question.items()) {
                    columnOf.put(question.code() + "/" + item.code(), columns.size());
                    columns.add(question.code() + "." + item.code());
                }
            } else {
                columnOf.put(question.code() + "/", columns.size());
                columns.add(question.code());
            }
        }
        String sql = "select r.id, r.submitted_on, r.language, r.unit_code, r.category, r.experience_band,"
                + " r.training_session_id, s.employee_number, s.first_name, s.last_name, s.email,"
                + " a.question_code, a.item_code, a.option_code, a.number_value, a.text_value, a.hidden"
                + " from survey_response r left join survey_answer a on a.response_id = r.id"
                + (identified ? " left join staff_member s on s.id = r.staff_id"
                        : " left join staff_member s on 1 = 0")
                + " where r.survey_id = ? order by r.id";
        try (Connection connection = dataSource.getConnection(); Sink sink = sink(format, out, locale);
                PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            statement.setFetchSize(2000);
            statement.setLong(1, survey.getId());
            sink.row(columns);
            Set<String> rareProfiles = identified ? Set.of() : rareProfiles(connection, survey);
            try (ResultSet rs = statement.executeQuery()) {
                String current = null;
                String[] line = null;
                while (rs.next()) {
                    String responseId = rs.getString(1);
                    if (!responseId.equals(current)) {
                        if (line != null) {
                            sink.row(java.util.Arrays.asList(line));
                        }
                        current = responseId;
                        line = new String[columns.size()];
                        int c = 0;
                        line[c++] = responseId;
                        if (identified) {
                            line[c++] = rs.getString(8);
                            line[c++] = rs.getString(9) == null ? null : rs.getString(9) + " " + rs.getString(10);
                            line[c++] = rs.getString(11);
                        }
                        line[c++] = String.valueOf(rs.getDate(2).toLocalDate());
                        line[c++] = rs.getString(3);
                        String session = rs.getObject(7) == null ? null : String.valueOf(rs.getLong(7));
                        if (!rareProfiles.contains(profile(rs.getString(4), rs.getString(5), rs.getString(6), session))) {
                            line[c++] = rs.getString(4);
                            line[c++] = rs.getString(5);
                            line[c++] = rs.getString(6);
                            line[c] = session;
                        }
                    }
                    String question = rs.getString(12);
                    if (question == null) {
                        continue;
                    }
                    Integer column = columnOf.get(question + "/" + (questionOf.containsKey(question)
                            && questionOf.get(question).type() == QuestionType.MATRIX ? rs.getString(13) : ""));
                    if (column == null) {
                        continue;
                    }
                    String value = value(questionOf.get(question), rs.getString(14), rs.getObject(15) == null ? null
                            : rs.getDouble(15), rs.getBoolean(17) ? "[hidden]" : rs.getString(16));
                    line[column] = line[column] == null ? value : line[column] + ";" + value;
                }
                if (line != null) {
                    sink.row(java.util.Arrays.asList(line));
                }
            }
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new IllegalStateException("Export of survey " + survey.getId() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The profiles (unit, category, experience band, session) that fewer respondents than the survey's anonymity
     * threshold share. In an anonymous survey's export these rows lose the four columns, as the results page hides
     * such groups: otherwise the only engineer of a lab could be found by their line.
     */
    private static Set<String> rareProfiles(Connection connection, Survey survey) throws SQLException {
        Set<String> rare = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("select unit_code, category, experience_band,"
                + " training_session_id from survey_response where survey_id = ?"
                + " group by unit_code, category, experience_band, training_session_id having count(*) < ?")) {
            statement.setLong(1, survey.getId());
            statement.setInt(2, survey.getAnonymityThreshold());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rare.add(profile(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4) == null ? null : String.valueOf(rs.getLong(4))));
                }
            }
        }
        return rare;
    }

    private static String profile(String unit, String category, String band, String session) {
        return unit + "|" + category + "|" + band + "|" + session;
    }

    private static String value(Question question, String option, Double number, String text) {
        if (question.type().isChoice()) {
            return option;
        }
        if (number != null) {
            return number == Math.rint(number) ? String.valueOf(number.longValue()) : String.valueOf(number);
        }
        return text;
    }

    private static Sink sink(Format format, OutputStream out, Locale locale) throws IOException {
        if (format == Format.CSV) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
            return new Sink() {
                @Override
                public void row(List<String> values) throws IOException {
                    printer.printRecord(values);
                }

                @Override
                public void close() throws IOException {
                    printer.flush();
                    writer.flush();
                }
            };
        }
        Workbook workbook = new Workbook(out, "Parcours", "1.0");
        Worksheet sheet = workbook.newWorksheet("Responses");
        int[] row = {0};
        return new Sink() {
            @Override
            public void row(List<String> values) throws IOException {
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    if (value != null) {
                        sheet.value(row[0], c, value);
                    }
                }
                if (row[0] == 0 && !values.isEmpty()) {
                    sheet.range(0, 0, 0, values.size() - 1).style().bold().set();
                }
                row[0]++;
                if (row[0] % 1000 == 0) {
                    sheet.flush();
                }
            }

            @Override
            public void close() throws IOException {
                sheet.finish();
                workbook.finish();
            }
        };
    }
}
