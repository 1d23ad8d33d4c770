package org.parcours.survey.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A respondent's answers by question code, as the answering page and the API send them and as a draft keeps them:
 * chosen option codes, matrix choices by row, a number, or a text (dates as yyyy-MM-dd).
 */
public record AnswerSet(Map<String, Value> answers) {

    /** The answer to one question; only the part that fits its type is used. */
    public record Value(List<String> choices, Map<String, String> rows, Double number, String text) {

        public Value {
            choices = choices == null ? List.of() : List.copyOf(choices);
            rows = rows == null ? Map.of() : Map.copyOf(rows);
        }

        public static Value choice(String... codes) {
            return new Value(List.of(codes), null, null, null);
        }

        public static Value number(double value) {
            return new Value(null, null, value, null);
        }

        public static Value text(String value) {
            return new Value(null, null, null, value);
        }

        public static Value rows(Map<String, String> byRow) {
            return new Value(null, byRow, null, null);
        }

        public boolean isEmpty() {
            return choices.isEmpty() && rows.isEmpty() && number == null && (text == null || text.isBlank());
        }
    }

    public AnswerSet {
        answers = answers == null ? Map.of() : new LinkedHashMap<>(answers);
    }

    public Value get(String questionCode) {
        return answers.get(questionCode);
    }

    public boolean answered(String questionCode) {
        Value value = answers.get(questionCode);
        return value != null && !value.isEmpty();
    }
}
