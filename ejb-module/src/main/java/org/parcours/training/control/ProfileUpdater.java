package org.parcours.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.parcours.survey.boundary.SurveyAnswered;
import org.parcours.survey.entity.AnswerSet;
import org.parcours.survey.entity.SurveyStructure.Question;
import org.parcours.training.entity.ExperienceProfile;
import org.parcours.training.entity.TrainingProgram;

/**
 * When someone answers a program's needs assessment (an identified survey), their answers fill their experience
 * profile for that program: experience band, years in role, self-rated knowledge.
 */
@ApplicationScoped
public class ProfileUpdater {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void onAnswer(@Observes SurveyAnswered answered) {
        if (answered.staffId() == null) {
            return;
        }
        List<TrainingProgram> programs = em.createQuery("select p from TrainingProgram p where p.needsSurveyId = :s",
                TrainingProgram.class).setParameter("s", answered.surveyId()).getResultList();
        for (TrainingProgram program : programs) {
            String band = null;
            Integer years = null;
            Integer knowledge = null;
            for (Question question : answered.structure().questions()) {
                AnswerSet.Value value = answered.answers().get(question.code());
                if (question.profileField() == null || value == null) {
                    continue;
                }
                switch (question.profileField()) {
                    case "EXPERIENCE_BAND" -> band = value.choices().isEmpty() ? null : value.choices().get(0);
                    case "YEARS_IN_ROLE" -> years = value.number() == null ? null : value.number().intValue();
                    case "SELF_RATED_KNOWLEDGE" -> knowledge = value.choices().isEmpty() ? null
                            : question.choices().stream().filter(c -> c.code().equals(value.choices().get(0)))
                                    .map(c -> c.value() == null ? null : c.value()).findFirst().orElse(null);
                    default -> {
                    }
                }
            }
            ExperienceProfile profile = em.createQuery("select p from ExperienceProfile p where p.programId = :p"
                    + " and p.staffId = :s", ExperienceProfile.class).setParameter("p", program.getId())
                    .setParameter("s", answered.staffId()).getResultList().stream().findFirst().orElse(null);
            if (profile == null) {
                profile = new ExperienceProfile(program.getId(), answered.staffId(), clock.instant());
                em.persist(profile);
            }
            profile.update(band, years, knowledge, clock.instant());
        }
    }
}
