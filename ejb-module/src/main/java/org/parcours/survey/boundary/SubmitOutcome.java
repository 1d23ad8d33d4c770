package org.parcours.survey.boundary;

import java.util.Map;

/**
 * The result of submitting answers: recorded; already recorded (a second click or a replay: nothing more is stored);
 * refused because the survey is closed (the answers are kept as a draft); or invalid, with problems by question.
 */
public record SubmitOutcome(Result result, Map<String, String> problems) {

    /** What happened. */
    public enum Result {
        RECORDED, ALREADY_RECORDED, CLOSED, INVALID
    }

    public SubmitOutcome {
        problems = problems == null ? Map.of() : Map.copyOf(problems);
    }

    public static SubmitOutcome of(Result result) {
        return new SubmitOutcome(result, Map.of());
    }
}
