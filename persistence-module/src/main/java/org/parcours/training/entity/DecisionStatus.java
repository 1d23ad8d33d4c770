package org.parcours.training.entity;

/** The life of a committee decision. */
public enum DecisionStatus {
    PROPOSED, APPROVED, REJECTED, IMPLEMENTED
}
