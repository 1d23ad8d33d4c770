package org.parcours.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.SurveyJson;
import org.parcours.survey.entity.SurveyStructure;

class SurveyJsonTest {

    private static String structure(String code) {
        return "{\"sections\":[{\"code\":\"s1\",\"title\":{\"fr\":\"Partie\",\"en\":\"Part\"},\"questions\":[{\"code\":\""
                + code + "\",\"type\":\"YES_NO\",\"text\":{\"fr\":\"Satisfait ?\",\"en\":\"Satisfied?\"}}]}]}";
    }

    @Test
    void aStructureReadAgainFromAnEqualTextIsTheOneReadBeforeAndAnotherTextGivesItsOwn() {
        // Two distinct string objects of the same text, as two reads of the same row give
        SurveyStructure first = SurveyJson.structure(new String(structure("q1")));
        SurveyStructure again = SurveyJson.structure(new String(structure("q1")));
        SurveyStructure other = SurveyJson.structure(structure("q2"));

        assertThat(again).isSameAs(first);
        assertThat(first.questions()).extracting(SurveyStructure.Question::code).containsExactly("q1");
        assertThat(other.questions()).extracting(SurveyStructure.Question::code).containsExactly("q2");
        assertThat(other.questions().get(0).type()).isEqualTo(QuestionType.YES_NO);
    }

    @Test
    void aSurveyVersionsStructureIsReadFromItsTextOnceAndANewVersionIsReadAgain() {
        long survey = System.nanoTime();
        AtomicInteger reads = new AtomicInteger();
        SurveyStructure first = SurveyJson.structure(survey, 3, () -> {
            reads.incrementAndGet();
            return structure("v3");
        });
        SurveyStructure again = SurveyJson.structure(survey, 3, () -> {
            reads.incrementAndGet();
            return structure("not read");
        });
        SurveyStructure next = SurveyJson.structure(survey, 4, () -> {
            reads.incrementAndGet();
            return structure("v4");
        });
        SurveyStructure otherSurvey = SurveyJson.structure(survey + 1, 3, () -> {
            reads.incrementAndGet();
            return structure("other");
        });

        assertThat(again).isSameAs(first);
        assertThat(reads).hasValue(3);
        assertThat(first.questions()).extracting(SurveyStructure.Question::code).containsExactly("v3");
        assertThat(next.questions()).extracting(SurveyStructure.Question::code).containsExactly("v4");
        assertThat(otherSurvey.questions()).extracting(SurveyStructure.Question::code).containsExactly("other");
    }

    @Test
    void aKeptStructureCannotBeChangedByWhoeverReadsIt() {
        SurveyStructure kept = SurveyJson.structure(structure("q3"));
        assertThatThrownBy(() -> kept.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> kept.sections().get(0).questions().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(SurveyJson.structure(structure("q3")).questions()).hasSize(1);
    }

    @Test
    void textThatIsNoStructureIsRefusedEveryTime() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> SurveyJson.structure("{\"sections\":")).isInstanceOf(BusinessException.class)
                    .hasMessageContaining("survey.json.invalid");
            assertThatThrownBy(() -> SurveyJson.structure(null)).isInstanceOf(BusinessException.class)
                    .hasMessageContaining("survey.json.invalid");
        }
    }
}
