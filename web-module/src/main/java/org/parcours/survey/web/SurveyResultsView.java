package org.parcours.survey.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.parcours.identity.web.CurrentUser;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.platform.web.PagedModel;
import org.parcours.survey.boundary.Breakdown;
import org.parcours.survey.boundary.ResultsService;
import org.parcours.survey.boundary.SurveyResults;
import org.parcours.survey.boundary.SurveyResults.QuestionResult;
import org.parcours.survey.boundary.TextAnswer;
import org.parcours.survey.control.ResponseExport;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.ResultsSharing;
import org.parcours.survey.entity.Survey;

/**
 * A survey's results: response rate, one chart and table per question, breakdowns with the anonymity rule, free
 * texts (reviewed by HR before sharing), exports and the printable report.
 */
@Named
@ViewScoped
public class SurveyResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ResultsService results;

    @Inject
    transient Messages messages;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private Survey survey;
    private SurveyResults figures;
    private String breakdownQuestion;
    private Breakdown.Dimension dimension = Breakdown.Dimension.CATEGORY;
    private Breakdown breakdown;
    private String textQuestion;
    private String textSearch;
    private PagedModel<TextAnswer> texts;
    /** Each question's chart, built once per reading of the figures (the page asks for it more than once). */
    private final Map<String, String> charts = new HashMap<>();

    public void load() throws IOException {
        try {
            survey = results.survey(id);
            figures(results.results(id, messages.locale()));
        } catch (BusinessException e) {
            Faces.responseSendError(404, "survey");
            return;
        }
        texts = new PagedModel<>((first, size, sort, asc) -> results.texts(id, textQuestion, textSearch, first, size),
                text -> text.responseId() + "/" + text.questionCode());
        List<QuestionResult> textQuestions = getTextQuestions();
        textQuestion = textQuestions.isEmpty() ? null : textQuestions.get(0).code();
        List<QuestionResult> breakdownQuestions = getBreakdownQuestions();
        breakdownQuestion = breakdownQuestions.isEmpty() ? null : breakdownQuestions.get(0).code();
    }

    public void refresh() {
        figures(results.results(id, messages.locale()));
    }

    private void figures(SurveyResults read) {
        figures = read;
        charts.clear();
    }

    public void showBreakdown() {
        if (breakdownQuestion == null) {
            return;
        }
        try {
            breakdown = results.breakdown(id, breakdownQuestion, dimension, messages.locale());
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
    }

    public String chart(QuestionResult question) {
        // computeIfAbsent does not keep a null: questions without a chart are simply computed again
        return charts.computeIfAbsent(question.code(), code -> ResultCharts.of(question));
    }

    public List<QuestionResult> getTextQuestions() {
        return figures == null ? List.of() : figures.questions().stream().filter(q -> q.type().isText()).toList();
    }

    public List<QuestionResult> getBreakdownQuestions() {
        return figures.questions().stream().filter(q -> (q.type().isChoice() || q.type().isNumeric())
                && q.type() != QuestionType.MATRIX).toList();
    }

    public void toggle(TextAnswer text) {
        results.hideText(id, text.responseId(), text.questionCode(), !text.hidden());
        messages.info(text.hidden() ? "results.textShown" : "results.textHidden");
    }

    public void reviewed(boolean done) {
        results.markCommentsReviewed(id, done);
        survey = results.survey(id);
        messages.info(done ? "results.reviewDone" : "results.reviewReopened");
    }

    public void share(ResultsSharing sharing) {
        results.share(id, sharing);
        survey = results.survey(id);
        messages.info("results.shared", messages.text("enum.ResultsSharing." + sharing.name()));
    }

    public void exportCsv() throws IOException {
        export(ResponseExport.Format.CSV, ".csv");
    }

    public void exportXlsx() throws IOException {
        export(ResponseExport.Format.XLSX, ".xlsx");
    }

    private void export(ResponseExport.Format format, String extension) throws IOException {
        if (figures.suppressed()) {
            messages.error("survey.results.belowThreshold", figures.threshold());
            return;
        }
        Faces.sendFile("survey-" + id + "-responses" + extension, true,
                out -> results.export(id, format, messages.locale(), out));
    }

    public void pdf() throws IOException {
        Faces.sendFile("survey-" + id + "-report.pdf", false, out -> results.report(id, messages.locale(), out));
    }

    public boolean isHr() {
        return currentUser.hasRole("HR_ADMIN");
    }

    public Breakdown.Dimension[] getDimensions() {
        return Breakdown.Dimension.values();
    }

    /** HR only, the respondents, and the steering committee when the survey belongs to a training program. */
    public ResultsSharing[] getSharings() {
        return java.util.Arrays.stream(ResultsSharing.values()).filter(sharing -> sharing != ResultsSharing.COMMITTEE
                || survey != null && (survey.canShareWithCommittee() || survey.getResultsSharing() == sharing))
                .toArray(ResultsSharing[]::new);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public SurveyResults getFigures() {
        return figures;
    }

    public String getBreakdownQuestion() {
        return breakdownQuestion;
    }

    public void setBreakdownQuestion(String breakdownQuestion) {
        this.breakdownQuestion = breakdownQuestion;
    }

    public Breakdown.Dimension getDimension() {
        return dimension;
    }

    public void setDimension(Breakdown.Dimension dimension) {
        this.dimension = dimension;
    }

    public Breakdown getBreakdown() {
        return breakdown;
    }

    public String getTextQuestion() {
        return textQuestion;
    }

    public void setTextQuestion(String textQuestion) {
        this.textQuestion = textQuestion;
    }

    public String getTextSearch() {
        return textSearch;
    }

    public void setTextSearch(String textSearch) {
        this.textSearch = textSearch;
    }

    public PagedModel<TextAnswer> getTexts() {
        return texts;
    }
}
