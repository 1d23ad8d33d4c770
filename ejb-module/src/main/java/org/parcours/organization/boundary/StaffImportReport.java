package org.parcours.organization.boundary;

import java.util.List;

/**
 * What a staff CSV file would do, line by line, before anything is written: which lines create or update a staff
 * member, and which are refused and why.
 */
public record StaffImportReport(List<Line> lines, List<Problem> fileProblems) {

    /** What happens to one line. */
    public enum Action {
        CREATE, UPDATE, REFUSED
    }

    /** One problem, as a message key with its arguments, about a column (or the whole line or file). */
    public record Problem(String column, String key, List<String> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** One data line of the file (line numbers count the header as line 1). */
    public record Line(int number, String employeeNumber, String name, Action action, List<Problem> problems,
            StaffDetails details) {
        public Line {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public StaffImportReport {
        lines = List.copyOf(lines);
        fileProblems = List.copyOf(fileProblems);
    }

    public long validCount() {
        return lines.stream().filter(Line::valid).count();
    }

    public long refusedCount() {
        return lines.size() - validCount();
    }

    public boolean hasErrors() {
        return !fileProblems.isEmpty() || refusedCount() > 0;
    }

    public boolean importable() {
        return fileProblems.isEmpty() && validCount() > 0;
    }
}
