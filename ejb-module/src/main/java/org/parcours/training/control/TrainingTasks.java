package org.parcours.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parcours.portal.boundary.PendingTask;
import org.parcours.portal.control.TaskSource;
import org.parcours.training.entity.DecisionStatus;
import org.parcours.training.entity.SessionStatus;
import org.parcours.training.entity.TrainingSession;

/** "My space": proposed decisions awaiting a committee member, and the participant's journal after a session. */
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
                    .setParameter("recently", clock.instant().minus(java.time.Duration.ofDays(30))).getResultList()) {
                tasks.add(new PendingTask("training", "task.training.trainer", List.of(trained.getTitle()),
                        "/training/session.xhtml?id=" + trained.getId(), PendingTask.Urgency.INFO,
                        trained.getStartsOn()));
            }
            long prompts = em.createQuery("select count(r) from ReflectionPrompt r where r.staffId = :me"
                    + " and r.sentAt is not null", Long.class).setParameter("me", staffId).getSingleResult();
            if (prompts > 0) {
                tasks.add(new PendingTask("training", "task.training.journal", List.of(), "/training/journal.xhtml",
                        PendingTask.Urgency.INFO, null));
            }
        }
        return tasks;
    }
}
