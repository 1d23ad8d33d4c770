package org.parcours.survey.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.entity.Roles;
import org.parcours.organization.control.StaffDirectory;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.boundary.Page;
import org.parcours.platform.entity.SearchKeys;
import org.parcours.survey.control.ResponseExport;
import org.parcours.survey.control.ResultsAggregator;
import org.parcours.survey.control.TrainingLookup;
import org.parcours.survey.control.ResultsReport;
import org.parcours.survey.entity.Answer;
import org.parcours.survey.entity.ExperienceBand;
import org.parcours.survey.entity.InvitationStatus;
import org.parcours.survey.entity.ResultsSharing;
import org.parcours.survey.entity.Survey;

/**
 * Reading results: HR admins always; steering committee members and respondents when HR shares the results with
 * them (read-only; free texts of an anonymous survey only once HR has reviewed them). The anonymity threshold
 * applies to everyone, HR included. Exports are for HR admins only.
 */
@Stateless
@RolesAllowed({Roles.STAFF, Roles.MANAGER, Roles.HR_ADMIN, Roles.COMMITTEE_MEMBER})
public class ResultsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ResultsAggregator aggregator;

    @Inject
    ResponseExport exporter;

    @Inject
    StaffDirectory directory;

    @Inject
    @Any
    Instance<TrainingLookup> training;

    @Resource
    SessionContext session;

    @EJB
    AuditTrail audit;

    public Survey survey(long surveyId) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null || !canRead(survey)) {
            throw BusinessException.notFound("survey", surveyId);
        }
        return survey;
    }

    public boolean canRead(Survey survey) {
        if (session.isCallerInRole(Roles.HR_ADMIN)) {
            return true;
        }
        String me = session.getCallerPrincipal().getName();
        if (survey.getResultsSharing() == ResultsSharing.COMMITTEE && survey.canShareWithCommittee()) {
            for (TrainingLookup lookup : training) {
                if (lookup.isCommitteeMember(me, survey.getProgramId())) {
                    return true;
                }
            }
        }
        if (survey.getResultsSharing() == ResultsSharing.RESPONDENTS) {
            return em.createQuery("select count(i) from Invitation i, Account a where a.username = :u"
                    + " and a.staffMember.id = i.staffId and i.survey = :s and i.status = :answered", Long.class)
                    .setParameter("u", me).setParameter("s", survey)
                    .setParameter("answered", InvitationStatus.ANSWERED).getSingleResult() > 0;
        }
        return false;
    }

    /** The surveys the caller answered whose results HR shared with their respondents, the latest first. */
    public java.util.List<SharedResults> sharedWithMe() {
        return em.createQuery("select distinct new org.parcours.survey.boundary.SharedResults(s.id, s.titleFr,"
                + " s.titleEn, s.closedAt) from Invitation i join i.survey s, Account a where a.username = :u"
                + " and a.staffMember.id = i.staffId and i.status = :answered and s.resultsSharing = :respondents"
                + " order by s.closedAt desc", SharedResults.class)
                .setParameter("u", session.getCallerPrincipal().getName())
                .setParameter("answered", InvitationStatus.ANSWERED)
                .setParameter("respondents", ResultsSharing.RESPONDENTS).getResultList();
    }

    public SurveyResults results(long surveyId, Locale locale) {
        return aggregator.results(survey(surveyId), locale);
    }

    public Breakdown breakdown(long surveyId, String questionCode, Breakdown.Dimension dimension, Locale locale) {
        Survey survey = survey(surveyId);
        Map<String, String> labels = new HashMap<>();
        boolean english = locale != null && "en".equals(locale.getLanguage());
        switch (dimension) {
            case UNIT -> labels.putAll(directory.unitNames(english));
            case CATEGORY -> {
                labels.put("RESEARCHER", english ? "Researchers" : "Chercheurs");
                labels.put("ENGINEER", english ? "Engineers and technicians" : "Ingénieurs et techniciens");
                labels.put("ADMINISTRATIVE", english ? "Administrative staff" : "Personnels administratifs");
            }
            case EXPERIENCE_BAND -> {
                labels.put(ExperienceBand.UNDER_2, english ? "Under 2 years" : "Moins de 2 ans");
                labels.put(ExperienceBand.FROM_2_TO_5, english ? "2 to 5 years" : "2 à 5 ans");
                labels.put(ExperienceBand.FROM_5_TO_10, english ? "5 to 10 years" : "5 à 10 ans");
                labels.put(ExperienceBand.OVER_10, english ? "Over 10 years" : "Plus de 10 ans");
            }
            case TRAINING_SESSION -> training.forEach(lookup -> labels.putAll(lookup.sessionTitles()));
        }
        return aggregator.breakdown(survey, questionCode, dimension, labels, locale);
    }

    /**
     * Free-text answers to a question, searchable. HR sees hidden ones (marked); others see only visible texts,
     * and for an anonymous survey only after HR's review.
     */
    public Page<TextAnswer> texts(long surveyId, String questionCode, String search, int first, int size) {
        Survey survey = survey(surveyId);
        boolean hr = session.isCallerInRole(Roles.HR_ADMIN);
        if (!hr && survey.getAccessMode().anonymous() && !survey.isCommentsReviewed()) {
            return new Page<>(List.of(), 0, first, size);
        }
        if (survey.getResponsesBelowThreshold(count(surveyId))) {
            return new Page<>(List.of(), 0, first, size);
        }
        // A text answer has no item nor option; the order is that of ix_answer_survey_question, so a page is read
        // from the index rather than sorted
        String where = " from Answer a where a.surveyId = :s and a.questionCode = :q and a.itemCode = ''"
                + " and a.optionCode = '' and a.textValue is not null" + (hr ? "" : " and a.hidden = false")
                + (search == null || search.isBlank() ? "" : " and lower(a.textValue) like :text");
        var count = em.createQuery("select count(a)" + where, Long.class);
        var page = em.createQuery("select a" + where + " order by a.surveyId, a.questionCode, a.responseId",
                Answer.class);
        for (var query : List.of(count, page)) {
            query.setParameter("s", surveyId).setParameter("q", questionCode);
            if (search != null && !search.isBlank()) {
                query.setParameter("text", "%" + search.trim().toLowerCase(Locale.ROOT) + "%");
            }
        }
        List<TextAnswer> texts = size <= 0 ? List.of() : page.setFirstResult(first)
                .setMaxResults(Math.min(size, 200)).getResultList().stream().map(a -> new TextAnswer(
                        a.getResponseId(), a.getQuestionCode(), a.getTextValue(), a.isHidden())).toList();
        return new Page<>(texts, count.getSingleResult(), first, size);
    }

    private long count(long surveyId) {
        return em.createQuery("select count(r) from SurveyResponse r where r.surveyId = :s", Long.class)
                .setParameter("s", surveyId).getSingleResult();
    }

    /** HR hides (or shows again) a free-text answer, for example one that names someone. */
    @RolesAllowed(Roles.HR_ADMIN)
    public void hideText(long surveyId, String responseId, String questionCode, boolean hidden) {
        List<Answer> answers = em.createQuery("select a from Answer a where a.surveyId = :s and a.responseId = :r"
                + " and a.questionCode = :q", Answer.class).setParameter("s", surveyId).setParameter("r", responseId)
                .setParameter("q", questionCode).getResultList();
        if (answers.isEmpty()) {
            throw BusinessException.notFound("answer", questionCode);
        }
        answers.forEach(a -> a.hide(hidden));
        audit.record(hidden ? "HIDE_TEXT" : "SHOW_TEXT", "Survey", surveyId, questionCode, null,
                Map.of("question", questionCode));
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public void markCommentsReviewed(long surveyId, boolean reviewed) {
        Survey survey = survey(surveyId);
        survey.commentsReviewed(reviewed);
        audit.record("REVIEW_TEXTS", "Survey", surveyId, survey.getTitleFr(), null, Map.of("reviewed", reviewed));
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public void share(long surveyId, ResultsSharing sharing) {
        Survey survey = survey(surveyId);
        Map<String, Object> before = survey.snapshot();
        survey.requireSharingPossible(sharing);
        survey.configure(survey.getAccessMode(), survey.getAnonymityThreshold(), survey.getReminderDays(),
                survey.getRetentionMonths(), survey.getRetentionAction(), sharing);
        audit.record("SHARE_RESULTS", "Survey", surveyId, sharing.name(), before, survey.snapshot());
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public void export(long surveyId, ResponseExport.Format format, Locale locale, OutputStream out) {
        Survey survey = survey(surveyId);
        if (survey.getResponsesBelowThreshold(count(surveyId))) {
            throw BusinessException.conflict(null, "survey.results.belowThreshold", survey.getAnonymityThreshold());
        }
        exporter.export(survey, format, locale, out);
        audit.record("EXPORT", "Survey", surveyId, format.name(), null, Map.of("format", format.name()));
    }

    public void report(long surveyId, Locale locale, OutputStream out) {
        Survey survey = survey(surveyId);
        ResultsReport.write(survey.title(locale), aggregator.results(survey, locale), locale, out);
    }
}
