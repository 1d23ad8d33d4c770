package org.parcours.survey.boundary;

import java.util.List;
import org.parcours.organization.entity.StaffCategory;

/**
 * Who to invite: chosen staff members, whole units (with their sub-units), categories, the participants of a
 * training session, and e-mail addresses pasted or uploaded as CSV (one per line or separated by commas or
 * semicolons). A person selected several ways is invited once.
 */
public record Audience(List<Long> staffIds, List<String> unitCodes, List<StaffCategory> categories, String emails,
        Long trainingSessionId) {

    public Audience {
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    public static Audience of(List<Long> staffIds) {
        return new Audience(staffIds, null, null, null, null);
    }

    public boolean isEmpty() {
        return staffIds.isEmpty() && unitCodes.isEmpty() && categories.isEmpty()
                && (emails == null || emails.isBlank());
    }
}
