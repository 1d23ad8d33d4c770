package org.parcours.survey.boundary;

import java.time.Instant;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.SurveyKind;
import org.parcours.survey.entity.SurveyStatus;

/** A line of the survey list: what it is, where it stands, and how many answered. */
public record SurveySummary(long id, String titleFr, String titleEn, SurveyKind kind, AccessMode accessMode,
        SurveyStatus status, Instant opensAt, Instant closesAt, long invited, long answered, long responses,
        int structureVersion, boolean locked) {

    public double responseRate() {
        return invited == 0 ? 0 : Math.round(1000.0 * answered / invited) / 10.0;
    }
}
