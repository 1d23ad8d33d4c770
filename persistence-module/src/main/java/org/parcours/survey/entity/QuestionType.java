package org.parcours.survey.entity;

/** The kinds of questions a survey asks. */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, LIKERT, RATING_0_10, MATRIX, YES_NO, NUMBER, DATE, SHORT_TEXT, LONG_TEXT;

    /** Answers counted per option (charts of counts and percentages). */
    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == LIKERT || this == YES_NO
                || this == MATRIX;
    }

    /** Answers with a number, for which a mean and a median make sense. */
    public boolean isNumeric() {
        return this == LIKERT || this == RATING_0_10 || this == NUMBER || this == MATRIX;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }
}
