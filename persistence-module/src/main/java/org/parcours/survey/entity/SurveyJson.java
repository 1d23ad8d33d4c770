package org.parcours.survey.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import org.parcours.platform.boundary.BusinessException;

/** Survey structures and answer sets to and from JSON (the stored form, the export format, drafts). */
public final class SurveyJson {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(false)
            .withNullValues(false));
    private static final Jsonb PRETTY = JsonbBuilder.create(new JsonbConfig().withFormatting(true)
            .withNullValues(false));

    private SurveyJson() {
    }

    public static String write(SurveyStructure structure) {
        return JSON.toJson(structure);
    }

    public static String writePretty(Object value) {
        return PRETTY.toJson(value);
    }

    public static SurveyStructure structure(String json) {
        try {
            SurveyStructure structure = JSON.fromJson(json, SurveyStructure.class);
            if (structure == null) {
                throw BusinessException.invalid("structure", "survey.json.invalid", "empty");
            }
            return structure;
        } catch (JsonbException | IllegalArgumentException | NullPointerException e) {
            throw BusinessException.invalid("structure", "survey.json.invalid", e.getMessage());
        }
    }

    public static String write(AnswerSet answers) {
        return JSON.toJson(answers);
    }

    public static AnswerSet answers(String json) {
        if (json == null || json.isBlank()) {
            return new AnswerSet(null);
        }
        try {
            return JSON.fromJson(json, AnswerSet.class);
        } catch (JsonbException | IllegalArgumentException e) {
            throw BusinessException.invalid("answers", "survey.json.invalid", e.getMessage());
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.fromJson(json, type);
        } catch (JsonbException | IllegalArgumentException | NullPointerException e) {
            throw BusinessException.invalid("structure", "survey.json.invalid", e.getMessage());
        }
    }
}
