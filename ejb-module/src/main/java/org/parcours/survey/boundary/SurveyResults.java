package org.parcours.survey.boundary;

import java.util.List;
import org.parcours.survey.entity.QuestionType;

/**
 * A survey's results as counted in the database, with the anonymity threshold applied: when fewer than k people
 * answered, {@code suppressed} is true and no question result is given.
 */
public record SurveyResults(long surveyId, long invited, long answeredInvitations, long responses, int threshold,
        boolean suppressed, List<QuestionResult> questions) {

    public SurveyResults {
        questions = List.copyOf(questions);
    }

    /** Share of invitees who answered, 0 to 100 (responses without invitations are not counted). */
    public double responseRate() {
        return invited == 0 ? 0 : Math.round(1000.0 * answeredInvitations / invited) / 10.0;
    }

    /** One answer option (or scale point) and how many chose it. */
    public record OptionCount(String code, String label, long count, double percent) {
    }

    /** A matrix row: its counts per scale point and its mean. */
    public record RowResult(String code, String label, List<OptionCount> options, Double mean, long respondents) {
        public RowResult {
            options = List.copyOf(options);
        }
    }

    /**
     * One question: how many answered it, the counts per option (choices, scales, 0–10 points), the mean and
     * median where meaningful, the NPS for a 0–10 rating, matrix rows, and the number of texts.
     */
    public record QuestionResult(String code, QuestionType type, String text, long respondents,
            List<OptionCount> options, Double mean, Double median, Integer nps, List<RowResult> rows, long texts) {
        public QuestionResult {
            options = List.copyOf(options);
            rows = List.copyOf(rows);
        }
    }
}
