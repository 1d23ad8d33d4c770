package org.parcours.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parcours.identity.entity.Roles;
import org.parcours.mail.entity.MailStatus;
import org.parcours.portal.boundary.PendingTask;
import org.parcours.portal.control.TaskSource;

/** Tells HR admins about mails that failed, or that wait because no mail server is configured. */
@ApplicationScoped
public class OutboxTasks implements TaskSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpSender smtp;

    @Override
    public List<PendingTask> tasksFor(String username, Long staffId, Set<String> roles) {
        if (!roles.contains(Roles.HR_ADMIN)) {
            return List.of();
        }
        List<PendingTask> tasks = new ArrayList<>();
        long failed = count(MailStatus.FAILED);
        if (failed > 0) {
            tasks.add(new PendingTask("mail", "task.outbox.failed", List.of(String.valueOf(failed)),
                    "/admin/outbox.xhtml?status=FAILED", PendingTask.Urgency.URGENT, null));
        }
        long pending = count(MailStatus.PENDING);
        if (pending > 0 && !smtp.configured()) {
            tasks.add(new PendingTask("mail", "task.outbox.held", List.of(String.valueOf(pending)),
                    "/admin/outbox.xhtml?status=PENDING", PendingTask.Urgency.INFO, null));
        }
        return tasks;
    }

    private long count(MailStatus status) {
        return em.createQuery("select count(m) from OutboxMail m where m.status = :status", Long.class)
                .setParameter("status", status).getSingleResult();
    }
}
