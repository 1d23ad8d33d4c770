package org.parcours.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.ResultsSharing;
import org.parcours.survey.entity.RetentionAction;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyKind;
import org.parcours.survey.entity.SurveyStatus;

class SurveyTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private Survey survey() {
        return new Survey("Titre", "Title", SurveyKind.OTHER, AccessMode.LINK_ANONYMOUS, "{\"sections\":[]}", "hr",
                now);
    }

    @Test
    void aSurveyGoesFromDraftToOpenToClosedToArchived() {
        Survey survey = survey();
        survey.open(now);
        assertThat(survey.acceptsAnswers(now)).isTrue();
        survey.close(now.plusSeconds(60));
        assertThat(survey.acceptsAnswers(now.plusSeconds(61))).isFalse();
        survey.archive();
        assertThat(survey.getStatus()).isEqualTo(SurveyStatus.ARCHIVED);
        assertThatThrownBy(() -> survey.open(now)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("survey.notDraft");
    }

    @Test
    void questionsAreLockedOnceTheFirstResponseIsIn() {
        Survey survey = survey();
        survey.open(now);
        survey.replaceStructure("{\"sections\":[]}");
        survey.recordResponse(now);
        assertThatThrownBy(() -> survey.replaceStructure("{}")).isInstanceOf(BusinessException.class)
                .hasMessageContaining("survey.locked");
        assertThatThrownBy(() -> survey.configure(AccessMode.LINK_IDENTIFIED, 5, "", 12,
                RetentionAction.DELETE_RESPONSES, ResultsSharing.HR_ONLY)).isInstanceOf(BusinessException.class);
        Survey next = survey.copy("Titre", "Title", "hr", now, true);
        assertThat(next.getStructureVersion()).isEqualTo(2);
        assertThat(next.isLocked()).isFalse();
    }

    @Test
    void aClosingDateEndsAnswersEvenBeforeTheTimerClosesTheSurvey() {
        Survey survey = survey();
        survey.schedule(null, now.plus(Duration.ofDays(1)));
        survey.open(now);
        assertThat(survey.acceptsAnswers(now.plus(Duration.ofDays(1)))).isFalse();
        assertThat(survey.isDueToClose(now.plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void remindersAreNormalisedAndChecked() {
        Survey survey = survey();
        survey.configure(AccessMode.LINK_ANONYMOUS, 5, "2; 7,7", 12, RetentionAction.DELETE_RESPONSES,
                ResultsSharing.HR_ONLY);
        assertThat(survey.getReminderDays()).isEqualTo("7,2");
        assertThatThrownBy(() -> survey.configure(AccessMode.LINK_ANONYMOUS, 5, "tomorrow", 12,
                RetentionAction.DELETE_RESPONSES, ResultsSharing.HR_ONLY)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("survey.reminders.format");
    }

    @Test
    void retentionIsDueTheGivenNumberOfMonthsAfterClosing() {
        Survey survey = survey();
        survey.configure(AccessMode.LINK_ANONYMOUS, 5, "", 6, RetentionAction.DELETE_RESPONSES,
                ResultsSharing.HR_ONLY);
        survey.open(now);
        survey.close(now);
        assertThat(survey.isRetentionDue(now.plus(Duration.ofDays(150)))).isFalse();
        assertThat(survey.isRetentionDue(now.plus(Duration.ofDays(190)))).isTrue();
        survey.retentionApplied(now.plus(Duration.ofDays(190)));
        assertThat(survey.isRetentionDue(now.plus(Duration.ofDays(400)))).isFalse();
    }
}
