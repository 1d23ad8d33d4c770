package org.parcours.survey.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.parcours.organization.web.PeoplePicker;
import org.parcours.organization.boundary.StaffService;
import org.parcours.organization.boundary.UnitService;
import org.parcours.organization.entity.OrganizationUnit;
import org.parcours.organization.entity.StaffCategory;
import org.parcours.organization.entity.StaffFilter;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;
import org.parcours.platform.web.PagedModel;
import org.parcours.survey.boundary.Audience;
import org.parcours.survey.boundary.AudiencePreview;
import org.parcours.survey.boundary.InvitationService;
import org.parcours.survey.boundary.SurveyService;
import org.parcours.survey.entity.Invitation;
import org.parcours.survey.entity.InvitationStatus;
import org.parcours.survey.entity.Survey;
import jakarta.servlet.http.Part;
import org.parcours.platform.web.Uploads;

/**
 * Choosing a survey's audience (people, units with sub-units, categories, e-mail addresses or a CSV of them),
 * previewing it, inviting it; then following invitations, the mailing's progress, and reminding non-respondents.
 */
@Named
@ViewScoped
public class SurveyAudienceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient InvitationService invitations;

    @EJB
    transient SurveyService surveys;

    @EJB
    transient UnitService units;

    @EJB
    transient StaffService staff;

    @Inject
    transient Messages messages;

    private Long id;
    private Survey survey;
    private List<OrganizationUnit> unitChoices;
    private List<String> unitCodes = new ArrayList<>();
    private List<StaffCategory> categories = new ArrayList<>();
    private final PeoplePicker people = new PeoplePicker();
    private String emails;
    private transient Part csv;
    private AudiencePreview preview;
    private InvitationStatus statusFilter;
    private PagedModel<Invitation> model;

    public void load() throws IOException {
        try {
            survey = surveys.find(id);
        } catch (BusinessException e) {
            Faces.responseSendError(404, "survey");
            return;
        }
        unitChoices = units.tree();
        model = new PagedModel<>((first, size, sort, asc) -> invitations.invitations(id, statusFilter, first, size),
                Invitation::getId);
    }

    private Audience audience() {
        List<Long> staffIds = people.staffIds();
        StringBuilder addresses = new StringBuilder(emails == null ? "" : emails);
        if (Uploads.chosen(csv)) {
            addresses.append('\n').append(new String(Uploads.bytes(csv), StandardCharsets.UTF_8));
        }
        return new Audience(staffIds, unitCodes, categories, addresses.toString(), null);
    }

    public void preview() {
        try {
            preview = invitations.preview(id, audience());
        } catch (BusinessException refusal) {
            messages.refused(refusal, "audience");
        }
    }

    public void invite() {
        try {
            int created = invitations.invite(id, audience());
            messages.info(survey.getStatus().name().equals("OPEN") ? "audience.invitedAndMailed"
                    : "audience.invitedLater", created);
            preview = null;
            unitCodes = new ArrayList<>();
            categories = new ArrayList<>();
            people.clear();
            emails = null;
            survey = surveys.find(id);
        } catch (BusinessException refusal) {
            messages.refused(refusal, "audience");
        }
    }

    public void remind() {
        try {
            int reminded = invitations.remindNow(id);
            messages.info("audience.reminded", reminded);
        } catch (BusinessException refusal) {
            messages.refused(refusal, null);
        }
    }

    public void withdraw(Invitation invitation) {
        invitations.withdraw(invitation.getId());
        messages.info("audience.withdrawn", invitation.getEmail());
    }

    public InvitationService.MailingProgress getMailing() {
        return invitations.mailing(id);
    }

    public StaffCategory[] getCategoryChoices() {
        return StaffCategory.values();
    }

    public InvitationStatus[] getStatuses() {
        return InvitationStatus.values();
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

    public List<OrganizationUnit> getUnitChoices() {
        return unitChoices;
    }

    public List<String> getUnitCodes() {
        return unitCodes;
    }

    public void setUnitCodes(List<String> unitCodes) {
        this.unitCodes = unitCodes;
    }

    public List<StaffCategory> getCategories() {
        return categories;
    }

    public void setCategories(List<StaffCategory> categories) {
        this.categories = categories;
    }

    public PeoplePicker getPeople() {
        return people;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    public Part getCsv() {
        return csv;
    }

    public void setCsv(Part csv) {
        this.csv = csv;
    }

    public AudiencePreview getPreview() {
        return preview;
    }

    public InvitationStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(InvitationStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public PagedModel<Invitation> getModel() {
        return model;
    }
}
