package org.parcours.survey.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyKind;

class SurveyLifecycleTest {

    private final Instant closes = Instant.parse("2026-12-20T18:00:00Z");

    private Survey survey(String reminders) {
        Survey survey = new Survey("t", "t", SurveyKind.OTHER, AccessMode.LINK_ANONYMOUS, "{}", "hr",
                closes.minus(Duration.ofDays(30)));
        survey.schedule(null, closes);
        survey.configure(AccessMode.LINK_ANONYMOUS, 5, reminders, 24,
                org.parcours.survey.entity.RetentionAction.DELETE_RESPONSES,
                org.parcours.survey.entity.ResultsSharing.HR_ONLY);
        return survey;
    }

    @Test
    void theLatestReminderDayReachedIsTheOneDue() {
        Survey survey = survey("7, 2");
        assertThat(SurveyLifecycle.dueReminder(survey, closes.minus(Duration.ofDays(8)))).isEmpty();
        assertThat(SurveyLifecycle.dueReminder(survey, closes.minus(Duration.ofDays(6))))
                .contains(closes.minus(Duration.ofDays(7)));
        assertThat(SurveyLifecycle.dueReminder(survey, closes.minus(Duration.ofDays(1))))
                .contains(closes.minus(Duration.ofDays(2)));
        assertThat(SurveyLifecycle.dueReminder(survey, closes.plusSeconds(1))).isEmpty();
    }

    @Test
    void noReminderDaysMeansNoAutomaticReminder() {
        assertThat(SurveyLifecycle.dueReminder(survey(""), closes.minus(Duration.ofHours(1)))).isEmpty();
    }
}
