package org.parcours.survey.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.entity.Roles;
import org.parcours.mail.entity.MailStatus;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.boundary.Page;
import org.parcours.survey.control.InvitationMailer;
import org.parcours.survey.control.Invitations;
import org.parcours.survey.entity.Invitation;
import org.parcours.survey.entity.InvitationStatus;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyStatus;

/**
 * HR admins choose a survey's audience, invite it by personal link, follow who has answered (never what, for an
 * anonymous survey), and send reminders to those who have not. The training area invites session participants here.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class InvitationService {

    /** How many invitation and reminder mails of a survey are still waiting to be sent. */
    public record MailingProgress(long queued, long sent, long failed) {
        public int percent() {
            long total = queued + sent + failed;
            return total == 0 ? 100 : (int) (100 * (sent + failed) / total);
        }
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Invitations invitations;

    @EJB
    InvitationMailer mailer;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    private Survey survey(long surveyId) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null) {
            throw BusinessException.notFound("survey", surveyId);
        }
        return survey;
    }

    public AudiencePreview preview(long surveyId, Audience audience) {
        return invitations.preview(survey(surveyId), audience);
    }

    public int invite(long surveyId, Audience audience) {
        if (audience == null || audience.isEmpty()) {
            throw BusinessException.invalid("audience", "survey.audience.empty");
        }
        Survey survey = survey(surveyId);
        int created = invitations.invite(survey, audience);
        audit.record("INVITE", "Survey", surveyId, created + " invitation(s)", null, Map.of("invited", created));
        return created;
    }

    /** Invites the participants of a training session (the training area calls this). */
    public int inviteParticipants(long surveyId, List<Long> staffIds, long trainingSessionId) {
        return invite(surveyId, new Audience(staffIds, null, null, null, trainingSessionId));
    }

    /** Reminds, now, everyone invited who has not answered; returns how many. */
    public int remindNow(long surveyId) {
        Survey survey = survey(surveyId);
        if (survey.getStatus() != SurveyStatus.OPEN) {
            throw BusinessException.conflict(null, "survey.notOpen", survey.getStatus());
        }
        int reminded = mailer.remindNonRespondents(survey, clock.instant());
        audit.record("REMIND", "Survey", surveyId, reminded + " reminder(s)", null, Map.of("reminded", reminded));
        return reminded;
    }

    public Page<Invitation> invitations(long surveyId, InvitationStatus status, int first, int size) {
        String where = "where i.survey.id = :s" + (status == null ? "" : " and i.status = :status");
        var count = em.createQuery("select count(i) from Invitation i " + where, Long.class).setParameter("s", surveyId);
        var page = em.createQuery("select i from Invitation i " + where + " order by i.email", Invitation.class)
                .setParameter("s", surveyId);
        if (status != null) {
            count.setParameter("status", status);
            page.setParameter("status", status);
        }
        return new Page<>(size <= 0 ? List.of() : page.setFirstResult(first).setMaxResults(Math.min(size, 200))
                .getResultList(), count.getSingleResult(), first, size);
    }

    public void withdraw(long invitationId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null) {
            throw BusinessException.notFound("invitation", invitationId);
        }
        invitation.withdraw();
        audit.record("WITHDRAW", "Invitation", invitationId, invitation.getEmail(), null, null);
    }

    public MailingProgress mailing(long surveyId) {
        long[] counts = new long[3];
        for (Object[] row : em.createQuery("select m.status, count(m) from OutboxMail m where m.reference = :r"
                + " group by m.status", Object[].class).setParameter("r", "survey:" + surveyId).getResultList()) {
            MailStatus status = (MailStatus) row[0];
            int index = status == MailStatus.PENDING ? 0 : status == MailStatus.SENT ? 1 : 2;
            counts[index] += (Long) row[1];
        }
        return new MailingProgress(counts[0], counts[1], counts[2]);
    }
}
