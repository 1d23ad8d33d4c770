package org.parcours.survey.entity;

/** An invitation is pending until its invitee answers. */
public enum InvitationStatus {
    INVITED, ANSWERED, WITHDRAWN
}
