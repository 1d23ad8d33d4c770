package org.parcours.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A refusal the user can understand and act on. It carries a message key (translated by the page or the API) and
 * its arguments, a kind that decides the HTTP status, and optionally the field it is about. The transaction is
 * rolled back.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    /** What kind of refusal this is; the API maps it to a 4xx status. */
    public enum Kind {
        INVALID(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), GONE(410);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A refused field from Bean Validation: its name, the message template, and the message as interpolated. */
    public record Violation(String field, String template, String message) implements java.io.Serializable {
    }

    private static final long serialVersionUID = 1L;

    private final java.util.List<Violation> violations;
    private final Kind kind;
    private final String key;
    private final String field;
    private final Object[] arguments;

    public BusinessException(Kind kind, String key, Object... arguments) {
        this(kind, key, null, arguments);
    }

    public BusinessException(Kind kind, String key, String field, Object... arguments) {
        super(key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.kind = kind;
        this.key = key;
        this.field = field;
        this.arguments = arguments.clone();
        this.violations = java.util.List.of();
    }

    private BusinessException(java.util.List<Violation> violations) {
        super("error.invalidFields " + violations);
        this.kind = Kind.INVALID;
        this.key = "error.invalidFields";
        this.field = violations.isEmpty() ? null : violations.get(0).field();
        this.arguments = new Object[0];
        this.violations = java.util.List.copyOf(violations);
    }

    /** Several fields refused at once (Bean Validation of a command). */
    public static BusinessException invalidFields(java.util.List<Violation> violations) {
        return new BusinessException(violations);
    }

    public static BusinessException notFound(String what, Object id) {
        return new BusinessException(Kind.NOT_FOUND, "error.notFound", what, id);
    }

    public static BusinessException stale(String what) {
        return new BusinessException(Kind.CONFLICT, "error.stale", what);
    }

    public static BusinessException invalid(String field, String key, Object... arguments) {
        return new BusinessException(Kind.INVALID, key, field, arguments);
    }

    public static BusinessException conflict(String field, String key, Object... arguments) {
        return new BusinessException(Kind.CONFLICT, key, field, arguments);
    }

    public static BusinessException forbidden(String key, Object... arguments) {
        return new BusinessException(Kind.FORBIDDEN, key, arguments);
    }

    public Kind getKind() {
        return kind;
    }

    public String getKey() {
        return key;
    }

    public String getField() {
        return field;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    public java.util.List<Violation> getViolations() {
        return violations;
    }
}
