package org.parcours.survey.entity;

/** What happens to responses when a survey's retention period ends. */
public enum RetentionAction {
    DELETE_RESPONSES, ANONYMISE_RESPONSES
}
