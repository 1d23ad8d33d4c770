package org.parcours.organization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcours.audit.control.AuditTrail;
import org.parcours.identity.entity.Roles;
import org.parcours.organization.boundary.StaffImportReport.Action;
import org.parcours.organization.boundary.StaffImportReport.Line;
import org.parcours.organization.boundary.StaffImportReport.Problem;
import org.parcours.organization.control.StaffCsvReader;
import org.parcours.organization.control.StaffCsvReader.Row;
import org.parcours.organization.entity.StaffMember;
import org.parcours.platform.boundary.BusinessException;

/**
 * Staff CSV import in two steps: {@link #analyse} reports every line (nothing is written), then {@link #importFile}
 * writes. A file with refused lines is imported only if the admin explicitly chooses to import the valid lines.
 */
@Stateless
@RolesAllowed(Roles.HR_ADMIN)
public class StaffImportService {

    /** How many staff records an import created and updated, and how many lines it left out. */
    public record ImportResult(int created, int updated, int skipped) {
    }

    @EJB
    StaffService staff;

    @EJB
    UnitService units;

    @EJB
    AuditTrail audit;

    @Inject
    Validator validator;

    public StaffImportReport analyse(@NotNull String csv) {
        StaffCsvReader.Content content;
        try {
            content = StaffCsvReader.read(csv);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new StaffImportReport(List.of(), List.of(new Problem(null, "import.unreadable",
                    List.of(String.valueOf(e.getMessage())))));
        }
        List<Problem> fileProblems = new ArrayList<>();
        if (!content.missingColumns().isEmpty()) {
            fileProblems.add(new Problem(null, "import.missingColumns",
                    List.of(String.join(", ", content.missingColumns()))));
        }
        if (content.rows().isEmpty()) {
            fileProblems.add(new Problem(null, "import.empty", List.of()));
        }
        if (content.rows().size() > StaffCsvReader.MAX_LINES) {
            fileProblems.add(new Problem(null, "import.tooManyLines", List.of(String.valueOf(StaffCsvReader.MAX_LINES))));
        }
        if (!fileProblems.isEmpty()) {
            return new StaffImportReport(List.of(), fileProblems);
        }

        Set<String> numbersInFile = new HashSet<>();
        content.rows().forEach(row -> Optional.ofNullable(row.get("employee_number")).ifPresent(numbersInFile::add));
        Map<String, Integer> seenNumbers = new HashMap<>();
        Map<String, Integer> seenEmails = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (Row row : content.rows()) {
            lines.add(analyseRow(row, numbersInFile, seenNumbers, seenEmails));
        }
        return new StaffImportReport(lines, List.of());
    }

    private Line analyseRow(Row row, Set<String> numbersInFile, Map<String, Integer> seenNumbers,
            Map<String, Integer> seenEmails) {
        List<Problem> problems = new ArrayList<>();
        String number = row.get("employee_number");
        String email = row.get("email");
        var category = StaffCsvReader.category(row.get("category"));
        if (row.get("category") != null && category.isEmpty()) {
            problems.add(new Problem("category", "import.badCategory", List.of(row.get("category"))));
        }
        var contract = StaffCsvReader.contract(row.get("contract_type"));
        if (row.get("contract_type") != null && contract.isEmpty()) {
            problems.add(new Problem("contract_type", "import.badContract", List.of(row.get("contract_type"))));
        }
        var hireDate = StaffCsvReader.date(row.get("hire_date"));
        if (row.get("hire_date") != null && hireDate.isEmpty()) {
            problems.add(new Problem("hire_date", "import.badDate", List.of(row.get("hire_date"))));
        }
        var contractEnd = StaffCsvReader.date(row.get("contract_end"));
        if (row.get("contract_end") != null && contractEnd.isEmpty()) {
            problems.add(new Problem("contract_end", "import.badDate", List.of(row.get("contract_end"))));
        }
        StaffDetails details = new StaffDetails(number, row.get("first_name"), row.get("last_name"), email,
                category.orElse(null), contract.orElse(null), hireDate.orElse(null), contractEnd.orElse(null),
                row.get("job_title"), row.get("unit_code"), row.get("manager_employee_number"));
        for (ConstraintViolation<StaffDetails> violation : validator.validate(details)) {
            String column = columnOf(violation.getPropertyPath().toString());
            boolean alreadyReported = problems.stream().anyMatch(p -> column.equals(p.column()));
            if (!alreadyReported) {
                problems.add(new Problem(column, "import.invalidValue", List.of(violation.getMessage())));
            }
        }
        if (details.contractType() == org.parcours.organization.entity.ContractType.FIXED_TERM
                && details.contractEnd() == null && row.get("contract_end") == null) {
            problems.add(new Problem("contract_end", "staff.contractEnd.required", List.of()));
        }
        if (details.unitCode() != null && units.byCode(details.unitCode()).isEmpty()) {
            problems.add(new Problem("unit_code", "staff.unit.unknown", List.of(details.unitCode())));
        }
        String manager = details.managerEmployeeNumber();
        if (manager != null) {
            if (manager.equals(number)) {
                problems.add(new Problem("manager_employee_number", "staff.manager.self", List.of()));
            } else if (!numbersInFile.contains(manager) && staff.byEmployeeNumber(manager).isEmpty()) {
                problems.add(new Problem("manager_employee_number", "staff.manager.unknown", List.of(manager)));
            }
        }
        Optional<StaffMember> existing = staff.byEmployeeNumber(number);
        if (number != null) {
            Integer earlier = seenNumbers.putIfAbsent(number, row.line());
            if (earlier != null) {
                problems.add(new Problem("employee_number", "import.duplicateInFile", List.of(String.valueOf(earlier))));
            }
        }
        if (email != null) {
            String key = StaffMember.normalizeEmail(email);
            Integer earlier = seenEmails.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.add(new Problem("email", "import.duplicateInFile", List.of(String.valueOf(earlier))));
            }
            staff.byEmail(key).filter(other -> !other.getEmployeeNumber().equals(number)).ifPresent(other ->
                    problems.add(new Problem("email", "staff.duplicateEmail", List.of(email))));
        }
        String name = String.join(" ", Optional.ofNullable(details.firstName()).orElse(""),
                Optional.ofNullable(details.lastName()).orElse("")).trim();
        Action action = !problems.isEmpty() ? Action.REFUSED : existing.isPresent() ? Action.UPDATE : Action.CREATE;
        return new Line(row.line(), number, name, action, problems, details);
    }

    private static String columnOf(String property) {
        return switch (property) {
            case "employeeNumber" -> "employee_number";
            case "firstName" -> "first_name";
            case "lastName" -> "last_name";
            case "contractType" -> "contract_type";
            case "hireDate" -> "hire_date";
            case "contractEnd" -> "contract_end";
            case "jobTitle" -> "job_title";
            case "unitCode" -> "unit_code";
            case "managerEmployeeNumber" -> "manager_employee_number";
            default -> property;
        };
    }

    /**
     * Imports the file. With refused lines, nothing is written unless {@code validLinesOnly} is true; then the valid
     * lines are written and the refused ones left out. Managers in the file are written before their reports.
     */
    public ImportResult importFile(@NotNull String csv, boolean validLinesOnly) {
        StaffImportReport report = analyse(csv);
        if (!report.fileProblems().isEmpty()) {
            throw BusinessException.invalid(null, "import.fileRefused");
        }
        if (report.refusedCount() > 0 && !validLinesOnly) {
            throw BusinessException.invalid(null, "import.hasErrors", report.refusedCount());
        }
        List<Line> valid = report.lines().stream().filter(Line::valid).toList();
        int created = 0;
        int updated = 0;
        for (Line line : managersFirst(valid)) {
            StaffDetails details = line.details();
            if (details.managerEmployeeNumber() != null
                    && staff.byEmployeeNumber(details.managerEmployeeNumber()).isEmpty()) {
                throw BusinessException.invalid("manager_employee_number", "import.managerRefused",
                        line.number(), details.managerEmployeeNumber());
            }
            Optional<StaffMember> existing = staff.byEmployeeNumber(details.employeeNumber());
            if (existing.isPresent()) {
                staff.update(existing.get().getId(), existing.get().getVersion(), details);
                updated++;
            } else {
                staff.create(details);
                created++;
            }
        }
        int skipped = report.lines().size() - valid.size();
        audit.record("IMPORT", "StaffMember", null, "CSV import: " + created + " created, " + updated
                + " updated, " + skipped + " left out", null,
                Map.of("created", created, "updated", updated, "skipped", skipped));
        return new ImportResult(created, updated, skipped);
    }

    /** Orders lines so that a manager defined in the file comes before the people who report to them. */
    private static List<Line> managersFirst(List<Line> lines) {
        Map<String, Line> byNumber = new LinkedHashMap<>();
        lines.forEach(line -> byNumber.put(line.employeeNumber(), line));
        List<Line> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Line line : lines) {
            Deque<Line> chain = new ArrayDeque<>();
            Set<String> visiting = new HashSet<>();
            Line current = line;
            while (current != null && !placed.contains(current.employeeNumber())
                    && visiting.add(current.employeeNumber())) {
                chain.push(current);
                String manager = current.details().managerEmployeeNumber();
                current = manager == null ? null : byNumber.get(manager);
            }
            while (!chain.isEmpty()) {
                Line next = chain.pop();
                if (placed.add(next.employeeNumber())) {
                    ordered.add(next);
                }
            }
        }
        return ordered;
    }
}
