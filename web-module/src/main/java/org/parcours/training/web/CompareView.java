package org.parcours.training.web;

import static org.parcours.platform.web.JsonBuilders.JSON;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.training.boundary.ProgramService;
import org.parcours.training.boundary.ReviewService;
import org.parcours.training.entity.TrainingProgram;
import org.parcours.training.entity.TrainingSession;

/** Satisfaction of the pilot against later sessions, question by question, as a chart and a table. */
@Named
@ViewScoped
public class CompareView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLORS = {"#e8833a", "#1d4f91", "#2e7d32", "#6a1b9a", "#00838f"};

    @EJB
    transient ReviewService reviews;

    @EJB
    transient ProgramService programs;

    @Inject
    transient Messages messages;

    private Long program;
    private TrainingProgram found;
    private ReviewService.Comparison comparison;

    public void load() throws IOException {
        try {
            found = programs.find(program);
            comparison = reviews.compare(program, messages.locale());
        } catch (BusinessException refusal) {
            TrainingRefusals.send(refusal, messages);
        }
    }

    public String getChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        comparison.questions().values().forEach(labels::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        int i = 0;
        for (TrainingSession session : comparison.sessions()) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (String question : comparison.questions().keySet()) {
                Double mean = comparison.means().getOrDefault(question, Map.of()).get(session.getId());
                if (mean == null) {
                    data.addNull();
                } else {
                    data.add(mean);
                }
            }
            datasets.add(JSON.createObjectBuilder().add("label", session.getTitle()).add("data", data)
                    .add("backgroundColor", COLORS[i++ % COLORS.length]));
        }
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                        .add("animation", false))
                .build().toString();
    }

    public Double mean(String question, TrainingSession session) {
        return comparison.means().getOrDefault(question, Map.of()).get(session.getId());
    }

    public Long getProgram() {
        return program;
    }

    public void setProgram(Long program) {
        this.program = program;
    }

    public TrainingProgram getFound() {
        return found;
    }

    public ReviewService.Comparison getComparison() {
        return comparison;
    }
}
