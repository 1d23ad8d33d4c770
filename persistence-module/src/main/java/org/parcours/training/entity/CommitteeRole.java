package org.parcours.training.entity;

/** A steering committee seat: a sponsor of the program, or a representative of its participants. */
public enum CommitteeRole {
    SPONSOR, PARTICIPANT_REPRESENTATIVE
}
