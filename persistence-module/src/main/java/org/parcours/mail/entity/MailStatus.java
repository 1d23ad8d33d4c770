package org.parcours.mail.entity;

/** Where a queued mail stands: waiting to be sent (or re-sent), sent, failed for good, or cancelled by an admin. */
public enum MailStatus {
    PENDING, SENT, FAILED, CANCELLED
}
