package org.parcours.organization.rest;

import java.time.LocalDate;
import org.parcours.organization.entity.ContractType;
import org.parcours.organization.entity.StaffCategory;
import org.parcours.organization.entity.StaffMember;

/** A staff member as the API shows them. */
public record StaffDto(long id, long version, String employeeNumber, String firstName, String lastName, String email,
        StaffCategory category, ContractType contractType, LocalDate hireDate, LocalDate contractEnd,
        String jobTitle, String unitCode, String unitName, String managerEmployeeNumber, boolean active) {

    public static StaffDto of(StaffMember staff) {
        return new StaffDto(staff.getId(), staff.getVersion(), staff.getEmployeeNumber(), staff.getFirstName(),
                staff.getLastName(), staff.getEmail(), staff.getCategory(), staff.getContractType(),
                staff.getHireDate(), staff.getContractEnd(), staff.getJobTitle(), staff.getUnit().getCode(),
                staff.getUnit().getNameFr(),
                staff.getManager() == null ? null : staff.getManager().getEmployeeNumber(), staff.isActive());
    }
}
