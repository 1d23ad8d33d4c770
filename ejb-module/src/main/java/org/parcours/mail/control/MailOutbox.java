package org.parcours.mail.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import org.parcours.mail.entity.OutboxMail;

/**
 * Queues a mail in the caller's transaction: it is sent only if the change that caused it commits, and it is not
 * lost if the mail server is down.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailTemplates templates;

    @Inject
    Clock clock;

    /** Queues the mail {@code template} of the mail bundle, in {@code locale}, with its arguments. */
    public OutboxMail queue(String recipient, Locale locale, String template, String reference, Object... arguments) {
        MailTemplates.Composed composed = templates.compose(template, locale, arguments);
        return queueText(recipient, composed.subject(), composed.body(), template, reference);
    }

    public OutboxMail queueText(String recipient, String subject, String body, String kind, String reference) {
        OutboxMail mail = new OutboxMail(recipient, subject, body, kind, reference, clock.instant());
        em.persist(mail);
        return mail;
    }
}
