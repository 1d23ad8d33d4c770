package org.parcours.survey.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcours.survey.entity.AnswerSet.Value;
import org.parcours.survey.entity.SurveyStructure.Choice;
import org.parcours.survey.entity.SurveyStructure.Question;

/**
 * What makes an answer set acceptable for a survey: required questions answered (unless hidden by a condition),
 * known choices, choice counts and number bounds, valid dates, texts of reasonable length. Also turns an accepted
 * answer set into the rows that results are counted from.
 */
public final class AnswerRules {

    public static final int MAX_TEXT = 4000;
    /** The profile field a needs-assessment question fills: the experience band. */
    public static final String EXPERIENCE_BAND = "EXPERIENCE_BAND";

    private AnswerRules() {
    }

    /** Whether a question is shown, given the answers to earlier ones. */
    public static boolean visible(Question question, AnswerSet answers) {
        if (question.showIf() == null) {
            return true;
        }
        Value value = answers.get(question.showIf().question());
        return value != null && value.choices().contains(question.showIf().equalsCode());
    }

    /** Problems by question code, as message keys; empty when the answers can be recorded. */
    public static Map<String, String> problems(SurveyStructure structure, AnswerSet answers, boolean complete) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Question question : structure.questions()) {
            if (!visible(question, answers)) {
                continue;
            }
            Value value = answers.get(question.code());
            if (value == null || value.isEmpty()) {
                if (complete && question.required()) {
                    problems.put(question.code(), "survey.answer.required");
                }
                continue;
            }
            problem(question, value).ifPresent(key -> problems.put(question.code(), key));
        }
        return problems;
    }

    private static Optional<String> problem(Question question, Value value) {
        Set<String> known = new HashSet<>();
        question.choices().forEach(choice -> known.add(choice.code()));
        switch (question.type()) {
            case SINGLE_CHOICE, LIKERT, YES_NO -> {
                List<String> allowed = question.type() == QuestionType.YES_NO ? List.of("yes", "no")
                        : new ArrayList<>(known);
                if (value.choices().size() != 1 || !allowed.contains(value.choices().get(0))) {
                    return Optional.of("survey.answer.badChoice");
                }
            }
            case MULTIPLE_CHOICE -> {
                if (!known.containsAll(value.choices()) || new HashSet<>(value.choices()).size() != value.choices().size()) {
                    return Optional.of("survey.answer.badChoice");
                }
                if (question.min() != null && value.choices().size() < question.min()) {
                    return Optional.of("survey.answer.tooFew");
                }
                if (question.max() != null && value.choices().size() > question.max()) {
                    return Optional.of("survey.answer.tooMany");
                }
            }
            case MATRIX -> {
                Set<String> rows = new HashSet<>();
                question.items().forEach(item -> rows.add(item.code()));
                for (Map.Entry<String, String> row : value.rows().entrySet()) {
                    if (!rows.contains(row.getKey()) || !known.contains(row.getValue())) {
                        return Optional.of("survey.answer.badChoice");
                    }
                }
            }
            case RATING_0_10 -> {
                if (value.number() == null || value.number() < 0 || value.number() > 10
                        || value.number() != Math.floor(value.number())) {
                    return Optional.of("survey.answer.rating");
                }
            }
            case NUMBER -> {
                if (value.number() == null || value.number().isNaN() || value.number().isInfinite()
                        || (question.min() != null && value.number() < question.min())
                        || (question.max() != null && value.number() > question.max())) {
                    return Optional.of("survey.answer.range");
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value.text());
                } catch (DateTimeParseException | NullPointerException e) {
                    return Optional.of("survey.answer.date");
                }
            }
            case SHORT_TEXT, LONG_TEXT -> {
                int limit = question.type() == QuestionType.SHORT_TEXT ? 300 : MAX_TEXT;
                if (value.text() == null || value.text().length() > limit) {
                    return Optional.of("survey.answer.tooLong");
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The answer rows of an accepted answer set (answers to hidden questions are dropped). The rows carry the
     * structure's own code strings rather than the request's copies: an embedded database that keeps its rows in
     * memory then holds one copy of each code, and its indexes find equal codes equal without reading them.
     */
    public static List<Answer> rows(SurveyStructure structure, AnswerSet answers, String responseId, Long surveyId) {
        List<Answer> rows = new ArrayList<>();
        for (Question question : structure.questions()) {
            Value value = answers.get(question.code());
            if (value == null || value.isEmpty() || !visible(question, answers)) {
                continue;
            }
            String code = question.code();
            switch (question.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE, LIKERT, YES_NO -> {
                    for (String choice : value.choices()) {
                        rows.add(new Answer(responseId, surveyId, code, "", known(question.choices(), choice),
                                score(question, choice), null));
                    }
                }
                case MATRIX -> value.rows().forEach((item, choice) -> rows.add(new Answer(responseId, surveyId, code,
                        known(question.items(), item), known(question.choices(), choice), score(question, choice),
                        null)));
                case RATING_0_10, NUMBER -> rows.add(new Answer(responseId, surveyId, code, "", "", value.number(),
                        null));
                case DATE, SHORT_TEXT, LONG_TEXT -> rows.add(new Answer(responseId, surveyId, code, "", "", null,
                        value.text().strip()));
                default -> {
                }
            }
        }
        return rows;
    }

    /** The structure's own string for a code given in an answer (yes and no are constants). */
    private static String known(List<Choice> choices, String code) {
        if ("yes".equals(code)) {
            return "yes";
        }
        if ("no".equals(code)) {
            return "no";
        }
        for (Choice choice : choices) {
            if (choice.code().equals(code)) {
                return choice.code();
            }
        }
        return code;
    }

    /** The score of a choice: its declared value, or for Likert and matrix scales its position from 1. */
    static Double score(Question question, String choiceCode) {
        if (question.type() == QuestionType.YES_NO) {
            return "yes".equals(choiceCode) ? 1.0 : 0.0;
        }
        List<Choice> choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            if (choice.code().equals(choiceCode)) {
                if (choice.value() != null) {
                    return choice.value().doubleValue();
                }
                return question.type() == QuestionType.LIKERT || question.type() == QuestionType.MATRIX
                        ? (double) (i + 1) : null;
            }
        }
        return null;
    }

    /** The experience band a needs-assessment answer gives, when the survey asks for it. */
    public static Optional<String> experienceBand(SurveyStructure structure, AnswerSet answers) {
        return structure.questions().stream().filter(q -> EXPERIENCE_BAND.equals(q.profileField()))
                .map(q -> answers.get(q.code())).filter(v -> v != null && v.choices().size() == 1)
                .map(v -> v.choices().get(0)).findFirst();
    }
}
