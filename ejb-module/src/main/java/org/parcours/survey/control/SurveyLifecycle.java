package org.parcours.survey.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcours.audit.control.AuditTrail;
import org.parcours.survey.entity.RetentionAction;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyStatus;

/**
 * What happens to surveys with time, one survey per transaction: opening and closing at their scheduled dates,
 * automatic reminders a set number of days before closing, and applying the retention period.
 */
@Stateless
public class SurveyLifecycle {

    private static final Logger LOG = Logger.getLogger(SurveyLifecycle.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    InvitationMailer mailer;

    @EJB
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> surveysIn(SurveyStatus status) {
        return em.createQuery("select s.id from Survey s where s.status = :status", Long.class)
                .setParameter("status", status).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> closedSurveys() {
        return em.createQuery("select s.id from Survey s where s.status in :done and s.retentionAppliedAt is null",
                Long.class).setParameter("done", List.of(SurveyStatus.CLOSED, SurveyStatus.ARCHIVED)).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean openIfDue(long surveyId, Instant now) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null || !survey.isDueToOpen(now)) {
            return false;
        }
        Map<String, Object> before = survey.snapshot();
        survey.open(now);
        int mailed = mailer.inviteAllPending(survey);
        audit.record("OPEN", "Survey", surveyId, "opened on schedule – " + mailed + " invitation(s) queued", before,
                survey.snapshot());
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean closeIfDue(long surveyId, Instant now) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null || !survey.isDueToClose(now)) {
            return false;
        }
        Map<String, Object> before = survey.snapshot();
        survey.close(now);
        audit.record("CLOSE", "Survey", surveyId, "closed on schedule", before, survey.snapshot());
        return true;
    }

    /** Sends the latest reminder whose day has come, to invitees not reminded since; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remindIfDue(long surveyId, Instant now) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null || survey.getStatus() != SurveyStatus.OPEN || survey.getClosesAt() == null) {
            return 0;
        }
        Optional<Instant> due = dueReminder(survey, now);
        if (due.isEmpty()) {
            return 0;
        }
        int reminded = mailer.remindNonRespondents(survey, due.get());
        if (reminded > 0) {
            audit.record("REMIND", "Survey", surveyId, reminded + " automatic reminder(s)", null,
                    Map.of("reminded", reminded));
        }
        return reminded;
    }

    /** The latest reminder time (closing minus N days) already reached, if the survey is still open. */
    static Optional<Instant> dueReminder(Survey survey, Instant now) {
        return survey.reminderDayList().stream().map(days -> survey.getClosesAt().minus(Duration.ofDays(days)))
                .filter(time -> !time.isAfter(now) && now.isBefore(survey.getClosesAt()))
                .max(Instant::compareTo);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean applyRetentionIfDue(long surveyId, Instant now) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null || !survey.isRetentionDue(now)) {
            return false;
        }
        int affected;
        if (survey.getRetentionAction() == RetentionAction.DELETE_RESPONSES) {
            em.createQuery("delete from Answer a where a.surveyId = :s").setParameter("s", surveyId).executeUpdate();
            org.parcours.survey.entity.ResultTallies.forget(em, surveyId);
            affected = em.createQuery("delete from SurveyResponse r where r.surveyId = :s").setParameter("s", surveyId)
                    .executeUpdate();
        } else {
            affected = em.createQuery("update SurveyResponse r set r.staffId = null, r.invitationId = null"
                    + " where r.surveyId = :s").setParameter("s", surveyId).executeUpdate();
            em.createQuery("update Invitation i set i.answeredAt = null, i.draftJson = null where i.survey.id = :s")
                    .setParameter("s", surveyId).executeUpdate();
        }
        survey.retentionApplied(now);
        audit.record("RETENTION", "Survey", surveyId, survey.getRetentionAction() + ": " + affected + " response(s)",
                null, Map.of("action", survey.getRetentionAction().name(), "responses", affected));
        LOG.log(Level.INFO, "event=survey.retention survey={0} action={1} responses={2}",
                new Object[] {surveyId, survey.getRetentionAction(), affected});
        return true;
    }
}
