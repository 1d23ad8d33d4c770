package org.parcours.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.training.boundary.ProgramService;
import org.parcours.training.entity.TrainingProgram;

/** Training programs: every one for HR, a committee member's own ones; HR creates programs here. */
@Named
@ViewScoped
public class ProgramsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ProgramService programs;

    @Inject
    transient Messages messages;

    private List<TrainingProgram> list;
    private String code;
    private String titleFr;
    private String titleEn;
    private String objectives;

    @PostConstruct
    void load() {
        list = programs.visiblePrograms();
    }

    public String create() {
        try {
            TrainingProgram program = programs.create(code, titleFr, titleEn, objectives, null, null, null);
            messages.info("programs.created", program.getTitleFr());
            messages.keepAfterRedirect();
            return "/training/program.xhtml?faces-redirect=true&id=" + program.getId();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "create");
            return null;
        }
    }

    public List<TrainingProgram> getList() {
        return list;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }
}
