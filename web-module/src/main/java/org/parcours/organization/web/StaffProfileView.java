package org.parcours.organization.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.parcours.organization.boundary.StaffService;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.boundary.BusinessException;

/** One person's card in the directory, with their manager and their team. */
@Named
@ViewScoped
public class StaffProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient StaffService staff;

    @Inject
    transient java.time.Clock clock;

    @EJB
    transient org.parcours.identity.boundary.AccessService access;

    @Inject
    transient org.parcours.identity.web.CurrentUser currentUser;

    @Inject
    transient org.parcours.platform.web.Messages messages;

    private Long id;
    private StaffMember person;
    private List<StaffMember> team;
    private org.parcours.identity.boundary.AccessService.AccessStatus accessStatus;
    private List<org.parcours.identity.entity.Role> roles = new java.util.ArrayList<>();

    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "staff");
            return;
        }
        try {
            person = staff.find(id);
            team = staff.team(id);
            if (currentUser.hasRole("HR_ADMIN")) {
                showAccess(access.status(id));
            }
        } catch (BusinessException e) {
            Faces.responseSendError(404, "staff");
        }
    }

    /** Sends the person a link to choose their password (creating their account when they have none). */
    public void sendAccess() {
        try {
            showAccess(access.sendAccess(id));
            messages.info("access.sent", person.getEmail());
        } catch (BusinessException refusal) {
            messages.refused(refusal, "access");
        }
    }

    public void saveRoles() {
        try {
            showAccess(access.grant(id, java.util.EnumSet.copyOf(roles.isEmpty()
                    ? List.of(org.parcours.identity.entity.Role.STAFF) : roles), accessStatus.accountVersion()));
            messages.info("access.rolesSaved");
        } catch (BusinessException refusal) {
            messages.refused(refusal, "access");
        }
    }

    private void showAccess(org.parcours.identity.boundary.AccessService.AccessStatus status) {
        accessStatus = status;
        roles = new java.util.ArrayList<>(status.roles());
    }

    public org.parcours.identity.entity.Role[] getRoleChoices() {
        return org.parcours.identity.entity.Role.values();
    }

    public org.parcours.identity.boundary.AccessService.AccessStatus getAccessStatus() {
        return accessStatus;
    }

    public List<org.parcours.identity.entity.Role> getRoles() {
        return roles;
    }

    public void setRoles(List<org.parcours.identity.entity.Role> roles) {
        this.roles = roles;
    }

    public int getYearsOfService() {
        return person == null ? 0 : person.yearsOfService(LocalDate.now(clock));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StaffMember getPerson() {
        return person;
    }

    public List<StaffMember> getTeam() {
        return team;
    }
}
