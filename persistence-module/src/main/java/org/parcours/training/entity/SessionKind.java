package org.parcours.training.entity;

/** A pilot session validates the content; regular sessions follow. */
public enum SessionKind {
    PILOT, REGULAR
}
