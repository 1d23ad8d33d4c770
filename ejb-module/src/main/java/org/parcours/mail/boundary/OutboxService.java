package org.parcours.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.entity.Roles;
import org.parcours.mail.control.MailDispatcher;
import org.parcours.mail.control.SmtpSender;
import org.parcours.mail.entity.MailStatus;
import org.parcours.mail.entity.OutboxMail;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.boundary.Page;
import org.parcours.platform.entity.SearchKeys;

/** The Outbox page: what Parcours has queued, sent or failed to send, with retry and cancel. */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class OutboxService {

    private static final java.util.regex.Pattern PERSONAL_LINK_SECRET =
            java.util.regex.Pattern.compile("((?:/access/choose|/respond/answer)\\.xhtml\\?t=)[A-Za-z0-9_-]+");

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpSender smtp;

    @EJB
    MailDispatcher dispatcher;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    public boolean smtpConfigured() {
        return smtp.configured();
    }

    public Page<OutboxMail> search(MailStatus status, String recipient, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<OutboxMail> counted = count.from(OutboxMail.class);
        count.select(cb.count(counted)).where(predicates(cb, counted, status, recipient));
        long total = em.createQuery(count).getSingleResult();

        CriteriaQuery<OutboxMail> query = cb.createQuery(OutboxMail.class);
        Root<OutboxMail> mail = query.from(OutboxMail.class);
        query.select(mail).where(predicates(cb, mail, status, recipient))
                .orderBy(cb.desc(mail.get("createdAt")), cb.desc(mail.get("id")));
        List<OutboxMail> items = size <= 0 ? List.of() : em.createQuery(query).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 200))).getResultList();
        return new Page<>(items, total, first, size);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<OutboxMail> mail, MailStatus status,
            String recipient) {
        List<Predicate> where = new ArrayList<>();
        if (status != null) {
            where.add(cb.equal(mail.get("status"), status));
        }
        if (recipient != null && !recipient.isBlank()) {
            where.add(cb.like(cb.lower(mail.get("recipient")), SearchKeys.containsPattern(recipient), '\\'));
        }
        return where.toArray(Predicate[]::new);
    }

    public Map<MailStatus, Long> countsByStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createQuery("select m.status, count(m) from OutboxMail m group by m.status",
                Object[].class).getResultList()) {
            counts.put((MailStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    public OutboxMail find(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw BusinessException.notFound("mail", id);
        }
        return mail;
    }

    /**
     * The text of a mail as an HR admin may read it on the Outbox page. When mail leaves through SMTP, the secret of
     * every personal link is masked: only the person may choose their password (access links) or answer a survey
     * (survey links, anonymous ones included). Without SMTP (a trial installation), the outbox is the only way mails
     * reach people, so the links are shown.
     */
    public String readableBody(long id) {
        OutboxMail mail = find(id);
        String body = mail.getBodyText();
        return smtpConfigured() ? PERSONAL_LINK_SECRET.matcher(body).replaceAll("$1•••") : body;
    }

    public void retry(long id) {
        OutboxMail mail = find(id);
        if (mail.getStatus() == MailStatus.SENT) {
            throw BusinessException.conflict(null, "outbox.alreadySent");
        }
        MailStatus before = mail.getStatus();
        mail.retry(clock.instant());
        audit.record("RETRY", "OutboxMail", id, mail.getRecipient(), Map.of("status", before),
                Map.of("status", mail.getStatus()));
    }

    public void cancel(long id) {
        OutboxMail mail = find(id);
        if (mail.getStatus() == MailStatus.SENT) {
            throw BusinessException.conflict(null, "outbox.alreadySent");
        }
        MailStatus before = mail.getStatus();
        mail.cancel();
        audit.record("CANCEL", "OutboxMail", id, mail.getRecipient(), Map.of("status", before),
                Map.of("status", mail.getStatus()));
    }

    /** Sends what is due now instead of waiting for the next timer run; returns how many went out. */
    public int sendNow() {
        return dispatcher.deliverDue(clock.instant());
    }
}
