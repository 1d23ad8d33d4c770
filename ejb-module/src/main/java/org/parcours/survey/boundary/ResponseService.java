package org.parcours.survey.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.parcours.identity.entity.Roles;
import org.parcours.organization.control.StaffDirectory;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.survey.control.AnswerRows;
import org.parcours.survey.control.Invitations;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.AnswerRules;
import org.parcours.survey.entity.AnsweringLink;
import org.parcours.survey.entity.AnswerSet;
import org.parcours.survey.entity.ExperienceBand;
import org.parcours.survey.entity.Invitation;
import org.parcours.survey.entity.InvitationStatus;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyJson;
import org.parcours.survey.entity.SurveyResponse;
import org.parcours.survey.entity.SurveyStatus;
import org.parcours.survey.entity.SurveyStructure;

/**
 * Answering a survey with a personal link: read it, save a draft and come back, submit once. Submitting twice, a
 * double click or a replayed request records exactly one response: the invitation is marked answered by a
 * conditional update that only one transaction can win. For an anonymous survey the response keeps no link to the
 * invitation or the person, and only the date.
 */
@Stateless
public class ResponseService {

    /**
     * Marks a link answered, if it is still waiting for an answer: only one transaction can win this conditional
     * update, so only one records a response. An anonymous survey keeps no time (a null parameter would be bound as
     * text, which PostgreSQL refuses for a timestamp column: the statement writes NULL itself).
     */
    private static final String MARK_ANSWERED = "UPDATE survey_invitation SET status = 'ANSWERED',"
            + " version = version + 1, draft_json = NULL, draft_saved_at = NULL, answered_at = ?"
            + " WHERE id = ? AND status = 'INVITED'";
    private static final String MARK_ANSWERED_ANONYMOUSLY = MARK_ANSWERED.replace("answered_at = ?",
            "answered_at = NULL");

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory directory;

    @Inject
    Event<SurveyAnswered> answered;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @PermitAll
    public RespondentView open(String token) {
        Invitation invitation = invitation(token);
        Survey survey = invitation.getSurvey();
        return new RespondentView(token, survey.getId(), survey.getTitleFr(), survey.getTitleEn(),
                survey.getIntroFr(), survey.getIntroEn(), survey.getAccessMode(),
                SurveyJson.structure(survey.getStructureJson()), SurveyJson.answers(invitation.getDraftJson()),
                state(invitation, survey), survey.getClosesAt(), invitation.getLocale(),
                survey.getAnonymityThreshold());
    }

    /** Keeps answers in progress with the invitation (also when the survey has closed, so nothing is lost). */
    @PermitAll
    public Map<String, String> saveDraft(String token, AnswerSet answers) {
        Invitation invitation = invitation(token);
        if (invitation.hasAnswered()) {
            throw BusinessException.conflict(null, "survey.answer.alreadyRecorded");
        }
        Survey survey = invitation.getSurvey();
        Map<String, String> problems = AnswerRules.problems(SurveyJson.structure(survey.getStructureJson()),
                answers, false);
        invitation.saveDraft(SurveyJson.write(answers), clock.instant());
        return problems;
    }

    /**
     * Records the answers once per link. The link and its survey are read as an {@link AnsweringLink} (no entity,
     * no survey texts) and the structure comes parsed per survey version; the entity is only loaded when the answers
     * are kept as a draft instead.
     */
    @PermitAll
    public SubmitOutcome submit(String token, AnswerSet answers, String language) {
        AnsweringLink link = checkedToken(token).flatMap(t -> AnsweringLink.find(em, t))
                .orElseThrow(() -> BusinessException.notFound("link", ""));
        Instant now = clock.instant();
        if (link.answered()) {
            return SubmitOutcome.of(SubmitOutcome.Result.ALREADY_RECORDED);
        }
        if (!link.acceptsAnswers(now)) {
            keepAsDraft(link, answers, now);
            return SubmitOutcome.of(SubmitOutcome.Result.CLOSED);
        }
        SurveyStructure structure = link.structure(em);
        Map<String, String> problems = AnswerRules.problems(structure, answers, true);
        if (!problems.isEmpty()) {
            keepAsDraft(link, answers, now);
            return new SubmitOutcome(SubmitOutcome.Result.INVALID, problems);
        }
        boolean anonymous = link.anonymous();
        var answer = em.createNativeQuery(anonymous ? MARK_ANSWERED_ANONYMOUSLY : MARK_ANSWERED);
        int position = 1;
        if (!anonymous) {
            answer.setParameter(position++, java.sql.Timestamp.from(now));
        }
        answer.setParameter(position, link.invitationId());
        int won = answer.executeUpdate();
        if (won == 0) {
            return SubmitOutcome.of(SubmitOutcome.Result.ALREADY_RECORDED);
        }
        if (link.firstResponseAt() == null) {
            em.createQuery("update Survey s set s.firstResponseAt = :now where s.id = :id"
                    + " and s.firstResponseAt is null").setParameter("now", now).setParameter("id", link.surveyId())
                    .executeUpdate();
        }
        record(link, structure, answers, language);
        return SubmitOutcome.of(SubmitOutcome.Result.RECORDED);
    }

    private void keepAsDraft(AnsweringLink link, AnswerSet answers, Instant now) {
        em.find(Invitation.class, link.invitationId()).saveDraft(SurveyJson.write(answers), now);
    }

    private void record(AnsweringLink link, SurveyStructure structure, AnswerSet answers, String language) {
        LocalDate today = LocalDate.now(clock);
        Long staffId = link.staffId();
        Optional<StaffDirectory.Profile> profile = directory.profile(staffId);
        String band = AnswerRules.experienceBand(structure, answers).orElseGet(() -> profile
                .map(p -> ExperienceBand.ofYears(Period.between(p.hireDate(), today).getYears())).orElse(null));
        boolean anonymous = link.anonymous();
        String responseId = UUID.randomUUID().toString();
        Long session = link.trainingSessionId() != null ? link.trainingSessionId() : link.surveyTrainingSessionId();
        AnswerRows.record(em, new SurveyResponse(responseId, link.surveyId(), today, language == null ? null
                : language.substring(0, Math.min(2, language.length())), anonymous ? null : staffId,
                anonymous ? null : link.invitationId(), profile.map(StaffDirectory.Profile::unitCode).orElse(null),
                profile.map(StaffDirectory.Profile::category).orElse(null), band, session),
                AnswerRules.rows(structure, answers, responseId, link.surveyId()));
        answered.fire(new SurveyAnswered(link.surveyId(), link.programId(), session, anonymous ? null : staffId,
                structure, answers));
    }

    /**
     * A personal link for the signed-in person on a survey open to all staff, created on first use (answers stay
     * identified, as that access mode says).
     */
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public String linkForMe(long surveyId) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null || survey.getAccessMode() != AccessMode.OPEN_TO_STAFF
                || survey.getStatus() != SurveyStatus.OPEN) {
            throw BusinessException.notFound("survey", surveyId);
        }
        StaffDirectory.Person me = me().orElseThrow(() -> BusinessException.forbidden("survey.noStaffRecord"));
        List<Invitation> mine = em.createQuery("select i from Invitation i where i.survey = :s and i.email = :e",
                Invitation.class).setParameter("s", survey).setParameter("e", me.email()).getResultList();
        if (!mine.isEmpty()) {
            return mine.get(0).getToken();
        }
        Invitation invitation = new Invitation(survey, me.id(), me.email(), me.name(), me.locale(),
                Invitations.newToken(), null, clock.instant());
        invitation.mailed(clock.instant());
        em.persist(invitation);
        return invitation.getToken();
    }

    /** Open surveys the signed-in person is invited to and has not answered, and those open to all staff. */
    @RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
    public List<MySurvey> mySurveys() {
        Optional<StaffDirectory.Person> me = me();
        if (me.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<MySurvey> surveys = new ArrayList<>();
        List<Long> seen = new ArrayList<>();
        for (Invitation invitation : em.createQuery("select i from Invitation i join fetch i.survey s"
                + " where i.email = :e and s.status = :open", Invitation.class).setParameter("e", me.get().email())
                .setParameter("open", SurveyStatus.OPEN).getResultList()) {
            Survey survey = invitation.getSurvey();
            seen.add(survey.getId());
            if (invitation.getStatus() == InvitationStatus.INVITED && survey.acceptsAnswers(now)) {
                surveys.add(new MySurvey(survey.getId(), survey.getTitleFr(), survey.getTitleEn(),
                        survey.getClosesAt(), invitation.getToken(), invitation.getDraftJson() != null,
                        survey.getAccessMode().anonymous()));
            }
        }
        for (Survey survey : em.createQuery("select s from Survey s where s.status = :open and s.accessMode = :all",
                Survey.class).setParameter("open", SurveyStatus.OPEN).setParameter("all", AccessMode.OPEN_TO_STAFF)
                .getResultList()) {
            if (!seen.contains(survey.getId()) && survey.acceptsAnswers(now)) {
                surveys.add(new MySurvey(survey.getId(), survey.getTitleFr(), survey.getTitleEn(),
                        survey.getClosesAt(), null, false, false));
            }
        }
        return surveys;
    }

    private Optional<StaffDirectory.Person> me() {
        String username = session.getCallerPrincipal().getName();
        return em.createQuery("select a.staffMember.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username).getResultList().stream().filter(java.util.Objects::nonNull).findFirst()
                .flatMap(directory::person);
    }

    /** A token of a length that personal links have; any other is not looked up. */
    private static Optional<String> checkedToken(String token) {
        return token == null || token.length() < 20 || token.length() > 64 ? Optional.empty() : Optional.of(token);
    }

    private Invitation invitation(String token) {
        if (checkedToken(token).isEmpty()) {
            throw BusinessException.notFound("link", "");
        }
        List<Invitation> found = em.createQuery("select i from Invitation i join fetch i.survey where i.token = :t",
                Invitation.class).setParameter("t", token).getResultList();
        if (found.isEmpty() || found.get(0).getStatus() == InvitationStatus.WITHDRAWN) {
            throw BusinessException.notFound("link", "");
        }
        return found.get(0);
    }

    private RespondentView.State state(Invitation invitation, Survey survey) {
        if (invitation.hasAnswered()) {
            return RespondentView.State.ANSWERED;
        }
        if (survey.getStatus() == SurveyStatus.DRAFT) {
            return RespondentView.State.NOT_YET_OPEN;
        }
        return survey.acceptsAnswers(clock.instant()) ? RespondentView.State.OPEN : RespondentView.State.CLOSED;
    }
}
