package org.parcours.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcours.survey.entity.Answer;
import org.parcours.survey.entity.AnswerRules;
import org.parcours.survey.entity.AnswerSet;
import org.parcours.survey.entity.AnswerSet.Value;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.SurveyStructure;
import org.parcours.survey.entity.SurveyStructure.Choice;
import org.parcours.survey.entity.SurveyStructure.Question;
import org.parcours.survey.entity.SurveyStructure.Section;
import org.parcours.survey.entity.SurveyStructure.ShowIf;
import org.parcours.survey.entity.SurveyStructure.Text;

class AnswerRulesTest {

    private static Choice c(String code, Integer value) {
        return new Choice(code, Text.of(code, code), value);
    }

    private static Question q(String code, QuestionType type, boolean required, List<Choice> choices, Integer min,
            Integer max, ShowIf showIf) {
        return new Question(code, type, Text.of(code, code), null, required, choices, List.of(), min, max, showIf,
                null);
    }

    private final SurveyStructure structure = new SurveyStructure(List.of(new Section("s", Text.of("S", "S"), List.of(
            q("trained", QuestionType.YES_NO, true, List.of(), null, null, null),
            q("which", QuestionType.SHORT_TEXT, true, List.of(), null, null, new ShowIf("trained", "yes")),
            q("topics", QuestionType.MULTIPLE_CHOICE, false, List.of(c("a", null), c("b", null), c("c", null)), 1, 2,
                    null),
            q("likert", QuestionType.LIKERT, true, List.of(c("lo", 1), c("mid", 2), c("hi", 3)), null, null, null),
            q("years", QuestionType.NUMBER, false, List.of(), 0, 45, null),
            q("score", QuestionType.RATING_0_10, false, List.of(), null, null, null)))));

    @Test
    void aHiddenQuestionIsNeitherRequiredNorRecorded() {
        AnswerSet answers = new AnswerSet(Map.of("trained", Value.choice("no"), "which", Value.text("ignored"),
                "likert", Value.choice("hi")));
        assertThat(AnswerRules.problems(structure, answers, true)).isEmpty();
        assertThat(AnswerRules.rows(structure, answers, "r1", 1L)).extracting(Answer::getQuestionCode)
                .containsExactlyInAnyOrder("trained", "likert");
    }

    @Test
    void aShownRequiredQuestionMustBeAnswered() {
        AnswerSet answers = new AnswerSet(Map.of("trained", Value.choice("yes"), "likert", Value.choice("hi")));
        assertThat(AnswerRules.problems(structure, answers, true)).containsEntry("which", "survey.answer.required");
        assertThat(AnswerRules.problems(structure, answers, false)).as("a draft may be incomplete").isEmpty();
    }

    @Test
    void choicesCountsAndBoundsAreChecked() {
        AnswerSet answers = new AnswerSet(Map.of("trained", Value.choice("maybe"), "likert", Value.choice("x"),
                "topics", Value.choice("a", "b", "c"), "years", Value.number(60), "score", Value.number(7.5)));
        assertThat(AnswerRules.problems(structure, answers, true)).containsEntry("trained", "survey.answer.badChoice")
                .containsEntry("likert", "survey.answer.badChoice").containsEntry("topics", "survey.answer.tooMany")
                .containsEntry("years", "survey.answer.range").containsEntry("score", "survey.answer.rating");
    }

    @Test
    void rowsCarryScoresForScalesAndOneRowPerChosenOption() {
        AnswerSet answers = new AnswerSet(Map.of("trained", Value.choice("yes"), "which", Value.text(" ADVP "),
                "likert", Value.choice("mid"), "topics", Value.choice("a", "c")));
        List<Answer> rows = AnswerRules.rows(structure, answers, "r1", 7L);
        assertThat(rows).filteredOn(a -> a.getQuestionCode().equals("likert")).singleElement()
                .satisfies(a -> assertThat(a.getNumberValue()).isEqualTo(2.0));
        assertThat(rows).filteredOn(a -> a.getQuestionCode().equals("topics")).extracting(Answer::getOptionCode)
                .containsExactlyInAnyOrder("a", "c");
        assertThat(rows).filteredOn(a -> a.getQuestionCode().equals("which")).singleElement()
                .satisfies(a -> assertThat(a.getTextValue()).isEqualTo("ADVP"));
        assertThat(rows).allSatisfy(a -> assertThat(a.getSurveyId()).isEqualTo(7L));
    }

    @Test
    void rowsCarryTheStructuresOwnCodesNotTheAnswersCopies() {
        Question matrix = new Question("aspects", QuestionType.MATRIX, Text.of("Aspects", "Aspects"), null, true,
                List.of(c("lo", null), c("hi", null)), List.of(c("pay", null), c("team", null)), null, null, null,
                null);
        SurveyStructure withMatrix = new SurveyStructure(List.of(new Section("s", Text.of("S", "S"),
                List.of(structure.questions().get(2), matrix))));
        // Codes as a request brings them: equal to the structure's, but other string objects
        AnswerSet answers = new AnswerSet(Map.of("topics", Value.choice(new String("b")),
                "aspects", Value.rows(Map.of(new String("team"), new String("hi")))));

        List<Answer> rows = AnswerRules.rows(withMatrix, answers, "r1", 7L);

        Answer topic = rows.stream().filter(a -> a.getQuestionCode().equals("topics")).findFirst().orElseThrow();
        Answer aspect = rows.stream().filter(a -> a.getQuestionCode().equals("aspects")).findFirst().orElseThrow();
        assertThat(topic.getOptionCode()).isEqualTo("b").isSameAs(withMatrix.questions().get(0).choices().get(1).code());
        assertThat(aspect.getItemCode()).isEqualTo("team").isSameAs(matrix.items().get(1).code());
        assertThat(aspect.getOptionCode()).isEqualTo("hi").isSameAs(matrix.choices().get(1).code());
        assertThat(aspect.getQuestionCode()).isSameAs(matrix.code());
    }
}
