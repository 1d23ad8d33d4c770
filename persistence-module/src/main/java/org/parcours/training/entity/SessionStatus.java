package org.parcours.training.entity;

/** Where a training session stands. */
public enum SessionStatus {
    PLANNED, OPEN_FOR_ENROLMENT, RUNNING, DONE, CANCELLED
}
