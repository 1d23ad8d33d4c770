package org.parcours.survey.boundary;

import org.parcours.survey.entity.AnswerSet;
import org.parcours.survey.entity.SurveyStructure;

/**
 * Fired (CDI event, in the answering transaction) when a response is recorded. {@code staffId} is set only for
 * identified surveys: observers never learn who answered an anonymous one.
 */
public record SurveyAnswered(long surveyId, Long programId, Long trainingSessionId, Long staffId,
        SurveyStructure structure, AnswerSet answers) {
}
