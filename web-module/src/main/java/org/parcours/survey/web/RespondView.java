package org.parcours.survey.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.survey.boundary.RespondentView;
import org.parcours.survey.boundary.ResponseService;
import org.parcours.survey.boundary.SubmitOutcome;
import org.parcours.survey.entity.AnswerRules;
import org.parcours.survey.entity.AnswerSet;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.SurveyStructure;
import org.parcours.survey.entity.SurveyStructure.Question;
import org.parcours.survey.entity.SurveyStructure.Section;
import org.parcours.survey.rest.ResponseResource;

/**
 * The answering page behind a personal link: one section at a time with a progress indicator, questions shown or
 * hidden by the earlier answers, problems shown next to each question, save and resume later, submit once.
 */
@Named
@ViewScoped
public class RespondView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ResponseService responses;

    @EJB
    transient org.parcours.survey.boundary.SurveyService surveys;

    @Inject
    transient Messages messages;

    @Inject
    transient org.parcours.identity.web.CurrentUser currentUser;

    private String token;
    private Long previewId;
    private boolean preview;
    private RespondentView survey;
    private int sectionIndex;
    private boolean started;
    private String outcome;
    private final Map<String, String> single = new HashMap<>();
    /** Choices as the page gives them: a map entry is set without its type, so a String[] may arrive. */
    private final Map<String, Object> multiple = new HashMap<>();
    private final Map<String, Map<String, String>> matrix = new HashMap<>();
    /** Numbers as the page gives them: a map entry is set without its type, so a String or a BigDecimal arrives. */
    private final Map<String, Object> number = new HashMap<>();
    private final Map<String, String> text = new HashMap<>();
    /** Dates as the page gives them: a map entry is set without its type, so a String or a Date may arrive. */
    private final Map<String, Object> date = new HashMap<>();
    private Map<String, String> problems = new HashMap<>();

    public void load() throws IOException {
        try {
            survey = responses.open(token);
        } catch (BusinessException unknown) {
            Faces.responseSendError(404, "unknown link");
            return;
        }
        fill(survey.draft());
        started = !survey.draft().answers().isEmpty();
        currentUser.suggest(survey.language());
    }

    /** HR sees the survey as respondents will, without saving anything. */
    public void loadPreview() throws IOException {
        try {
            org.parcours.survey.entity.Survey found = surveys.find(previewId);
            survey = new RespondentView(null, found.getId(), found.getTitleFr(), found.getTitleEn(),
                    found.getIntroFr(), found.getIntroEn(), found.getAccessMode(),
                    org.parcours.survey.entity.SurveyJson.structure(found.getStructureJson()), new AnswerSet(null),
                    RespondentView.State.OPEN, found.getClosesAt(), null, found.getAnonymityThreshold());
            preview = true;
            fill(survey.draft());
        } catch (BusinessException unknown) {
            Faces.responseSendError(404, "survey");
        }
    }

    private void fill(AnswerSet draft) {
        for (Question question : survey.structure().questions()) {
            AnswerSet.Value value = draft.get(question.code());
            matrix.put(question.code(), new LinkedHashMap<>());
            multiple.put(question.code(), new ArrayList<>());
            if (value == null) {
                continue;
            }
            switch (question.type()) {
                case SINGLE_CHOICE, LIKERT, YES_NO -> single.put(question.code(),
                        value.choices().isEmpty() ? null : value.choices().get(0));
                case MULTIPLE_CHOICE -> multiple.put(question.code(), new ArrayList<>(value.choices()));
                case MATRIX -> matrix.put(question.code(), new LinkedHashMap<>(value.rows()));
                case RATING_0_10 -> single.put(question.code(), value.number() == null ? null
                        : String.valueOf(value.number().intValue()));
                case NUMBER -> number.put(question.code(), value.number());
                case DATE -> date.put(question.code(), value.text() == null ? null : LocalDate.parse(value.text()));
                case SHORT_TEXT, LONG_TEXT -> text.put(question.code(), value.text());
            }
        }
    }

    /** The answers as typed so far. */
    public AnswerSet answers() {
        Map<String, AnswerSet.Value> values = new LinkedHashMap<>();
        for (Question question : survey.structure().questions()) {
            String code = question.code();
            AnswerSet.Value value = switch (question.type()) {
                case SINGLE_CHOICE, LIKERT, YES_NO -> blank(single.get(code)) ? null
                        : AnswerSet.Value.choice(single.get(code));
                case MULTIPLE_CHOICE -> choicesOf(multiple.get(code)).isEmpty() ? null
                        : new AnswerSet.Value(choicesOf(multiple.get(code)), null, null, null);
                case MATRIX -> {
                    Map<String, String> rows = new LinkedHashMap<>();
                    matrix.getOrDefault(code, Map.of()).forEach((row, choice) -> {
                        if (!blank(choice)) {
                            rows.put(row, choice);
                        }
                    });
                    yield rows.isEmpty() ? null : AnswerSet.Value.rows(rows);
                }
                case RATING_0_10 -> blank(single.get(code)) ? null
                        : AnswerSet.Value.number(Double.parseDouble(single.get(code)));
                case NUMBER -> numberOf(number.get(code)) == null ? null
                        : AnswerSet.Value.number(numberOf(number.get(code)));
                case DATE -> dateOf(date.get(code)) == null ? null
                        : AnswerSet.Value.text(dateOf(date.get(code)).toString());
                case SHORT_TEXT, LONG_TEXT -> blank(text.get(code)) ? null : AnswerSet.Value.text(text.get(code));
            };
            if (value != null) {
                values.put(code, value);
            }
        }
        return new AnswerSet(values);
    }

    private static List<String> choicesOf(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    static Double numberOf(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(String.valueOf(value).strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A date picked in a date picker: a LocalDate, another date type, or its text (dd/MM/yyyy or ISO). */
    static LocalDate dateOf(Object value) {
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof java.time.LocalDateTime time) {
            return time.toLocalDate();
        }
        if (value instanceof java.util.Date day) {
            return day.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        String text = String.valueOf(value).strip();
        try {
            return text.contains("/")
                    ? LocalDate.parse(text, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    public void start() {
        started = true;
    }

    public void next() {
        Map<String, String> found = AnswerRules.problems(sectionOnly(), answers(), true);
        problems = new HashMap<>(found);
        if (found.isEmpty()) {
            saveQuietly();
            sectionIndex = Math.min(sectionIndex + 1, survey.structure().sections().size() - 1);
        } else {
            messages.error("respond.fixProblems", found.size());
        }
    }

    public void previous() {
        problems = new HashMap<>();
        sectionIndex = Math.max(0, sectionIndex - 1);
    }

    public void saveForLater() {
        try {
            responses.saveDraft(token, answers());
            messages.info("respond.saved");
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
    }

    private void saveQuietly() {
        if (preview) {
            return;
        }
        try {
            responses.saveDraft(token, answers());
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
    }

    public String submit() {
        SubmitOutcome result = ResponseResource.submitOnce(responses, token, answers(),
                messages.locale().getLanguage());
        switch (result.result()) {
            case RECORDED, ALREADY_RECORDED -> {
                return "/respond/thanks.xhtml?faces-redirect=true&already="
                        + (result.result() == SubmitOutcome.Result.ALREADY_RECORDED) + "&lang="
                        + messages.locale().getLanguage();
            }
            case CLOSED -> {
                outcome = "closed";
                messages.error("respond.closedKept");
                return null;
            }
            default -> {
                problems = new HashMap<>(result.problems());
                int first = firstSectionWithProblem();
                sectionIndex = first;
                messages.error("respond.fixProblems", result.problems().size());
                return null;
            }
        }
    }

    private int firstSectionWithProblem() {
        List<Section> sections = survey.structure().sections();
        for (int i = 0; i < sections.size(); i++) {
            for (Question question : sections.get(i).questions()) {
                if (problems.containsKey(question.code())) {
                    return i;
                }
            }
        }
        return sectionIndex;
    }

    private SurveyStructure sectionOnly() {
        return new SurveyStructure(List.of(getSection()));
    }

    public boolean visible(Question question) {
        return AnswerRules.visible(question, answers());
    }

    public Section getSection() {
        return survey.structure().sections().get(sectionIndex);
    }

    public boolean isFirstSection() {
        return sectionIndex == 0;
    }

    public boolean isLastSection() {
        return sectionIndex >= survey.structure().sections().size() - 1;
    }

    public int getProgress() {
        int total = survey.structure().sections().size();
        return total == 0 ? 100 : (int) Math.round(100.0 * (sectionIndex + 1) / total);
    }

    public int getSectionNumber() {
        return sectionIndex + 1;
    }

    public int getSectionCount() {
        return survey.structure().sections().size();
    }

    public String text(SurveyStructure.Text value) {
        return value == null ? "" : value.in(messages.locale());
    }

    public String getTitle() {
        return survey == null ? "" : messages.locale().getLanguage().equals("en") && !blank(survey.titleEn())
                ? survey.titleEn() : survey.titleFr();
    }

    public String getIntro() {
        return survey == null ? "" : messages.locale().getLanguage().equals("en") && !blank(survey.introEn())
                ? survey.introEn() : survey.introFr();
    }

    public List<String> ratingPoints() {
        List<String> points = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            points.add(String.valueOf(i));
        }
        return points;
    }

    /**
     * Whether a later question's display depends on this one: only then does choosing an answer post the form, so
     * every other click keeps the page (and the keyboard focus) as it is.
     */
    public boolean showsOrHides(Question question) {
        return survey.structure().questions().stream().anyMatch(other -> other.showIf() != null
                && question.code().equals(other.showIf().question()));
    }

    public boolean is(Question question, String type) {
        return question.type() == QuestionType.valueOf(type);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Long getPreviewId() {
        return previewId;
    }

    public void setPreviewId(Long previewId) {
        this.previewId = previewId;
    }

    public boolean isPreview() {
        return preview;
    }

    public RespondentView getSurvey() {
        return survey;
    }

    public boolean isStarted() {
        return started;
    }

    public String getOutcome() {
        return outcome;
    }

    public Map<String, String> getSingle() {
        return single;
    }

    public Map<String, Object> getMultiple() {
        return multiple;
    }

    public Map<String, Map<String, String>> getMatrix() {
        return matrix;
    }

    public Map<String, Object> getNumber() {
        return number;
    }

    public Map<String, String> getText() {
        return text;
    }

    public Map<String, Object> getDate() {
        return date;
    }

    public Map<String, String> getProblems() {
        return problems;
    }

    public String problem(String questionCode) {
        String key = problems.get(questionCode);
        return key == null ? null : messages.text(key);
    }
}
