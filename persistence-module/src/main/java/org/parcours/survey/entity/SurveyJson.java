package org.parcours.survey.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parcours.platform.boundary.BusinessException;

/** Survey structures and answer sets to and from JSON (the stored form, the export format, drafts). */
public final class SurveyJson {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(false)
            .withNullValues(false));
    private static final Jsonb PRETTY = JsonbBuilder.create(new JsonbConfig().withFormatting(true)
            .withNullValues(false));

    /** Structures last read, by their JSON text; at most {@link #READ_KEPT}, forgotten all at once beyond. */
    private static final Map<String, SurveyStructure> READ = new ConcurrentHashMap<>();
    private static final int READ_KEPT = 32;

    private SurveyJson() {
    }

    public static String write(SurveyStructure structure) {
        return JSON.toJson(structure);
    }

    public static String writePretty(Object value) {
        return PRETTY.toJson(value);
    }

    /**
     * The structure a stored JSON text describes. Structures are immutable, so the structures last read are kept by
     * their text: answering reads the same survey's structure for every response, and comparing the text costs a
     * small part of reading it again.
     */
    public static SurveyStructure structure(String json) {
        if (json == null) {
            throw BusinessException.invalid("structure", "survey.json.invalid", "empty");
        }
        SurveyStructure known = READ.get(json);
        if (known != null) {
            return known;
        }
        try {
            SurveyStructure structure = JSON.fromJson(json, SurveyStructure.class);
            if (structure == null) {
                throw BusinessException.invalid("structure", "survey.json.invalid", "empty");
            }
            if (READ.size() >= READ_KEPT) {
                READ.clear();
            }
            READ.put(json, structure);
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
