package org.parcours.survey.web;

import jakarta.json.Json;
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
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        options.forEach(option -> {
            labels.add(option.label());
            data.add(option.percent());
        });
        JsonObjectBuilder scale = Json.createObjectBuilder().add("beginAtZero", true).add("max", 100);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "%").add("data", data)
                                .add("backgroundColor", "#1d4f91"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", horizontal ? "y" : "x")
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                                .add("display", false)))
                        .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", scale)))
                .build().toString();
    }

    private static String pie(List<OptionCount> options) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder colors = Json.createArrayBuilder();
        for (int i = 0; i < options.size(); i++) {
            labels.add(options.get(i).label());
            data.add(options.get(i).count());
            colors.add(i == 0 ? "#1d4f91" : "#e8833a");
        }
        return Json.createObjectBuilder()
                .add("type", "pie")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("data", data).add("backgroundColor", colors))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false).add("animation", false))
                .build().toString();
    }

    private static String stacked(List<RowResult> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(row -> labels.add(row.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        List<OptionCount> scale = rows.get(0).options();
        for (int point = 0; point < scale.size(); point++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (RowResult row : rows) {
                data.add(row.options().get(point).percent());
            }
            datasets.add(Json.createObjectBuilder().add("label", scale.get(point).label()).add("data", data)
                    .add("backgroundColor", PALETTE[Math.min(point * (scale.size() <= 5 ? 1 : 1), PALETTE.length - 1)]));
        }
        JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("stacked", true).add("max", 100)).add("y", axis)))
                .build().toString();
    }
}
