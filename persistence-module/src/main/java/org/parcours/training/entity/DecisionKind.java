package org.parcours.training.entity;

/** What a committee decision changes in the program. */
public enum DecisionKind {
    CONTENT, FORMAT, DURATION, MATERIALS, GROUPING
}
