package org.parcours.survey.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parcours.portal.boundary.PendingTask;
import org.parcours.portal.control.TaskSource;
import org.parcours.survey.boundary.MySurvey;
import org.parcours.survey.boundary.ResponseService;

/** "My space": the surveys the person can answer now. */
@ApplicationScoped
public class SurveyTasks implements TaskSource {

    @EJB
    ResponseService responses;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public List<PendingTask> tasksFor(String username, Long staffId, Set<String> roles) {
        List<PendingTask> tasks = new ArrayList<>();
        for (MySurvey survey : responses.mySurveys()) {
            LocalDate due = survey.closesAt() == null ? null
                    : LocalDate.ofInstant(survey.closesAt(), ZoneId.systemDefault());
            String link = survey.token() != null ? "/respond/answer.xhtml?t=" + survey.token()
                    : "/survey/mine.xhtml";
            tasks.add(new PendingTask("survey", survey.draftSaved() ? "task.survey.continue" : "task.survey.answer",
                    List.of(survey.titleFr(), survey.titleEn()), link,
                    due != null && due.isBefore(LocalDate.now(clock).plusDays(3)) ? PendingTask.Urgency.URGENT
                            : PendingTask.Urgency.TODO, due));
        }
        return tasks;
    }
}
