package org.parcours.training.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The program report for the steering committee, as a workbook (XLSX) or a printable document (PDF): each session's
 * attendance (registered, waiting, attended, and day by day), the satisfaction trend question by question from the
 * pilot on, and the committee's decisions with their status and where they were implemented.
 */
public final class ProgramReport {

    /** The report formats. */
    public enum Format {
        XLSX, PDF
    }

    /** One session's line: its enrolment and attendance figures, and its satisfaction survey's participation. */
    public record SessionLine(String title, String kind, String status, LocalDate startsOn, LocalDate endsOn,
            Integer programVersion, int capacity, long registered, long waiting, long attended, Integer responses,
            Double responseRate) {
    }

    /** Attendance of one day of one session. */
    public record DayLine(String session, LocalDate day, long present, long absent) {
    }

    /** Mean of each satisfaction question (rows) in each session (columns); null where no result may be shown. */
    public record Trend(List<String> sessions, List<String> questions, List<List<Double>> means) {
    }

    /** A committee decision, the feedback that motivated it, and where it was implemented. */
    public record DecisionLine(String title, String kind, String status, String motivatedBy, Instant decidedAt,
            Integer implementedVersion, String implementedIn) {
    }

    /** Everything the report shows. */
    public record Content(String programTitle, String programCode, int contentVersion, List<SessionLine> sessions,
            List<DayLine> days, Trend trend, List<DecisionLine> decisions) {
    }

    private static final Color HEADER = new Color(0xe3, 0xea, 0xf4);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 8);
    private static final Font BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC, Color.DARK_GRAY);

    private ProgramReport() {
    }

    public static void write(Content content, Format format, Locale locale, OutputStream out) {
        Labels labels = new Labels("en".equals(locale.getLanguage()), locale);
        if (format == Format.PDF) {
            pdf(content, labels, out);
        } else {
            xlsx(content, labels, out);
        }
    }

    // --- XLSX -------------------------------------------------------------------------------------------

    private static void xlsx(Content content, Labels l, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Parcours", "1.0");
            Worksheet attendance = workbook.newWorksheet(l.t("Attendance", "Présence"));
            rows(attendance, l.sessionHeader(), sessionRows(content, l));
            int next = content.sessions().size() + 2;
            attendance.value(next, 0, l.t("Day by day", "Jour par jour"));
            attendance.style(next, 0).bold().set();
            List<List<Object>> days = new ArrayList<>();
            for (DayLine day : content.days()) {
                days.add(List.of(day.session(), day.day(), day.present(), day.absent()));
            }
            rows(attendance, next + 1, List.of(l.t("Session", "Session"), l.t("Day", "Jour"),
                    l.t("Present", "Présents"), l.t("Absent", "Absents")), days);

            Worksheet satisfaction = workbook.newWorksheet(l.t("Satisfaction trend", "Évolution satisfaction"));
            List<String> header = new ArrayList<>();
            header.add(l.t("Question (mean)", "Question (moyenne)"));
            header.addAll(content.trend().sessions());
            List<List<Object>> trend = new ArrayList<>();
            for (int q = 0; q < content.trend().questions().size(); q++) {
                List<Object> row = new ArrayList<>();
                row.add(content.trend().questions().get(q));
                row.addAll(content.trend().means().get(q));
                trend.add(row);
            }
            rows(satisfaction, header, trend);

            Worksheet decisions = workbook.newWorksheet(l.t("Decisions", "Décisions"));
            rows(decisions, l.decisionHeader(), decisionRows(content, l));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(Worksheet sheet, List<String> header, List<List<Object>> rows) {
        rows(sheet, 0, header, rows);
    }

    private static void rows(Worksheet sheet, int first, List<String> header, List<List<Object>> rows) {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(first, c, header.get(c));
            sheet.style(first, c).bold().fillColor("E3EAF4").set();
        }
        int r = first + 1;
        for (List<Object> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (value instanceof LocalDate date) {
                    sheet.value(r, c, date);
                    sheet.style(r, c).format("yyyy-mm-dd").set();
                } else if (value != null) {
                    sheet.value(r, c, String.valueOf(value));
                }
            }
            r++;
        }
        for (int c = 0; c < header.size(); c++) {
            sheet.width(c, c == 0 ? 42 : 16);
        }
    }

    private static List<List<Object>> sessionRows(Content content, Labels l) {
        List<List<Object>> rows = new ArrayList<>();
        for (SessionLine s : content.sessions()) {
            List<Object> row = new ArrayList<>();
            row.add(s.title());
            row.add(l.kind(s.kind()));
            row.add(l.status(s.status()));
            row.add(s.startsOn());
            row.add(s.endsOn());
            row.add(s.programVersion());
            row.add(s.capacity());
            row.add(s.registered());
            row.add(s.waiting());
            row.add(s.attended());
            row.add(s.registered() == 0 ? null : Math.round(1000.0 * s.attended() / s.registered()) / 10.0);
            row.add(s.responses());
            row.add(s.responseRate());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Object>> decisionRows(Content content, Labels l) {
        List<List<Object>> rows = new ArrayList<>();
        for (DecisionLine d : content.decisions()) {
            List<Object> row = new ArrayList<>();
            row.add(d.title());
            row.add(l.decisionKind(d.kind()));
            row.add(l.decisionStatus(d.status()));
            row.add(d.motivatedBy());
            row.add(d.decidedAt() == null ? null : l.date(d.decidedAt()));
            row.add(d.implementedVersion());
            row.add(d.implementedIn());
            rows.add(row);
        }
        return rows;
    }

    // --- PDF --------------------------------------------------------------------------------------------

    private static void pdf(Content content, Labels l, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(content.programTitle(), TITLE));
            document.add(new Paragraph(content.programCode() + " – " + l.t("content version ", "version du contenu ")
                    + content.contentVersion(), SMALL));

            section(document, l.t("Attendance", "Présence"));
            document.add(table(l.sessionHeader(), sessionRows(content, l), l));
            if (!content.days().isEmpty()) {
                List<List<Object>> days = new ArrayList<>();
                for (DayLine day : content.days()) {
                    days.add(List.of(day.session(), day.day(), day.present(), day.absent()));
                }
                Paragraph gap = new Paragraph(" ", SMALL);
                document.add(gap);
                document.add(table(List.of(l.t("Session", "Session"), l.t("Day", "Jour"), l.t("Present", "Présents"),
                        l.t("Absent", "Absents")), days, l));
            }

            section(document, l.t("Satisfaction trend (mean per question)",
                    "Évolution de la satisfaction (moyenne par question)"));
            if (content.trend().sessions().isEmpty()) {
                document.add(new Paragraph(l.t("No session has satisfaction results yet.",
                        "Aucune session n'a encore de résultats de satisfaction."), BODY));
            } else {
                List<String> header = new ArrayList<>();
                header.add(l.t("Question", "Question"));
                header.addAll(content.trend().sessions());
                List<List<Object>> rows = new ArrayList<>();
                for (int q = 0; q < content.trend().questions().size(); q++) {
                    List<Object> row = new ArrayList<>();
                    row.add(content.trend().questions().get(q));
                    row.addAll(content.trend().means().get(q));
                    rows.add(row);
                }
                document.add(table(header, rows, l));
                document.add(new Paragraph(l.t("Results are shown only above each survey's anonymity threshold.",
                        "Les résultats ne sont affichés qu'au-delà du seuil d'anonymat de chaque enquête."), SMALL));
            }

            section(document, l.t("Committee decisions", "Décisions du comité"));
            if (content.decisions().isEmpty()) {
                document.add(new Paragraph(l.t("No decision yet.", "Aucune décision pour l'instant."), BODY));
            } else {
                document.add(table(l.decisionHeader(), decisionRows(content, l), l));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The program report could not be written", e);
        }
    }

    private static void section(Document document, String title) throws DocumentException {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static PdfPTable table(List<String> header, List<List<Object>> rows, Labels l) {
        PdfPTable table = new PdfPTable(header.size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        float[] widths = new float[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c == 0 ? 3 : 1;
        }
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        for (String title : header) {
            PdfPCell cell = new PdfPCell(new Phrase(title, BOLD));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        for (List<Object> row : rows) {
            for (Object value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(l.text(value), BODY));
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    /** Labels of the report in French or English. */
    private record Labels(boolean en, Locale locale) {

        private static final Map<String, String[]> NAMES = Map.ofEntries(
                Map.entry("PILOT", new String[] {"Pilot", "Pilote"}),
                Map.entry("REGULAR", new String[] {"Regular", "Régulière"}),
                Map.entry("PLANNED", new String[] {"Planned", "Planifiée"}),
                Map.entry("OPEN_FOR_ENROLMENT", new String[] {"Open for enrolment", "Inscriptions ouvertes"}),
                Map.entry("RUNNING", new String[] {"Running", "En cours"}),
                Map.entry("DONE", new String[] {"Done", "Terminée"}),
                Map.entry("CANCELLED", new String[] {"Cancelled", "Annulée"}),
                Map.entry("CONTENT", new String[] {"Content", "Contenu"}),
                Map.entry("FORMAT", new String[] {"Format", "Format"}),
                Map.entry("DURATION", new String[] {"Duration", "Durée"}),
                Map.entry("MATERIALS", new String[] {"Materials", "Supports"}),
                Map.entry("GROUPING", new String[] {"Grouping", "Groupes"}),
                Map.entry("PROPOSED", new String[] {"Proposed", "Proposée"}),
                Map.entry("APPROVED", new String[] {"Approved", "Approuvée"}),
                Map.entry("REJECTED", new String[] {"Rejected", "Rejetée"}),
                Map.entry("IMPLEMENTED", new String[] {"Implemented", "Mise en œuvre"}));

        String t(String english, String french) {
            return en ? english : french;
        }

        private String name(String code) {
            String[] names = NAMES.get(code);
            return names == null ? code : names[en ? 0 : 1];
        }

        String kind(String code) {
            return name(code);
        }

        String status(String code) {
            return name(code);
        }

        String decisionKind(String code) {
            return name(code);
        }

        String decisionStatus(String code) {
            return name(code);
        }

        String date(Instant instant) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .format(instant.atZone(ZoneId.systemDefault()).toLocalDate());
        }

        String text(Object value) {
            if (value == null) {
                return "–";
            }
            if (value instanceof LocalDate date) {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(date);
            }
            return String.valueOf(value);
        }

        List<String> sessionHeader() {
            return List.of(t("Session", "Session"), t("Kind", "Type"), t("Status", "Statut"), t("Starts", "Début"),
                    t("Ends", "Fin"), t("Program version", "Version du programme"), t("Places", "Places"),
                    t("Registered", "Inscrits"), t("Waiting list", "Liste d'attente"), t("Attended", "Présents"),
                    t("Attendance %", "Présence %"), t("Satisfaction responses", "Réponses satisfaction"),
                    t("Response rate %", "Taux de réponse %"));
        }

        List<String> decisionHeader() {
            return List.of(t("Decision", "Décision"), t("Kind", "Type"), t("Status", "Statut"),
                    t("Motivated by", "Motivée par"), t("Decided on", "Décidée le"),
                    t("Implemented in version", "Mise en œuvre en version"),
                    t("Implemented in session", "Mise en œuvre dans la session"));
        }
    }
}
