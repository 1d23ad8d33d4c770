package org.parcours.organization.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Faces;
import org.parcours.organization.boundary.StaffDetails;
import org.parcours.organization.boundary.StaffService;
import org.parcours.organization.boundary.UnitService;
import org.parcours.organization.entity.ContractType;
import org.parcours.organization.entity.OrganizationUnit;
import org.parcours.organization.entity.StaffCategory;
import org.parcours.organization.entity.StaffFilter;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.web.Messages;

/** HR admins create or change a staff record; a concurrent change is reported instead of being overwritten. */
@Named
@ViewScoped
public class StaffEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient StaffService staff;

    @EJB
    transient UnitService units;

    @Inject
    transient Messages messages;

    private Long id;
    private long version;
    private String employeeNumber;
    private String firstName;
    private String lastName;
    private String email;
    private StaffCategory category;
    private ContractType contractType = ContractType.PERMANENT;
    private LocalDate hireDate;
    private LocalDate contractEnd;
    private String jobTitle;
    private String unitCode;
    private String managerEmployeeNumber;
    private List<OrganizationUnit> unitChoices;

    public void load() throws IOException {
        unitChoices = units.tree();
        if (id == null) {
            return;
        }
        try {
            StaffMember existing = staff.find(id);
            version = existing.getVersion();
            employeeNumber = existing.getEmployeeNumber();
            firstName = existing.getFirstName();
            lastName = existing.getLastName();
            email = existing.getEmail();
            category = existing.getCategory();
            contractType = existing.getContractType();
            hireDate = existing.getHireDate();
            contractEnd = existing.getContractEnd();
            jobTitle = existing.getJobTitle();
            unitCode = existing.getUnit().getCode();
            managerEmployeeNumber = existing.getManager() == null ? null : existing.getManager().getEmployeeNumber();
        } catch (BusinessException e) {
            Faces.responseSendError(404, "staff");
        }
    }

    public String save() {
        StaffDetails details = new StaffDetails(employeeNumber, firstName, lastName, email, category, contractType,
                hireDate, contractEnd, jobTitle, unitCode, managerEmployeeNumber);
        try {
            StaffMember saved = id == null ? staff.create(details) : staff.update(id, version, details);
            messages.info(id == null ? "staffEdit.created" : "staffEdit.updated", saved.getFullName());
            messages.keepAfterRedirect();
            return "/staff/view.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (BusinessException refusal) {
            messages.refused(refusal, "staffEdit");
        } catch (ConstraintViolationException refusal) {
            messages.refused(refusal, "staffEdit");
        }
        return null;
    }

    public String deactivate() {
        try {
            staff.deactivate(id, version);
            messages.info("staffEdit.deactivated", firstName + " " + lastName);
            messages.keepAfterRedirect();
            return "/staff/directory.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            messages.refused(refusal, "staffEdit");
            return null;
        }
    }

    /** Managers offered while typing: "E1021 – Olivier Fontaine". */
    public List<String> completeManager(String text) {
        return staff.search(StaffFilter.text(text), 0, 12, "lastName", true).items().stream()
                .map(s -> s.getEmployeeNumber()).toList();
    }

    public String managerLabel(String number) {
        return staff.byEmployeeNumber(number).map(s -> number + " – " + s.getFullName()).orElse(number);
    }

    public boolean isNew() {
        return id == null;
    }

    public StaffCategory[] getCategories() {
        return StaffCategory.values();
    }

    public ContractType[] getContractTypes() {
        return ContractType.values();
    }

    public List<OrganizationUnit> getUnitChoices() {
        return unitChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public StaffCategory getCategory() {
        return category;
    }

    public void setCategory(StaffCategory category) {
        this.category = category;
    }

    public ContractType getContractType() {
        return contractType;
    }

    public void setContractType(ContractType contractType) {
        this.contractType = contractType;
    }

    public LocalDate getHireDate() {
        return hireDate;
    }

    public void setHireDate(LocalDate hireDate) {
        this.hireDate = hireDate;
    }

    public LocalDate getContractEnd() {
        return contractEnd;
    }

    public void setContractEnd(LocalDate contractEnd) {
        this.contractEnd = contractEnd;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getManagerEmployeeNumber() {
        return managerEmployeeNumber;
    }

    public void setManagerEmployeeNumber(String managerEmployeeNumber) {
        this.managerEmployeeNumber = managerEmployeeNumber;
    }
}
