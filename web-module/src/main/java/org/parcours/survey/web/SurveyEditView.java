package org.parcours.survey.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.survey.boundary.SurveyService;
import org.parcours.survey.boundary.SurveySettings;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.QuestionType;
import org.parcours.survey.entity.ResultsSharing;
import org.parcours.survey.entity.RetentionAction;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyJson;
import org.parcours.survey.entity.SurveyStructure;
import org.parcours.survey.entity.SurveyStructure.Section;
import org.parcours.survey.entity.SurveyStructure.Text;
import org.primefaces.event.ReorderEvent;

/**
 * Building a survey: its texts and settings, then its sections and questions (add, edit, reorder by drag and drop or
 * with the arrow buttons, delete), a preview, and its life: open, close, archive, new version, export.
 */
@Named
@ViewScoped
public class SurveyEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A section being edited: its titles and its questions. */
    public static class EditableSection implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String titleFr;
        private String titleEn;
        private List<EditableQuestion> questions = new ArrayList<>();

        public String getCode() {
            return code;
        }

        public String getTitleFr() {
            return titleFr;
        }

        public void setTitleFr(String titleFr) {
            this.titleFr = titleFr;
        }

        public String getTitleEn() {
            return titleEn;
        }

        public void setTitleEn(String titleEn) {
            this.titleEn = titleEn;
        }

        public List<EditableQuestion> getQuestions() {
            return questions;
        }
    }

    @EJB
    transient SurveyService surveys;

    @Inject
    transient Messages messages;

    private Long id;
    private Survey survey;
    private SurveySettings settings;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private List<EditableSection> sections = new ArrayList<>();
    private EditableQuestion editing;
    private EditableSection editingSection;
    private boolean editingIsNew;
    private boolean dirty;

    public void load() throws IOException {
        try {
            survey = surveys.find(id);
        } catch (BusinessException e) {
            Faces.responseSendError(404, "survey");
            return;
        }
        readSettings();
        sections = new ArrayList<>();
        for (Section section : SurveyJson.structure(survey.getStructureJson()).sections()) {
            EditableSection editable = new EditableSection();
            editable.code = section.code();
            editable.titleFr = section.title() == null ? null : section.title().fr();
            editable.titleEn = section.title() == null ? null : section.title().en();
            section.questions().forEach(q -> editable.questions.add(EditableQuestion.of(q)));
            sections.add(editable);
        }
        dirty = false;
    }

    private void readSettings() {
        ZoneId zone = ZoneId.systemDefault();
        settings = new SurveySettings(survey.getTitleFr(), survey.getTitleEn(), survey.getIntroFr(),
                survey.getIntroEn(), survey.getAccessMode(), survey.getAnonymityThreshold(),
                survey.getReminderDays(), survey.getRetentionMonths(), survey.getRetentionAction(),
                survey.getResultsSharing(), survey.getOpensAt(), survey.getClosesAt());
        titleFr = settings.titleFr();
        titleEn = settings.titleEn();
        introFr = settings.introFr();
        introEn = settings.introEn();
        accessMode = settings.accessMode();
        threshold = settings.anonymityThreshold();
        reminderDays = settings.reminderDays();
        retentionMonths = settings.retentionMonths();
        retentionAction = settings.retentionAction();
        resultsSharing = settings.resultsSharing();
        opensAt = survey.getOpensAt() == null ? null : LocalDateTime.ofInstant(survey.getOpensAt(), zone);
        closesAt = survey.getClosesAt() == null ? null : LocalDateTime.ofInstant(survey.getClosesAt(), zone);
    }

    // --- settings (bound fields) ---
    private String titleFr;
    private String titleEn;
    private String introFr;
    private String introEn;
    private AccessMode accessMode;
    private int threshold;
    private String reminderDays;
    private int retentionMonths;
    private RetentionAction retentionAction;
    private ResultsSharing resultsSharing;

    public void saveSettings() {
        ZoneId zone = ZoneId.systemDefault();
        Instant open = opensAt == null ? null : opensAt.atZone(zone).toInstant();
        Instant close = closesAt == null ? null : closesAt.atZone(zone).toInstant();
        try {
            survey = surveys.updateSettings(id, survey.getVersion(), new SurveySettings(titleFr, titleEn, introFr,
                    introEn, accessMode, threshold, reminderDays, retentionMonths, retentionAction, resultsSharing,
                    open, close));
            readSettings();
            messages.info("surveyEdit.settingsSaved");
        } catch (BusinessException refusal) {
            messages.refused(refusal, "settings");
        }
    }

    // --- questions ---

    public void addSection() {
        EditableSection section = new EditableSection();
        section.code = "s" + (sections.size() + 1) + "_" + Long.toString(System.nanoTime() % 10000, 36);
        section.titleFr = messages.text("surveyEdit.newSection");
        section.titleEn = section.titleFr;
        sections.add(section);
        dirty = true;
    }

    public void removeSection(EditableSection section) {
        if (!section.questions.isEmpty()) {
            messages.error("surveyEdit.sectionNotEmpty");
            return;
        }
        sections.remove(section);
        dirty = true;
    }

    public void newQuestion(EditableSection section) {
        editing = new EditableQuestion();
        editing.setCode(nextCode());
        editingSection = section;
        editingIsNew = true;
    }

    public void edit(EditableSection section, EditableQuestion question) {
        editing = question;
        editingSection = section;
        editingIsNew = false;
    }

    public void keepQuestion() {
        if (editingIsNew) {
            editingSection.questions.add(editing);
        }
        dirty = true;
        editing = null;
    }

    public void remove(EditableSection section, EditableQuestion question) {
        section.questions.remove(question);
        dirty = true;
    }

    public void moveUp(EditableSection section, EditableQuestion question) {
        int index = section.questions.indexOf(question);
        if (index > 0) {
            section.questions.remove(index);
            section.questions.add(index - 1, question);
            dirty = true;
        }
    }

    public void moveDown(EditableSection section, EditableQuestion question) {
        int index = section.questions.indexOf(question);
        if (index >= 0 && index < section.questions.size() - 1) {
            section.questions.remove(index);
            section.questions.add(index + 1, question);
            dirty = true;
        }
    }

    public void reorder(ReorderEvent event) {
        dirty = true;
    }

    public void saveQuestions() {
        try {
            survey = surveys.updateStructure(id, survey.getVersion(), structure());
            messages.info("surveyEdit.questionsSaved", structure().questionCount());
            dirty = false;
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
    }

    public SurveyStructure structure() {
        List<Section> converted = new ArrayList<>();
        for (EditableSection section : sections) {
            converted.add(new Section(section.code, Text.of(section.titleFr, section.titleEn),
                    section.questions.stream().map(EditableQuestion::toQuestion).toList()));
        }
        return new SurveyStructure(converted);
    }

    private String nextCode() {
        int n = structure().questionCount() + 1;
        List<String> codes = structure().questions().stream().map(q -> q.code()).toList();
        while (codes.contains("q" + n)) {
            n++;
        }
        return "q" + n;
    }

    // --- life ---

    public void open() {
        if (dirty) {
            messages.error("surveyEdit.saveFirst");
            return;
        }
        try {
            survey = surveys.open(id);
            messages.info("surveyEdit.opened");
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
    }

    public void close() {
        try {
            survey = surveys.close(id);
            messages.info("surveyEdit.closed");
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
    }

    public void archive() {
        try {
            survey = surveys.archive(id);
            messages.info("surveyEdit.archived");
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
    }

    public String newVersion() {
        Survey next = surveys.newVersion(id);
        messages.info("surveyEdit.newVersionCreated", next.getStructureVersion());
        messages.keepAfterRedirect();
        return "/admin/survey-edit.xhtml?faces-redirect=true&id=" + next.getId();
    }

    public String deleteDraft() {
        try {
            surveys.deleteDraft(id);
            messages.info("surveyEdit.deleted");
            messages.keepAfterRedirect();
            return "/admin/surveys.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
            return null;
        }
    }

    public void export() throws IOException {
        Faces.sendFile(surveys.export(id).getBytes(StandardCharsets.UTF_8), "survey-" + id + ".json", true);
    }

    public List<String> questionCodes() {
        return structure().questions().stream().map(q -> q.code()).toList();
    }

    public QuestionType[] getQuestionTypes() {
        return QuestionType.values();
    }

    public AccessMode[] getAccessModes() {
        return AccessMode.values();
    }

    public RetentionAction[] getRetentionActions() {
        return RetentionAction.values();
    }

    /** HR only, the respondents, and the steering committee when the survey belongs to a training program. */
    public ResultsSharing[] getSharings() {
        return java.util.Arrays.stream(ResultsSharing.values()).filter(sharing -> sharing != ResultsSharing.COMMITTEE
                || survey != null && (survey.canShareWithCommittee() || survey.getResultsSharing() == sharing))
                .toArray(ResultsSharing[]::new);
    }

    public boolean isEditable() {
        return survey != null && !survey.isLocked() && (survey.getStatus().name().equals("DRAFT")
                || survey.getStatus().name().equals("OPEN"));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Survey getSurvey() {
        return survey;
    }

    public List<EditableSection> getSections() {
        return sections;
    }

    public EditableQuestion getEditing() {
        return editing;
    }

    public boolean isDirty() {
        return dirty;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public void setTitleFr(String titleFr) {
        this.titleFr = titleFr;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getIntroFr() {
        return introFr;
    }

    public void setIntroFr(String introFr) {
        this.introFr = introFr;
    }

    public String getIntroEn() {
        return introEn;
    }

    public void setIntroEn(String introEn) {
        this.introEn = introEn;
    }

    public AccessMode getAccessMode() {
        return accessMode;
    }

    public void setAccessMode(AccessMode accessMode) {
        this.accessMode = accessMode;
    }

    public int getThreshold() {
        return threshold;
    }

    public void setThreshold(int threshold) {
        this.threshold = threshold;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String reminderDays) {
        this.reminderDays = reminderDays;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public void setRetentionMonths(int retentionMonths) {
        this.retentionMonths = retentionMonths;
    }

    public RetentionAction getRetentionAction() {
        return retentionAction;
    }

    public void setRetentionAction(RetentionAction retentionAction) {
        this.retentionAction = retentionAction;
    }

    public ResultsSharing getResultsSharing() {
        return resultsSharing;
    }

    public void setResultsSharing(ResultsSharing resultsSharing) {
        this.resultsSharing = resultsSharing;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }
}
