package org.parcours.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A reflection prompt due to a participant some days after their session, sent once. */
@Entity
@Table(name = "training_reflection")
public class ReflectionPrompt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_reflection_seq")
    @SequenceGenerator(name = "training_reflection_seq", sequenceName = "training_reflection_seq", allocationSize = 50)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(name = "days_after", nullable = false)
    private int daysAfter;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected ReflectionPrompt() {
    }

    public ReflectionPrompt(Long sessionId, Long staffId, int daysAfter, LocalDate dueOn) {
        this.sessionId = sessionId;
        this.staffId = staffId;
        this.daysAfter = daysAfter;
        this.dueOn = dueOn;
    }

    public void sent(Instant now) {
        this.sentAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public int getDaysAfter() {
        return daysAfter;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
