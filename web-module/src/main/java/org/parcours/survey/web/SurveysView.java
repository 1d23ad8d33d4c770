package org.parcours.survey.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.survey.boundary.SurveyService;
import org.parcours.survey.boundary.SurveySummary;
import org.parcours.survey.entity.AccessMode;
import org.parcours.survey.entity.Survey;
import org.parcours.survey.entity.SurveyDocument;
import jakarta.servlet.http.Part;
import org.parcours.platform.web.Uploads;

/** HR's list of surveys: create one (blank, from a template, from a file), follow rates, open each tool. */
@Named
@ViewScoped
public class SurveysView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient SurveyService surveys;

    @Inject
    transient Messages messages;

    private List<SurveySummary> list;
    private List<SurveyDocument> templates;
    private String template;
    private String titleFr;
    private String titleEn;
    private AccessMode accessMode = AccessMode.LINK_ANONYMOUS;
    private transient Part file;
    private List<String> unsupported;

    @PostConstruct
    void load() {
        list = surveys.list();
        templates = surveys.templates();
    }

    public String create() {
        try {
            Survey survey = template == null || template.isBlank()
                    ? surveys.create(titleFr, titleEn == null || titleEn.isBlank() ? titleFr : titleEn, accessMode)
                    : surveys.createFromTemplate(template, accessMode);
            messages.info("surveys.created", survey.getTitleFr());
            messages.keepAfterRedirect();
            return "/admin/survey-edit.xhtml?faces-redirect=true&id=" + survey.getId();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "create");
            return null;
        }
    }

    public String importFile() {
        if (!Uploads.chosen(file)) {
            messages.error("import.noFile");
            return null;
        }
        if (file.getSize() > 5L * 1024 * 1024) {
            messages.error("import.tooLarge", 5);
            return null;
        }
        try {
            byte[] content = Uploads.bytes(file);
            String name = Uploads.name(file).toLowerCase(java.util.Locale.ROOT);
            Survey survey;
            if (name.endsWith(".lss") || name.endsWith(".xml")) {
                SurveyService.Imported imported = surveys.importLimeSurvey(content);
                survey = imported.survey();
                unsupported = imported.unsupported();
                if (!unsupported.isEmpty()) {
                    messages.warn("surveys.importedWithGaps", survey.getTitleFr(), unsupported.size());
                    list = surveys.list();
                    return null;
                }
            } else {
                survey = surveys.importDocument(new String(content, java.nio.charset.StandardCharsets.UTF_8));
            }
            messages.info("surveys.imported", survey.getTitleFr());
            messages.keepAfterRedirect();
            return "/admin/survey-edit.xhtml?faces-redirect=true&id=" + survey.getId();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "import");
            return null;
        }
    }

    public String duplicate(SurveySummary summary) {
        Survey copy = surveys.duplicate(summary.id());
        messages.info("surveys.duplicated", copy.getTitleFr());
        messages.keepAfterRedirect();
        return "/admin/survey-edit.xhtml?faces-redirect=true&id=" + copy.getId();
    }

    public String title(SurveySummary summary) {
        return "en".equals(messages.locale().getLanguage()) ? summary.titleEn() : summary.titleFr();
    }

    public String templateTitle(SurveyDocument document) {
        return "en".equals(messages.locale().getLanguage()) ? document.titleEn() : document.titleFr();
    }

    public AccessMode[] getAccessModes() {
        return AccessMode.values();
    }

    public List<SurveySummary> getList() {
        return list;
    }

    public List<SurveyDocument> getTemplates() {
        return templates;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
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

    public AccessMode getAccessMode() {
        return accessMode;
    }

    public void setAccessMode(AccessMode accessMode) {
        this.accessMode = accessMode;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<String> getUnsupported() {
        return unsupported;
    }
}
