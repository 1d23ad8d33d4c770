package org.parcours.survey.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.parcours.mail.control.MailOutbox;
import org.parcours.platform.control.ParcoursConfig;
import org.parcours.survey.entity.Invitation;
import org.parcours.survey.entity.InvitationStatus;
import org.parcours.survey.entity.Survey;

/**
 * Writes survey invitations and reminders to the mail outbox, in the invitee's language, with their personal link.
 * Reminders go only to invitees who have not answered.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InvitationMailer {

    @PersistenceContext
    EntityManager em;

    @EJB
    MailOutbox outbox;

    @Inject
    ParcoursConfig config;

    @Inject
    Clock clock;

    public String link(Invitation invitation) {
        return config.baseUrl() + "/respond/answer.xhtml?t=" + invitation.getToken();
    }

    /** Mails every invitation of an open survey that has not been mailed yet; returns how many. */
    public int inviteAllPending(Survey survey) {
        List<Invitation> pending = em.createQuery("select i from Invitation i where i.survey = :s"
                + " and i.status = :invited and i.mailedAt is null", Invitation.class)
                .setParameter("s", survey).setParameter("invited", InvitationStatus.INVITED).getResultList();
        pending.forEach(this::invite);
        return pending.size();
    }

    public void invite(Invitation invitation) {
        Survey survey = invitation.getSurvey();
        Locale locale = Locale.forLanguageTag(invitation.getLocale() == null ? "fr" : invitation.getLocale());
        outbox.queue(invitation.getEmail(), locale, survey.getAccessMode().anonymous() ? "survey.invitation.anonymous"
                : "survey.invitation", "survey:" + survey.getId(), name(invitation), survey.title(locale),
                link(invitation), closing(survey, locale));
        invitation.mailed(clock.instant());
    }

    /** Reminds every invitee who has not answered; returns how many reminders were queued. */
    public int remindNonRespondents(Survey survey, Instant remindedBefore) {
        List<Invitation> waiting = em.createQuery("select i from Invitation i where i.survey = :s"
                + " and i.status = :invited and i.invitedAt < :before"
                + " and (i.lastRemindedAt is null or i.lastRemindedAt < :before)",
                Invitation.class).setParameter("s", survey).setParameter("invited", InvitationStatus.INVITED)
                .setParameter("before", remindedBefore).getResultList();
        Instant now = clock.instant();
        for (Invitation invitation : waiting) {
            Locale locale = Locale.forLanguageTag(invitation.getLocale() == null ? "fr" : invitation.getLocale());
            outbox.queue(invitation.getEmail(), locale, "survey.reminder", "survey:" + survey.getId(),
                    name(invitation), survey.title(locale), link(invitation), closing(survey, locale));
            invitation.reminded(now);
        }
        return waiting.size();
    }

    private static String name(Invitation invitation) {
        return invitation.getDisplayName() == null ? "" : invitation.getDisplayName();
    }

    private static String closing(Survey survey, Locale locale) {
        if (survey.getClosesAt() == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(survey.getClosesAt());
    }
}
