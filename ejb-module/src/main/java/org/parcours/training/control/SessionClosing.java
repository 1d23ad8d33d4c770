package org.parcours.training.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parcours.audit.control.AuditTrail;
import org.parcours.survey.control.SurveyFactory;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.Survey;
import org.parcours.training.entity.Enrolment;
import org.parcours.training.entity.EnrolmentStatus;
import org.parcours.training.entity.ReflectionPrompt;
import org.parcours.training.entity.TrainingSession;

/**
 * What happens when a session ends: the satisfaction survey goes out to its participants (anonymous, reminders
 * before it closes two weeks later, results shared with the steering committee), and reflection prompts are
 * planned at the program's rhythm.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SessionClosing {

    @PersistenceContext
    EntityManager em;

    @EJB
    SurveyFactory surveys;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    public void close(TrainingSession session) {
        session.end(clock.instant());
        List<Enrolment> registered = em.createQuery("select e from Enrolment e where e.session = :s"
                + " and e.status = :registered", Enrolment.class).setParameter("s", session)
                .setParameter("registered", EnrolmentStatus.REGISTERED).getResultList();
        boolean attendanceTaken = registered.stream().anyMatch(e -> !e.getAttendance().isEmpty());
        List<Long> participants = registered.stream().filter(e -> !attendanceTaken || e.attended())
                .map(Enrolment::getStaffId).toList();
        if (session.getSatisfactionSurveyId() == null && !participants.isEmpty()) {
            Survey survey = surveys.forTraining("training-satisfaction", AccessMode.LINK_ANONYMOUS,
                    "Satisfaction – " + session.getTitle(), "Satisfaction – " + session.getTitle(),
                    session.getProgram().getId(), session.getId(), clock.instant().plus(Duration.ofDays(14)));
            surveys.inviteAndOpen(survey, participants, session.getId());
            session.attachSatisfactionSurvey(survey.getId());
        }
        LocalDate end = session.getEndsOn();
        for (Long staffId : participants) {
            for (Integer days : session.getProgram().reflectionDayList()) {
                em.persist(new ReflectionPrompt(session.getId(), staffId, days, end.plusDays(days)));
            }
        }
        audit.record("END_SESSION", "TrainingSession", session.getId(), session.getTitle(), null,
                Map.of("participants", participants.size(), "survey", String.valueOf(session.getSatisfactionSurveyId())));
    }
}
