package org.parcours.training.entity;

/** Where a piece of feedback on a session comes from. */
public enum FeedbackSource {
    ROUNDTABLE, TRAINER, SURVEY
}
