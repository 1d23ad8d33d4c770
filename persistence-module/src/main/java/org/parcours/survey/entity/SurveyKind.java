package org.parcours.survey.entity;

/** What a survey is for. */
public enum SurveyKind {
    TRAINING_SATISFACTION, NEEDS_ASSESSMENT, CAREER_CHECK_IN, BAROMETER, OTHER
}
