package org.parcours.survey.boundary;

/** A free-text answer as HR reviews it: which response row it is, the text, and whether it is hidden. */
public record TextAnswer(String responseId, String questionCode, String text, boolean hidden) {
}
