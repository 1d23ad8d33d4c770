package org.parcours.training.entity;

/** Who may read a practice journal entry: only its author unless they choose otherwise. */
public enum JournalSharing {
    PRIVATE, TRAINER, GROUP
}
