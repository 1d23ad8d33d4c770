package org.parcours.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parcours.portal.boundary.PendingTask;
import org.parcours.portal.control.TaskSource;
import org.parcours.training.entity.DecisionStatus;
import org.parcours.training.entity.EnrolmentStatus;
import org.parcours.training.entity.ReflectionPrompt;
import org.parcours.training.entity.SessionStatus;
import org.parcours.training.entity.TrainingSession;

/**
 * "My space": proposed decisions awaiting a committee member, the sessions a trainer runs, invitations to answer
 * once enrolment is open, and a step back in the journal when a reflection prompt came and the participant has not
 * written since.
 */
@ApplicationScoped
public class TrainingTasks implements TaskSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingAccess access;

    @Inject
    java.time.Clock clock;

    @Override
    public List<PendingTask> tasksFor(String username, Long staffId, Set<String> roles) {
        List<PendingTask> tasks = new ArrayList<>();
        List<Long> programs = access.committeePrograms(username);
        if (!programs.isEmpty()) {
            for (Object[] row : em.createQuery("select d.programId, count(d) from Decision d where d.programId in :p"
                    + " and d.status = :proposed group by d.programId", Object[].class).setParameter("p", programs)
                    .setParameter("proposed", DecisionStatus.PROPOSED).getResultList()) {
                tasks.add(new PendingTask("training", "task.training.decisions", List.of(String.valueOf(row[1])),
                        "/training/program.xhtml?id=" + row[0] + "#decisions", PendingTask.Urgency.TODO, null));
            }
        }
        if (staffId != null) {
            for (TrainingSession trained : em.createQuery("select s from TrainingSession s where s.trainerStaffId = :me"
                    + " and (s.status in :coming or (s.status = :done and s.endedAt > :recently))"
                    + " order by s.startsOn", TrainingSession.class).setParameter("me", staffId)
                    .setParameter("coming", List.of(SessionStatus.PLANNED, SessionStatus.OPEN_FOR_ENROLMENT,
                            SessionStatus.RUNNING)).setParameter("done", SessionStatus.DONE)
                    .setParameter("recently", clock.instant().minus(Duration.ofDays(30))).getResultList()) {
                tasks.add(new PendingTask("training", "task.training.trainer", List.of(trained.getTitle()),
                        "/training/session.xhtml?id=" + trained.getId(), PendingTask.Urgency.INFO,
                        trained.getStartsOn()));
            }
            for (TrainingSession invitedTo : em.createQuery("select e.session from Enrolment e where e.staffId = :me"
                    + " and e.status = :invited and e.session.status = :open order by e.session.startsOn",
                    TrainingSession.class).setParameter("me", staffId)
                    .setParameter("invited", EnrolmentStatus.INVITED)
                    .setParameter("open", SessionStatus.OPEN_FOR_ENROLMENT).getResultList()) {
                tasks.add(new PendingTask("training", "task.training.invitation", List.of(invitedTo.getTitle()),
                        "/training/invitation.xhtml?session=" + invitedTo.getId(), PendingTask.Urgency.TODO,
                        invitedTo.getStartsOn()));
            }
            // a prompt sent in the last two weeks asks for a step back, until the participant writes after it
            Map<Long, Instant> lastPromptOf = new LinkedHashMap<>();
            for (ReflectionPrompt prompt : em.createQuery("select r from ReflectionPrompt r where r.staffId = :me"
                    + " and r.sentAt > :since order by r.sentAt", ReflectionPrompt.class).setParameter("me", staffId)
                    .setParameter("since", clock.instant().minus(Duration.ofDays(14))).getResultList()) {
                lastPromptOf.put(prompt.getSessionId(), prompt.getSentAt());
            }
            lastPromptOf.forEach((sessionId, sent) -> {
                long written = em.createQuery("select count(j) from JournalEntry j where j.sessionId = :s"
                        + " and j.authorStaffId = :me and j.writtenAt >= :sent", Long.class)
                        .setParameter("s", sessionId).setParameter("me", staffId).setParameter("sent", sent)
                        .getSingleResult();
                if (written == 0) {
                    tasks.add(new PendingTask("training", "task.training.journal",
                            List.of(em.find(TrainingSession.class, sessionId).getTitle()),
                            "/training/journal.xhtml?session=" + sessionId, PendingTask.Urgency.TODO, null));
                }
            });
        }
        return tasks;
    }
}
