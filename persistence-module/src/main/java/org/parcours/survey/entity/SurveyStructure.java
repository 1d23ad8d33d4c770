package org.parcours.survey.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The questions of a survey, in sections, as stored (JSON) and as exported and imported. Question codes are stable:
 * answers refer to them, so results survive a reordering.
 */
public record SurveyStructure(List<Section> sections) {

    /** A text in French and in English. */
    public record Text(String fr, String en) {
        public static Text of(String fr, String en) {
            return new Text(fr, en);
        }

        public String in(Locale locale) {
            boolean english = locale != null && "en".equals(locale.getLanguage());
            String preferred = english ? en : fr;
            return preferred == null || preferred.isBlank() ? (english ? fr : en) : preferred;
        }
    }

    /** A choice (or a matrix row) with a stable code. For Likert scales and ratings, {@code value} is its score. */
    public record Choice(String code, Text label, Integer value) {
    }

    /** Show a question only if an earlier question's answer is {@code equalsCode} (a choice code). */
    public record ShowIf(String question, String equalsCode) {
    }

    /**
     * One question. {@code min}/{@code max} bound the number of choices (multiple choice) or the value (number).
     * {@code profileField} maps a needs-assessment answer onto the participant's experience profile.
     */
    public record Question(String code, QuestionType type, Text text, Text help, boolean required,
            List<Choice> choices, List<Choice> items, Integer min, Integer max, ShowIf showIf, String profileField) {

        public Question {
            choices = choices == null ? List.of() : List.copyOf(choices);
            items = items == null ? List.of() : List.copyOf(items);
        }

        public Optional<Choice> choice(String choiceCode) {
            return choices.stream().filter(c -> c.code().equals(choiceCode)).findFirst();
        }
    }

    /** A group of questions shown together, with a title. */
    public record Section(String code, Text title, List<Question> questions) {
        public Section {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    public SurveyStructure {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public static SurveyStructure empty() {
        return new SurveyStructure(List.of(new Section("s1", Text.of("Questions", "Questions"), List.of())));
    }

    public List<Question> questions() {
        List<Question> all = new ArrayList<>();
        sections.forEach(section -> all.addAll(section.questions()));
        return all;
    }

    public Optional<Question> question(String code) {
        return questions().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public int questionCount() {
        return questions().size();
    }

    /** Problems that make the structure unusable, as message keys with their argument (empty when sound). */
    public List<String[]> problems() {
        List<String[]> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<String> earlier = new ArrayList<>();
        for (Question question : questions()) {
            if (question.code() == null || !question.code().matches("[A-Za-z][A-Za-z0-9_]{0,39}")) {
                problems.add(new String[] {"survey.structure.badCode", String.valueOf(question.code())});
            } else if (!codes.add(question.code())) {
                problems.add(new String[] {"survey.structure.duplicateCode", question.code()});
            }
            if (question.type() == null) {
                problems.add(new String[] {"survey.structure.noType", String.valueOf(question.code())});
                continue;
            }
            if (question.text() == null || (blank(question.text().fr()) && blank(question.text().en()))) {
                problems.add(new String[] {"survey.structure.noText", String.valueOf(question.code())});
            }
            boolean needsChoices = question.type() == QuestionType.SINGLE_CHOICE
                    || question.type() == QuestionType.MULTIPLE_CHOICE || question.type() == QuestionType.LIKERT
                    || question.type() == QuestionType.MATRIX;
            if (needsChoices && question.choices().size() < 2) {
                problems.add(new String[] {"survey.structure.fewChoices", question.code()});
            }
            if (question.type() == QuestionType.MATRIX && question.items().isEmpty()) {
                problems.add(new String[] {"survey.structure.noItems", question.code()});
            }
            if (question.showIf() != null && !earlier.contains(question.showIf().question())) {
                problems.add(new String[] {"survey.structure.badCondition", question.code()});
            }
            earlier.add(question.code());
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
