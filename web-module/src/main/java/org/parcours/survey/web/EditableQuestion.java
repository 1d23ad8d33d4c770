package org.parcours.survey.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.SurveyStructure;
import org.parcours.survey.entity.SurveyStructure.Choice;
import org.parcours.survey.entity.SurveyStructure.Question;
import org.parcours.survey.entity.SurveyStructure.Text;

/**
 * A question as the editor changes it. Choices and matrix rows are edited as lines "code | French | English |
 * score" (score optional), which keeps the editor usable with the keyboard alone.
 */
public class EditableQuestion implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private QuestionType type = QuestionType.SINGLE_CHOICE;
    private String textFr;
    private String textEn;
    private String helpFr;
    private String helpEn;
    private boolean required = true;
    private String choices = "";
    private String items = "";
    private Integer min;
    private Integer max;
    private String showIfQuestion;
    private String showIfChoice;
    private String profileField;

    public static EditableQuestion of(Question question) {
        EditableQuestion editable = new EditableQuestion();
        editable.code = question.code();
        editable.type = question.type();
        editable.textFr = question.text() == null ? null : question.text().fr();
        editable.textEn = question.text() == null ? null : question.text().en();
        editable.helpFr = question.help() == null ? null : question.help().fr();
        editable.helpEn = question.help() == null ? null : question.help().en();
        editable.required = question.required();
        editable.choices = lines(question.choices());
        editable.items = lines(question.items());
        editable.min = question.min();
        editable.max = question.max();
        editable.showIfQuestion = question.showIf() == null ? null : question.showIf().question();
        editable.showIfChoice = question.showIf() == null ? null : question.showIf().equalsCode();
        editable.profileField = question.profileField();
        return editable;
    }

    public Question toQuestion() {
        SurveyStructure.ShowIf showIf = showIfQuestion == null || showIfQuestion.isBlank() ? null
                : new SurveyStructure.ShowIf(showIfQuestion.trim(), showIfChoice == null ? "" : showIfChoice.trim());
        Text help = (helpFr == null || helpFr.isBlank()) && (helpEn == null || helpEn.isBlank()) ? null
                : Text.of(helpFr, helpEn);
        return new Question(code == null ? null : code.trim(), type, Text.of(textFr, textEn), help, required,
                parse(choices), parse(items), min, max, showIf, profileField == null || profileField.isBlank() ? null
                        : profileField);
    }

    static String lines(List<Choice> choices) {
        StringBuilder text = new StringBuilder();
        for (Choice choice : choices) {
            text.append(choice.code()).append(" | ").append(nullToEmpty(choice.label().fr())).append(" | ")
                    .append(nullToEmpty(choice.label().en()));
            if (choice.value() != null) {
                text.append(" | ").append(choice.value());
            }
            text.append('\n');
        }
        return text.toString();
    }

    static List<Choice> parse(String lines) {
        List<Choice> choices = new ArrayList<>();
        if (lines == null) {
            return choices;
        }
        int n = 1;
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String code = parts[0].trim();
            String fr = parts.length > 1 ? parts[1].trim() : code;
            String en = parts.length > 2 && !parts[2].isBlank() ? parts[2].trim() : fr;
            Integer value = null;
            if (parts.length > 3 && !parts[3].isBlank()) {
                try {
                    value = Integer.valueOf(parts[3].trim());
                } catch (NumberFormatException e) {
                    value = null;
                }
            }
            if (parts.length == 1) {
                fr = code;
                en = code;
                code = "c" + n;
            }
            choices.add(new Choice(code, Text.of(fr, en), value));
            n++;
        }
        return choices;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public QuestionType getType() {
        return type;
    }

    public void setType(QuestionType type) {
        this.type = type;
    }

    public String getTextFr() {
        return textFr;
    }

    public void setTextFr(String textFr) {
        this.textFr = textFr;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getHelpFr() {
        return helpFr;
    }

    public void setHelpFr(String helpFr) {
        this.helpFr = helpFr;
    }

    public String getHelpEn() {
        return helpEn;
    }

    public void setHelpEn(String helpEn) {
        this.helpEn = helpEn;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public Integer getMin() {
        return min;
    }

    public void setMin(Integer min) {
        this.min = min;
    }

    public Integer getMax() {
        return max;
    }

    public void setMax(Integer max) {
        this.max = max;
    }

    public String getShowIfQuestion() {
        return showIfQuestion;
    }

    public void setShowIfQuestion(String showIfQuestion) {
        this.showIfQuestion = showIfQuestion;
    }

    public String getShowIfChoice() {
        return showIfChoice;
    }

    public void setShowIfChoice(String showIfChoice) {
        this.showIfChoice = showIfChoice;
    }

    public String getProfileField() {
        return profileField;
    }

    public void setProfileField(String profileField) {
        this.profileField = profileField;
    }
}
