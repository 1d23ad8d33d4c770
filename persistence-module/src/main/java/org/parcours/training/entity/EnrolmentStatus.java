package org.parcours.training.entity;

/** A participant's place in a session: invited, registered, on the waiting list, or cancelled. */
public enum EnrolmentStatus {
    INVITED, REGISTERED, WAITING, CANCELLED
}
