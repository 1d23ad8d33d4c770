package org.parcours.survey.entity;

/**
 * A survey as a portable JSON document: the export and import format, and the form of the templates that ship with
 * Parcours ({@code format} is "parcours-survey/1").
 */
public record SurveyDocument(String format, String code, SurveyKind kind, String titleFr, String titleEn,
        String introFr, String introEn, SurveyStructure structure) {

    public static final String FORMAT = "parcours-survey/1";

    public static SurveyDocument of(Survey survey) {
        return new SurveyDocument(FORMAT, null, survey.getKind(), survey.getTitleFr(), survey.getTitleEn(),
                survey.getIntroFr(), survey.getIntroEn(), SurveyJson.structure(survey.getStructureJson()));
    }
}
