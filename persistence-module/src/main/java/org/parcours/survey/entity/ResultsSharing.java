package org.parcours.survey.entity;

/** Who besides HR admins may read a survey's results (read-only, anonymity threshold applied). */
public enum ResultsSharing {
    HR_ONLY, COMMITTEE, RESPONDENTS
}
