package org.parcours.organization.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.parcours.organization.boundary.StaffService;
import org.parcours.organization.entity.StaffFilter;

/** The staff members offered while someone types a name, a number or an address in a people picker. */
@Named
@RequestScoped
public class PeopleSearch {

    private static final int OFFERED = 15;

    @EJB
    StaffService staff;

    public List<String> complete(String text) {
        return staff.search(StaffFilter.text(text), 0, OFFERED, "lastName", true).items().stream()
                .map(s -> s.getId() + " " + s.getFullName() + " (" + s.getEmail() + ")").toList();
    }
}
