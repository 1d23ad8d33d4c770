package org.parcours.organization.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcours.organization.entity.ContractType;
import org.parcours.organization.entity.StaffCategory;

/** What HR enters for a staff member, on the page, through the API, or from a CSV line. */
public record StaffDetails(
        @NotBlank(message = "{staff.employeeNumber.required}")
        @Size(max = 20, message = "{staff.employeeNumber.size}")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{staff.employeeNumber.pattern}")
        String employeeNumber,
        @NotBlank(message = "{staff.firstName.required}") @Size(max = 100) String firstName,
        @NotBlank(message = "{staff.lastName.required}") @Size(max = 100) String lastName,
        @NotBlank(message = "{staff.email.required}") @Email(message = "{staff.email.invalid}") @Size(max = 200)
        String email,
        @NotNull(message = "{staff.category.required}") StaffCategory category,
        @NotNull(message = "{staff.contractType.required}") ContractType contractType,
        @NotNull(message = "{staff.hireDate.required}") LocalDate hireDate,
        LocalDate contractEnd,
        @Size(max = 200) String jobTitle,
        @NotBlank(message = "{staff.unit.required}") String unitCode,
        String managerEmployeeNumber) {
}
