package org.parcours.survey.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.ResultTallies;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyJson;

/** Folds surveys' new responses into their result tallies, one batch per transaction (see {@link ResultTallies}). */
@Stateless
public class ResultFolding {

    @PersistenceContext
    EntityManager em;

    /** In a transaction of its own, finished before any batch starts. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> surveysWithPending() {
        return ResultTallies.surveysWithPending(em);
    }

    /** Folds one batch of the survey's pending responses, in a transaction of its own; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int foldBatch(long surveyId) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null) {
            return 0;
        }
        Set<String> multipleChoice = SurveyJson.structure(survey.getStructureJson()).questions().stream()
                .filter(question -> question.type() == QuestionType.MULTIPLE_CHOICE)
                .map(question -> question.code()).collect(Collectors.toSet());
        return ResultTallies.foldBatch(em, surveyId, multipleChoice);
    }
}
