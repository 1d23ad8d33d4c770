package org.parcours.organization.entity;

/**
 * What the staff directory is narrowed to: free text (name, email, employee number, job title; accents and case
 * ignored), a unit with its sub-units, a category, a contract type, and whether former staff are included.
 */
public record StaffFilter(String text, String unitPath, StaffCategory category, ContractType contractType,
        boolean includeInactive) {

    public static StaffFilter all() {
        return new StaffFilter(null, null, null, null, false);
    }

    public static StaffFilter text(String text) {
        return new StaffFilter(text, null, null, null, false);
    }
}
