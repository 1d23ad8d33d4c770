package org.parcours.survey.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.survey.boundary.MySurvey;
import org.parcours.survey.boundary.ResponseService;
import org.parcours.survey.boundary.ResultsService;
import org.parcours.survey.boundary.SharedResults;

/** "My surveys": the open surveys the signed-in person can answer, and the results shared with them. */
@Named
@ViewScoped
public class MySurveysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ResponseService responses;

    @EJB
    transient ResultsService results;

    private List<MySurvey> surveys;
    private List<SharedResults> shared;

    @PostConstruct
    void load() {
        surveys = responses.mySurveys();
        shared = results.sharedWithMe();
    }

    public List<SharedResults> getShared() {
        return shared;
    }

    public String answer(MySurvey survey) {
        String token = survey.token() != null ? survey.token() : responses.linkForMe(survey.surveyId());
        return "/respond/answer.xhtml?faces-redirect=true&t=" + token;
    }

    public List<MySurvey> getSurveys() {
        return surveys;
    }
}
