package org.parcours.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One answer value of a response: a chosen option (one row per option chosen), a number, a date or a text. Matrix
 * answers carry the row in {@code itemCode}. Results are counted from these rows in the database.
 */
@Entity
@Table(name = "survey_answer")
@IdClass(Answer.Key.class)
public class Answer {

    /** The composite key of an answer row. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String responseId;
        private String questionCode;
        private String itemCode;
        private String optionCode;

        public Key() {
        }

        public Key(String responseId, String questionCode, String itemCode, String optionCode) {
            this.responseId = responseId;
            this.questionCode = questionCode;
            this.itemCode = itemCode;
            this.optionCode = optionCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(responseId, key.responseId)
                    && Objects.equals(questionCode, key.questionCode) && Objects.equals(itemCode, key.itemCode)
                    && Objects.equals(optionCode, key.optionCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(responseId, questionCode, itemCode, optionCode);
        }
    }

    @Id
    @Column(name = "response_id", length = 36)
    private String responseId;

    @Id
    @Column(name = "question_code", length = 40)
    private String questionCode;

    @Id
    @Column(name = "item_code", length = 40)
    private String itemCode;

    @Id
    @Column(name = "option_code", length = 40)
    private String optionCode;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "number_value")
    private Double numberValue;

    @Column(name = "text_value", length = 4000)
    private String textValue;

    @Column(nullable = false)
    private boolean hidden;

    protected Answer() {
    }

    public Answer(String responseId, Long surveyId, String questionCode, String itemCode, String optionCode,
            Double numberValue, String textValue) {
        this.responseId = responseId;
        this.surveyId = surveyId;
        this.questionCode = questionCode;
        this.itemCode = itemCode == null ? "" : itemCode;
        this.optionCode = optionCode == null ? "" : optionCode;
        this.numberValue = numberValue;
        this.textValue = textValue;
    }

    public void hide(boolean hide) {
        this.hidden = hide;
    }

    public String getResponseId() {
        return responseId;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getOptionCode() {
        return optionCode;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public Double getNumberValue() {
        return numberValue;
    }

    public String getTextValue() {
        return textValue;
    }

    public boolean isHidden() {
        return hidden;
    }
}
