package org.parcours.survey.boundary;

import java.time.Instant;

/** An open survey the signed-in person can answer, with their personal link token and whether a draft waits. */
public record MySurvey(long surveyId, String titleFr, String titleEn, Instant closesAt, String token,
        boolean draftSaved, boolean anonymous) {
}
