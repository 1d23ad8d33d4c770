package org.parcours.survey.boundary;

import java.util.List;

/**
 * One question's results by group (unit, category, experience band or training session). Groups below the threshold,
 * and the groups hidden with them so that they cannot be recomputed, are listed as hidden without figures.
 */
public record Breakdown(String dimension, String questionCode, int threshold, List<Group> groups) {

    /** Breakdown dimensions. */
    public enum Dimension {
        UNIT, CATEGORY, EXPERIENCE_BAND, TRAINING_SESSION
    }

    public Breakdown {
        groups = List.copyOf(groups);
    }

    /** A group: its respondents, and (when visible) its counts per option and its mean. */
    public record Group(String key, String label, boolean hidden, Long respondents,
            List<SurveyResults.OptionCount> options, Double mean) {
        public Group {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }
}
