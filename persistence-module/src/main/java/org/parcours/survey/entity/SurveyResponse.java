package org.parcours.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One submitted response. Its id is random, so rows carry no order. For an anonymous survey it holds no invitation,
 * person, token, address or time of day: only the date, and the coarse attributes results are broken down by
 * (the respondent's delegation or department, category, experience band, training session), shown only in groups of
 * at least the survey's threshold.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(length = 5)
    private String language;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "invitation_id")
    private Long invitationId;

    @Column(name = "unit_code", length = 40)
    private String unitCode;

    @Column(length = 20)
    private String category;

    @Column(name = "experience_band", length = 20)
    private String experienceBand;

    @Column(name = "training_session_id")
    private Long trainingSessionId;

    protected SurveyResponse() {
    }

    public SurveyResponse(String id, Long surveyId, LocalDate submittedOn, String language, Long staffId,
            Long invitationId, String unitCode, String category, String experienceBand, Long trainingSessionId) {
        this.id = id;
        this.surveyId = surveyId;
        this.submittedOn = submittedOn;
        this.language = language;
        this.staffId = staffId;
        this.invitationId = invitationId;
        this.unitCode = unitCode;
        this.category = category;
        this.experienceBand = experienceBand;
        this.trainingSessionId = trainingSessionId;
    }

    /** Cuts the tie to the person, as retention requires for identified surveys. */
    public void anonymise() {
        this.staffId = null;
        this.invitationId = null;
    }

    public String getId() {
        return id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public String getLanguage() {
        return language;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getCategory() {
        return category;
    }

    public String getExperienceBand() {
        return experienceBand;
    }

    public Long getTrainingSessionId() {
        return trainingSessionId;
    }
}
