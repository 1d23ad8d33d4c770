package org.parcours.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcours.mail.entity.MailStatus;
import org.parcours.mail.entity.OutboxMail;
import org.parcours.platform.control.ParcoursConfig;

/** Sends one outbox mail in its own transaction, so that one failure never holds back or undoes the others. */
@Stateless
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpSender smtp;

    @Inject
    ParcoursConfig config;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueMailIds(Instant now, int max) {
        return em.createQuery("select m.id from OutboxMail m where m.status = :pending and m.nextAttemptAt <= :now"
                + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** Returns true when the mail was sent now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long mailId, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, mailId);
        if (mail == null || !mail.isDue(now)) {
            return false;
        }
        try {
            smtp.send(mail);
            mail.delivered(now);
            LOG.log(Level.INFO, "event=mail.sent id={0} kind={1}", new Object[] {mailId, mail.getKind()});
            return true;
        } catch (MessagingException | RuntimeException e) {
            mail.attemptFailed(now, e.getClass().getSimpleName() + ": " + e.getMessage(), config.retryFirstDelay(),
                    config.retryMaxAttempts());
            LOG.log(Level.WARNING, "event=mail.failed id={0} attempts={1} status={2} error=\"{3}\"",
                    new Object[] {mailId, mail.getAttempts(), mail.getStatus(), e.getMessage()});
            return false;
        }
    }
}
