package org.parcours.training.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.parcours.mail.control.MailOutbox;
import org.parcours.organization.control.StaffDirectory;
import org.parcours.platform.control.ParcoursConfig;
import org.parcours.training.entity.ReflectionPrompt;
import org.parcours.training.entity.SessionStatus;
import org.parcours.training.entity.TrainingSession;

/** The work of the training timers, one session or prompt per transaction. */
@Stateless
public class TrainingTimers {

    @PersistenceContext
    EntityManager em;

    @EJB
    SessionClosing closing;

    @EJB
    MailOutbox outbox;

    @Inject
    StaffDirectory directory;

    @Inject
    ParcoursConfig config;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> endSessionsBefore(LocalDate day) {
        return em.createQuery("select s.id from TrainingSession s where s.status = :running and s.endsOn < :day",
                Long.class).setParameter("running", SessionStatus.RUNNING).setParameter("day", day).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void endSession(Long sessionId) {
        TrainingSession session = em.find(TrainingSession.class, sessionId);
        if (session != null && session.getStatus() == SessionStatus.RUNNING) {
            closing.close(session);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> duePrompts(LocalDate day) {
        return em.createQuery("select r.id from ReflectionPrompt r where r.sentAt is null and r.dueOn <= :day",
                Long.class).setParameter("day", day).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sendPrompt(Long promptId) {
        ReflectionPrompt prompt = em.find(ReflectionPrompt.class, promptId);
        if (prompt == null || prompt.getSentAt() != null) {
            return;
        }
        TrainingSession session = em.find(TrainingSession.class, prompt.getSessionId());
        directory.person(prompt.getStaffId()).ifPresent(person -> outbox.queue(person.email(),
                Locale.forLanguageTag(person.locale()), "training.reflection", "session:" + session.getId(),
                person.name(), session.getTitle(), prompt.getDaysAfter(),
                config.baseUrl() + "/training/journal.xhtml?session=" + session.getId()));
        prompt.sent(clock.instant());
    }
}
