package org.parcours.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A structured piece of feedback on a session: theme, observation, a quote, and the change it suggests. */
@Entity
@Table(name = "training_feedback")
public class FeedbackItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_feedback_seq")
    @SequenceGenerator(name = "training_feedback_seq", sequenceName = "training_feedback_seq", allocationSize = 50)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackSource source;

    @Column(nullable = false, length = 200)
    private String theme;

    @Column(nullable = false, length = 4000)
    private String observation;

    @Column(length = 1000)
    private String quote;

    @Column(name = "suggested_change", length = 2000)
    private String suggestedChange;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FeedbackItem() {
    }

    public FeedbackItem(Long sessionId, FeedbackSource source, String theme, String observation, String quote,
            String suggestedChange, String recordedBy, Instant now) {
        this.sessionId = sessionId;
        this.source = source;
        this.theme = theme;
        this.observation = observation;
        this.quote = quote;
        this.suggestedChange = suggestedChange;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public FeedbackSource getSource() {
        return source;
    }

    public String getTheme() {
        return theme;
    }

    public String getObservation() {
        return observation;
    }

    public String getQuote() {
        return quote;
    }

    public String getSuggestedChange() {
        return suggestedChange;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
