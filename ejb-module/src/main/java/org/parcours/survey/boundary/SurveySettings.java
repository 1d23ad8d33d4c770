package org.parcours.survey.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.ResultsSharing;
import org.parcours.survey.entity.RetentionAction;

/** What HR sets on a survey besides its questions. */
public record SurveySettings(
        @NotBlank(message = "{survey.title.required}") @Size(max = 300) String titleFr,
        @NotBlank(message = "{survey.title.required}") @Size(max = 300) String titleEn,
        @Size(max = 4000) String introFr,
        @Size(max = 4000) String introEn,
        @NotNull AccessMode accessMode,
        @Min(1) @Max(100) int anonymityThreshold,
        @Size(max = 50) String reminderDays,
        @Min(1) @Max(240) int retentionMonths,
        @NotNull RetentionAction retentionAction,
        @NotNull ResultsSharing resultsSharing,
        Instant opensAt,
        Instant closesAt) {
}
