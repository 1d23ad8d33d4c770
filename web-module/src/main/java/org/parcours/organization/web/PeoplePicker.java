package org.parcours.organization.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parcours.platform.boundary.BusinessException;

/**
 * People chosen one at a time in a search field, listed with a button to take each one out again: the accessible
 * way to pick several staff members on a page (see {@code WEB-INF/includes/people-picker.xhtml}). A person is kept
 * as "id Full Name (email)", as {@link PeopleSearch} offers them.
 */
public class PeoplePicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> chosen = new ArrayList<>();
    private String choice;

    /** Adds the person just picked in the search field, once, and empties the field for the next one. */
    public void add() {
        if (choice != null && !choice.isBlank() && !chosen.contains(choice)) {
            chosen.add(choice);
        }
        choice = null;
    }

    public void remove(String person) {
        chosen.remove(person);
    }

    /** Replaces the whole list, for a page that shows who was chosen before. */
    public void replaceWith(List<String> people) {
        chosen.clear();
        people.stream().filter(Objects::nonNull).distinct().forEach(chosen::add);
    }

    public void clear() {
        chosen.clear();
        choice = null;
    }

    public boolean isEmpty() {
        return chosen.isEmpty();
    }

    /** "Full Name (email)": the person without the id the list keeps. */
    public String label(String person) {
        int space = person == null ? -1 : person.indexOf(' ');
        return space < 0 ? String.valueOf(person) : person.substring(space + 1);
    }

    /** The staff ids of the people chosen, in the order they were chosen. */
    public List<Long> staffIds() {
        return chosen.stream().map(PeoplePicker::idOf).toList();
    }

    /** The staff id at the start of "123 Full Name (email)". */
    public static Long idOf(String person) {
        try {
            return Long.valueOf(person.strip().split(" ", 2)[0]);
        } catch (NumberFormatException | NullPointerException notAnId) {
            throw BusinessException.invalid(null, "training.chooseFromList");
        }
    }

    public List<String> getChosen() {
        return List.copyOf(chosen);
    }

    public String getChoice() {
        return choice;
    }

    public void setChoice(String choice) {
        this.choice = choice;
    }
}
