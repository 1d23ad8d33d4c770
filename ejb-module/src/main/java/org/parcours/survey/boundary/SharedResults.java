package org.parcours.survey.boundary;

import java.time.Instant;

/** A survey whose results HR shared with its respondents, as listed to one of them. */
public record SharedResults(long surveyId, String titleFr, String titleEn, Instant closedAt) {
}
