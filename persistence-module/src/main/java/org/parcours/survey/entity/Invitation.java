package org.parcours.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A person invited to answer a survey, with their personal link token. For an anonymous survey it only ever records
 * that the person answered, never when or what; a draft in progress is kept here until it is submitted.
 */
@Entity
@Table(name = "survey_invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_invitation_seq")
    @SequenceGenerator(name = "survey_invitation_seq", sequenceName = "survey_invitation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id", nullable = false)
    private Survey survey;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(length = 5)
    private String locale;

    @Column(nullable = false, length = 64, unique = true)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvitationStatus status = InvitationStatus.INVITED;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;

    @Column(name = "reminder_count", nullable = false)
    private int reminderCount;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "training_session_id")
    private Long trainingSessionId;

    @Column(name = "draft_json", length = 400000)
    private String draftJson;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    protected Invitation() {
    }

    public Invitation(Survey survey, Long staffId, String email, String displayName, String locale, String token,
            Long trainingSessionId, Instant now) {
        this.survey = survey;
        this.staffId = staffId;
        this.email = email;
        this.displayName = displayName;
        this.locale = locale;
        this.token = token;
        this.trainingSessionId = trainingSessionId;
        this.invitedAt = now;
    }

    public boolean hasAnswered() {
        return status == InvitationStatus.ANSWERED;
    }

    /** Records the answer: for an anonymous survey, only the fact; the draft is dropped either way. */
    public void answered(Instant now) {
        this.status = InvitationStatus.ANSWERED;
        this.answeredAt = survey.getAccessMode().anonymous() ? null : now;
        this.draftJson = null;
        this.draftSavedAt = null;
    }

    public void saveDraft(String json, Instant now) {
        this.draftJson = json;
        this.draftSavedAt = survey.getAccessMode().anonymous() ? null : now;
    }

    public void mailed(Instant now) {
        this.mailedAt = now;
    }

    public void reminded(Instant now) {
        this.lastRemindedAt = now;
        this.reminderCount++;
    }

    public void withdraw() {
        if (status == InvitationStatus.INVITED) {
            status = InvitationStatus.WITHDRAWN;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Survey getSurvey() {
        return survey;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getLocale() {
        return locale;
    }

    public String getToken() {
        return token;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }

    public Instant getLastRemindedAt() {
        return lastRemindedAt;
    }

    public int getReminderCount() {
        return reminderCount;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getTrainingSessionId() {
        return trainingSessionId;
    }

    public String getDraftJson() {
        return draftJson;
    }

    public Instant getDraftSavedAt() {
        return draftSavedAt;
    }
}
