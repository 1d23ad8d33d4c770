package org.parcours.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * A mail written to the outbox in the same transaction as the change that caused it, and sent later by the
 * dispatcher timer. A failed attempt is retried with exponential backoff until {@code maxAttempts}.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

    private static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 20000)
    private String bodyText;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(length = 100)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String bodyText, String kind, String reference,
            Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.kind = kind;
        this.reference = reference;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public boolean isDue(Instant now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    public void delivered(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * Records a failed attempt: the next one waits {@code firstDelay}, then twice as long each time; after
     * {@code maxAttempts} the mail is FAILED and only an admin's retry sends it again.
     */
    public void attemptFailed(Instant now, String error, Duration firstDelay, int maxAttempts) {
        attempts++;
        lastError = error == null ? null : error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(firstDelay.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    /** An admin asks for another try, now. */
    public void retry(Instant now) {
        if (status == MailStatus.SENT) {
            throw new IllegalStateException("mail " + id + " was already sent");
        }
        status = MailStatus.PENDING;
        nextAttemptAt = now;
    }

    public void cancel() {
        if (status == MailStatus.SENT) {
            throw new IllegalStateException("mail " + id + " was already sent");
        }
        status = MailStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
