package org.parcours.survey.boundary;

import java.time.Instant;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.AnswerSet;
import org.parcours.survey.entity.SurveyStructure;

/** What the answering page shows for a personal link: the survey, its state for this person, and their draft. */
public record RespondentView(String token, long surveyId, String titleFr, String titleEn, String introFr,
        String introEn, AccessMode accessMode, SurveyStructure structure, AnswerSet draft, State state,
        Instant closesAt, String language, int anonymityThreshold) {

    /** Where the person stands with this survey. */
    public enum State {
        OPEN, ANSWERED, CLOSED, NOT_YET_OPEN
    }
}
