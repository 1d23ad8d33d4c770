package org.parcours.survey.control;

import com.lowagie.text.Chunk;
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
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.parcours.survey.boundary.SurveyResults;
import org.parcours.survey.boundary.SurveyResults.OptionCount;
import org.parcours.survey.boundary.SurveyResults.QuestionResult;
import org.parcours.survey.boundary.SurveyResults.RowResult;

/** The printable results report (PDF): response rate, then each question with its counts drawn as bars. */
public final class ResultsReport {

    private static final Color BAR = new Color(0x1d, 0x4f, 0x91);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.ITALIC, Color.DARK_GRAY);

    private ResultsReport() {
    }

    public static void write(String title, SurveyResults results, Locale locale, OutputStream out) {
        boolean en = "en".equals(locale.getLanguage());
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph((en ? "Responses: " : "Réponses : ") + results.responses()
                    + (results.invited() > 0 ? (en ? " – response rate " : " – taux de réponse ")
                            + results.responseRate() + " %" : ""), BODY));
            document.add(new Paragraph(en
                    ? "Results are shown only for groups of at least " + results.threshold() + " respondents."
                    : "Les résultats ne sont affichés que pour des groupes d'au moins " + results.threshold()
                            + " répondants.", SMALL));
            if (results.suppressed()) {
                document.add(new Paragraph(en ? "Too few responses to show results." :
                        "Trop peu de réponses pour afficher les résultats.", HEADING));
            }
            for (QuestionResult question : results.questions()) {
                Paragraph heading = new Paragraph(question.text(), HEADING);
                heading.setSpacingBefore(12);
                document.add(heading);
                StringBuilder figures = new StringBuilder((en ? "Answered by " : "Répondants : ")
                        + question.respondents());
                if (question.mean() != null) {
                    figures.append(en ? " – mean " : " – moyenne ").append(question.mean());
                }
                if (question.median() != null) {
                    figures.append(en ? " – median " : " – médiane ").append(question.median());
                }
                if (question.nps() != null) {
                    figures.append(" – NPS ").append(question.nps());
                }
                document.add(new Paragraph(figures.toString(), SMALL));
                if (!question.options().isEmpty()) {
                    document.add(bars(question.options()));
                }
                for (RowResult row : question.rows()) {
                    document.add(new Paragraph(row.label() + (row.mean() == null ? "" : " (" + row.mean() + ")"),
                            BODY));
                    document.add(bars(row.options()));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The results report could not be written", e);
        }
    }

    private static PdfPTable bars(List<OptionCount> options) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {4, 5, 1.2f, 1.2f});
        table.setWidthPercentage(100);
        for (OptionCount option : options) {
            table.addCell(cell(new Phrase(option.label(), BODY)));
            PdfPTable bar = new PdfPTable(new float[] {(float) Math.max(0.5, option.percent()),
                (float) Math.max(0.5, 100 - option.percent())});
            bar.setWidthPercentage(100);
            PdfPCell filled = new PdfPCell(new Phrase(new Chunk(" ", BODY)));
            filled.setBackgroundColor(option.percent() > 0 ? BAR : Color.WHITE);
            filled.setBorder(0);
            PdfPCell empty = new PdfPCell(new Phrase(new Chunk(" ", BODY)));
            empty.setBorder(0);
            bar.addCell(filled);
            bar.addCell(empty);
            PdfPCell holder = new PdfPCell(bar);
            holder.setBorder(0);
            holder.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(holder);
            PdfPCell count = cell(new Phrase(String.valueOf(option.count()), BODY));
            count.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(count);
            PdfPCell percent = cell(new Phrase(option.percent() + " %", BODY));
            percent.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(percent);
        }
        return table;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(0);
        cell.setPaddingBottom(3);
        return cell;
    }
}
