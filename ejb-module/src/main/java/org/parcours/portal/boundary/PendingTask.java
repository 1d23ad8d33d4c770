package org.parcours.portal.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Something the signed-in person should do, shown on "My space": a message key with arguments, where to go, how
 * urgent, and an optional due date.
 */
public record PendingTask(String area, String messageKey, List<String> arguments, String link, Urgency urgency,
        LocalDate due) {

    /** How the task is highlighted. */
    public enum Urgency {
        INFO, TODO, URGENT
    }

    public PendingTask {
        arguments = List.copyOf(arguments);
    }
}
