package org.parcours.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.survey.control.LimeSurveyImporter;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.SurveyStructure;
import org.parcours.survey.entity.SurveyStructure.Question;

class LimeSurveyImporterTest {

    private static byte[] file(String name) throws IOException {
        try (InputStream in = LimeSurveyImporterTest.class.getResourceAsStream("/lss/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aVersion3FileKeepsSupportedQuestionsInBothLanguagesAndReportsTheRest() throws IOException {
        LimeSurveyImporter.Outcome outcome = LimeSurveyImporter.read(file("limesurvey-v3.lss"));
        SurveyStructure structure = outcome.document().structure();

        assertThat(outcome.document().titleFr()).isEqualTo("Enquête de test");
        assertThat(outcome.document().titleEn()).isEqualTo("Test survey");
        assertThat(structure.sections()).hasSize(1);
        assertThat(structure.sections().get(0).title().en()).isEqualTo("Your profile");
        assertThat(structure.questions()).extracting(Question::code)
                .containsExactly("Experience", "Content", "Comments");
        Question experience = structure.question("Experience").orElseThrow();
        assertThat(experience.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(experience.required()).isTrue();
        assertThat(experience.text().fr()).isEqualTo("Depuis combien de temps ?");
        assertThat(experience.choices()).extracting(c -> c.label().en())
                .containsExactly("Less than 2 years", "2 years or more");
        Question content = structure.question("Content").orElseThrow();
        assertThat(content.type()).isEqualTo(QuestionType.MATRIX);
        assertThat(content.items()).extracting(c -> c.label().fr()).containsExactly("Clarté", "Utilité");
        assertThat(content.choices()).hasSize(5);
        assertThat(outcome.unsupported()).anySatisfy(line -> assertThat(line).contains("Ranking").contains("ranking"));
        assertThat(outcome.unsupported()).anySatisfy(line -> assertThat(line).contains("condition of question Content"));
        assertThat(structure.problems()).isEmpty();
    }

    @Test
    void aVersion5FileReadsItsTranslationTables() throws IOException {
        LimeSurveyImporter.Outcome outcome = LimeSurveyImporter.read(file("limesurvey-v5.lss"));
        SurveyStructure structure = outcome.document().structure();

        assertThat(structure.sections().get(0).title().en()).isEqualTo("About you");
        assertThat(structure.questions()).extracting(Question::code).containsExactly("Category", "Years", "Topics");
        assertThat(structure.question("Category").orElseThrow().choices()).extracting(c -> c.label().en())
                .containsExactly("Researcher", "Engineer");
        assertThat(structure.question("Years").orElseThrow().type()).isEqualTo(QuestionType.NUMBER);
        assertThat(structure.question("Topics").orElseThrow().choices()).extracting(c -> c.label().en())
                .containsExactly("Mobility", "Management");
        assertThat(outcome.unsupported()).anySatisfy(line -> assertThat(line).contains("Upload").contains("file upload"));
        assertThat(outcome.unsupported()).anySatisfy(line -> assertThat(line).contains("\"other\"").contains("Topics"));
    }

    @Test
    void aFileThatIsNotLimeSurveyIsRefusedClearly() {
        assertThatThrownBy(() -> LimeSurveyImporter.read("<html><body>nope</body></html>".getBytes()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("survey.lss.notLss");
        assertThatThrownBy(() -> LimeSurveyImporter.read("not xml at all".getBytes()))
                .isInstanceOf(BusinessException.class).hasMessageContaining("survey.lss.unreadable");
    }

    @Test
    void aVersion6FileInTwoLanguagesKeepsBothAndNamesWhatItLeavesOut() throws IOException {
        LimeSurveyImporter.Outcome outcome = LimeSurveyImporter.read(file("limesurvey-v6.lss"));
        SurveyStructure structure = outcome.document().structure();

        assertThat(outcome.document().titleFr()).isEqualTo("Satisfaction après la session");
        assertThat(outcome.document().titleEn()).isEqualTo("Satisfaction after the session");
        assertThat(structure.sections().get(0).title().fr()).isEqualTo("La session");
        assertThat(structure.questions()).extracting(Question::code, Question::type).containsExactly(
                org.assertj.core.api.Assertions.tuple("Overall", QuestionType.LIKERT),
                org.assertj.core.api.Assertions.tuple("Again", QuestionType.YES_NO),
                org.assertj.core.api.Assertions.tuple("Attended", QuestionType.DATE),
                org.assertj.core.api.Assertions.tuple("Remarks", QuestionType.LONG_TEXT));
        Question overall = structure.question("Overall").orElseThrow();
        assertThat(overall.required()).isTrue();
        assertThat(overall.text().en()).isEqualTo("Overall rating of the session");
        assertThat(overall.text().fr()).isEqualTo("Note globale de la session");
        assertThat(overall.choices()).hasSize(5);
        assertThat(outcome.unsupported()).singleElement().satisfies(line -> assertThat(line).contains("Hours")
                .contains("multiple numerical input"));
        assertThat(structure.problems()).isEmpty();
    }
}
