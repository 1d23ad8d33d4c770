package org.parcours.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.parcours.platform.boundary.BusinessException;

/**
 * Validates a command with Bean Validation and refuses it as a {@link BusinessException} naming every refused field,
 * so that pages and the API show the reasons next to the fields (and the transaction rolls back).
 */
@ApplicationScoped
public class Validations {

    @Inject
    Validator validator;

    public <T> T check(T command) {
        if (command == null) {
            throw BusinessException.invalid(null, "error.missingInput");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            List<BusinessException.Violation> refused = violations.stream()
                    .map(v -> new BusinessException.Violation(field(v.getPropertyPath()), v.getMessageTemplate(),
                            v.getMessage()))
                    .sorted(Comparator.comparing(BusinessException.Violation::field))
                    .toList();
            throw BusinessException.invalidFields(refused);
        }
        return command;
    }

    private static String field(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name == null ? "" : name;
    }
}
