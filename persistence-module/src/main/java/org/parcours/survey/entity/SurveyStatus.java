package org.parcours.survey.entity;

/** The life of a survey: drafted, open for answers, closed, then archived. */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED, ARCHIVED
}
