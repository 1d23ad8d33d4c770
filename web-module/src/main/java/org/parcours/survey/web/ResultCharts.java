package org.parcours.survey.web;

import static org.parcours.platform.web.JsonBuilders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.parcours.survey.boundary.SurveyResults.OptionCount;
import org.parcours.survey.boundary.SurveyResults.QuestionResult;
import org.parcours.survey.boundary.SurveyResults.RowResult;
import org.parcours.survey.entity.QuestionType;

/**
 * Chart.js configurations for results: horizontal bars of percentages for choices, a pie for yes/no, columns for a
 * 0–10 rating, and stacked bars (one per matrix row) for Likert matrices. The same figures are always also given
 * as a table, for screen readers.
 */
final class ResultCharts {

    private static final String[] PALETTE = {"#b3261e", "#e8833a", "#9e9e9e", "#5b8fd1", "#1d4f91", "#2e7d32",
        "#6a1b9a", "#00838f", "#795548", "#455a64", "#c2185b"};

    private ResultCharts() {
    }

    static String of(QuestionResult question) {
        if (question.type() == QuestionType.MATRIX) {
            return stacked(question.rows());
        }
        if (question.options().isEmpty()) {
            return null;
        }
        if (question.type() == QuestionType.YES_NO) {
            return pie(question.options());
        }
        return bars(question.options(), question.type() != QuestionType.RATING_0_10);
    }

    private static String bars(List<OptionCount> options, boolean horizontal) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        options.forEach(option -> {
            labels.add(option.label());
            data.add(option.percent());
        });
        JsonObjectBuilder scale = JSON.createObjectBuilder().add("beginAtZero", true).add("max", 100);
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets",
                        JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("label", "%").add("data", data)
                                .add("backgroundColor", "#1d4f91"))))
                .add("options", JSON.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder()
                                .add("display", false)))
                        .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y", scale)))
                .build().toString();
    }

    private static String pie(List<OptionCount> options) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        JsonArrayBuilder colors = JSON.createArrayBuilder();
        for (int i = 0; i < options.size(); i++) {
            labels.add(options.get(i).label());
            data.add(options.get(i).count());
            colors.add(i == 0 ? "#1d4f91" : "#e8833a");
        }
        return JSON.createObjectBuilder()
                .add("type", "pie")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("data", data).add("backgroundColor", colors))))
                .add("options", JSON.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false))
                .build().toString();
    }

    private static String stacked(List<RowResult> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        rows.forEach(row -> labels.add(row.label()));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        List<OptionCount> scale = rows.get(0).options();
        for (int point = 0; point < scale.size(); point++) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (RowResult row : rows) {
                data.add(row.options().get(point).percent());
            }
            datasets.add(JSON.createObjectBuilder().add("label", scale.get(point).label()).add("data", data)
                    .add("backgroundColor", PALETTE[Math.min(point * (scale.size() <= 5 ? 1 : 1), PALETTE.length - 1)]));
        }
        JsonObjectBuilder axis = JSON.createObjectBuilder().add("stacked", true);
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", JSON.createObjectBuilder().add("x", JSON.createObjectBuilder()
                                .add("stacked", true).add("max", 100)).add("y", axis)))
                .build().toString();
    }
}
