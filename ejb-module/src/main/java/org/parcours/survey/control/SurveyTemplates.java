package org.parcours.survey.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.parcours.survey.entity.SurveyDocument;
import org.parcours.survey.entity.SurveyJson;

/** The survey templates that ship with Parcours (resources org/parcours/survey/templates/*.json). */
@ApplicationScoped
public class SurveyTemplates {

    public static final List<String> CODES = List.of("training-satisfaction", "training-needs-assessment",
            "career-check-in", "psychosocial-barometer");

    public List<SurveyDocument> all() {
        return CODES.stream().map(this::byCode).flatMap(Optional::stream).toList();
    }

    public Optional<SurveyDocument> byCode(String code) {
        if (code == null || !CODES.contains(code)) {
            return Optional.empty();
        }
        try (InputStream in = SurveyTemplates.class.getResourceAsStream("/org/parcours/survey/templates/" + code
                + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(SurveyJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    SurveyDocument.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
