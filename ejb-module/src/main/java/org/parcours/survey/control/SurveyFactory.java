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
import java.util.List;
import java.util.Map;
import org.parcours.audit.control.AuditTrail;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.survey.boundary.Audience;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.ResultsSharing;
import org.parcours.survey.entity.RetentionAction;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyDocument;
import org.parcours.survey.entity.SurveyJson;

/**
 * What other areas may ask of the survey area without an HR caller (their boundaries or timers have decided): create
 * a survey from a template for a training program or session, invite people, and open it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SurveyFactory {

    @PersistenceContext
    EntityManager em;

    @Inject
    SurveyTemplates templates;

    @EJB
    Invitations invitations;

    @EJB
    InvitationMailer mailer;

    @EJB
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A survey for a training program (and session), shared with its steering committee, closing on {@code closes}. */
    public Survey forTraining(String templateCode, AccessMode mode, String titleFr, String titleEn, Long programId,
            Long sessionId, Instant closes) {
        SurveyDocument template = templates.byCode(templateCode)
                .orElseThrow(() -> BusinessException.invalid("template", "survey.template.unknown", templateCode));
        Survey survey = new Survey(titleFr, titleEn, template.kind(), mode, SurveyJson.write(template.structure()),
                "system", clock.instant());
        survey.describe(titleFr, titleEn, template.introFr(), template.introEn());
        survey.configure(mode, mode.anonymous() ? 5 : 1, "7,2", 36, RetentionAction.ANONYMISE_RESPONSES,
                mode.anonymous() ? ResultsSharing.COMMITTEE : ResultsSharing.HR_ONLY);
        survey.schedule(null, closes);
        survey.attachToTraining(programId, sessionId);
        em.persist(survey);
        em.flush();
        audit.record("CREATE_FOR_TRAINING", "Survey", survey.getId(), titleFr, null, survey.snapshot());
        return survey;
    }

    /** Invites staff members (as participants of a session, when given) and opens the survey: mails go out. */
    public int inviteAndOpen(Survey survey, List<Long> staffIds, Long sessionId) {
        int invited = invitations.invite(survey, new Audience(staffIds, null, null, null, sessionId));
        survey.open(clock.instant());
        int mailed = mailer.inviteAllPending(survey);
        audit.record("OPEN", "Survey", survey.getId(), "opened for training – " + mailed + " invitation(s)", null,
                Map.of("invited", invited));
        return invited;
    }
}
