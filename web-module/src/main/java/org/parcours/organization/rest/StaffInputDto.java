package org.parcours.organization.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parcours.organization.boundary.StaffDetails;
import org.parcours.organization.entity.ContractType;
import org.parcours.organization.entity.StaffCategory;

/**
 * A new staff member as the API receives it. The service validates it (required fields, formats, known unit and
 * manager); refusals name the field.
 */
@Schema(name = "StaffInput")
public record StaffInputDto(
        @Schema(required = true, maxLength = 20, example = "E9001") String employeeNumber,
        @Schema(required = true, maxLength = 100, example = "Jeanne") String firstName,
        @Schema(required = true, maxLength = 100, example = "Exemple") String lastName,
        @Schema(required = true, maxLength = 200, example = "jeanne.exemple@example.org") String email,
        @Schema(required = true) StaffCategory category,
        @Schema(required = true) ContractType contractType,
        @Schema(required = true, example = "2026-09-01") LocalDate hireDate,
        @Schema(description = "Required for a fixed-term contract", example = "2028-08-31") LocalDate contractEnd,
        @Schema(maxLength = 200) String jobTitle,
        @Schema(required = true, example = "U1001") String unitCode,
        @Schema(example = "E1021") String managerEmployeeNumber) {

    public StaffDetails toDetails() {
        return new StaffDetails(employeeNumber, firstName, lastName, email, category, contractType, hireDate,
                contractEnd, jobTitle, unitCode, managerEmployeeNumber);
    }
}
