package org.parcours.survey.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.parcours.platform.boundary.BusinessException;

/** Survey structures and answer sets to and from JSON (the stored form, the export format, drafts). */
public final class SurveyJson {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(false)
            .withNullValues(false));
    private static final Jsonb PRETTY = JsonbBuilder.create(new JsonbConfig().withFormatting(true)
            .withNullValues(false));

    /** Structures last read, by their JSON text; at most {@link #READ_KEPT}, forgotten all at once beyond. */
    private static final Map<String, SurveyStructure> READ = new ConcurrentHashMap<>();
    /** The same structures by survey and version, for those who know these without the text. */
    private static final Map<SurveyVersion, SurveyStructure> READ_BY_VERSION = new ConcurrentHashMap<>();
    private static final int READ_KEPT = 32;

    private record SurveyVersion(long surveyId, long version) {
    }

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
            return keep(READ, json, structure);
        } catch (JsonbException | IllegalArgumentException | NullPointerException e) {
            throw BusinessException.invalid("structure", "survey.json.invalid", e.getMessage());
        }
    }

    /**
     * The structure of a survey at a version, its JSON text read from {@code json} the first time only. Any change
     * of a survey gives it a new version, so a version's structure never changes.
     */
    public static SurveyStructure structure(long surveyId, long version, Supplier<String> json) {
        SurveyVersion key = new SurveyVersion(surveyId, version);
        SurveyStructure known = READ_BY_VERSION.get(key);
        if (known != null) {
            return known;
        }
        return keep(READ_BY_VERSION, key, structure(json.get()));
    }

    /** Keeps a structure read, forgetting all the others once {@link #READ_KEPT} are kept. */
    private static <K> SurveyStructure keep(Map<K, SurveyStructure> read, K key, SurveyStructure structure) {
        if (read.size() >= READ_KEPT) {
            read.clear();
        }
        read.put(key, structure);
        return structure;
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
