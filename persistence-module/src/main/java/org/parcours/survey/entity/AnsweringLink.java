package org.parcours.survey.entity;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What submitting answers by personal link needs to know of the link and its survey, read in one query that builds
 * no entity and leaves out the survey's texts and structure (the structure, some 20 kB of JSON for 40 questions, is
 * kept parsed per survey version by {@link SurveyJson#structure(long, long, java.util.function.Supplier)}).
 * Submitting is the busiest path of a survey.
 */
public record AnsweringLink(Long invitationId, InvitationStatus status, Long staffId, Long trainingSessionId,
        Long surveyId, long surveyVersion, SurveyStatus surveyStatus, AccessMode accessMode, Instant closesAt,
        Instant firstResponseAt, Long surveyTrainingSessionId, Long programId) {

    /** The link behind a token, unless it is unknown or withdrawn. */
    public static Optional<AnsweringLink> find(EntityManager em, String token) {
        List<AnsweringLink> found = em.createQuery("select new org.parcours.survey.entity.AnsweringLink(i.id,"
                + " i.status, i.staffId, i.trainingSessionId, s.id, s.version, s.status, s.accessMode, s.closesAt,"
                + " s.firstResponseAt, s.trainingSessionId, s.programId) from Invitation i join i.survey s"
                + " where i.token = :t", AnsweringLink.class).setParameter("t", token).getResultList();
        return found.stream().filter(link -> link.status() != InvitationStatus.WITHDRAWN).findFirst();
    }

    public boolean answered() {
        return status == InvitationStatus.ANSWERED;
    }

    public boolean acceptsAnswers(Instant now) {
        return Survey.acceptsAnswers(surveyStatus, closesAt, now);
    }

    public boolean anonymous() {
        return accessMode.anonymous();
    }

    /** The survey's structure, parsed once per survey version. */
    public SurveyStructure structure(EntityManager em) {
        return SurveyJson.structure(surveyId, surveyVersion, () -> em.createQuery("select s.structureJson from"
                + " Survey s where s.id = :id", String.class).setParameter("id", surveyId).getSingleResult());
    }
}
