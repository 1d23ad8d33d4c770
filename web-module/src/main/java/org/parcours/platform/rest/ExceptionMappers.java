package org.parcours.platform.rest;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parcours.platform.boundary.BusinessException;

/**
 * Every failure of the API becomes an application/problem+json document: refusals with their 4xx status and a
 * translated detail, validation failures with the fields they are about, and unexpected failures as a 500 with an
 * incident reference (the stack trace goes to the log, never to the client).
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class ExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class.getName());

    @Inject
    Problems problems;

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof BusinessException refusal && !refusal.getViolations().isEmpty()) {
            List<Problem.FieldError> errors = refusal.getViolations().stream().map(v -> new Problem.FieldError(
                    v.field(), org.parcours.platform.web.Texts.violation(problems.locale(), v.template(),
                            v.message()))).toList();
            return problems.response(400, problems.text("api.validation"), errors);
        }
        if (cause instanceof BusinessException refusal) {
            List<Problem.FieldError> errors = refusal.getField() == null ? List.of()
                    : List.of(new Problem.FieldError(refusal.getField(),
                            problems.text(refusal.getKey(), refusal.getArguments())));
            return problems.response(refusal.getKind().status(), problems.text(refusal.getKey(),
                    refusal.getArguments()), errors);
        }
        if (cause instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                errors.add(new Problem.FieldError(field(violation.getPropertyPath()),
                        org.parcours.platform.web.Texts.violation(problems.locale(), violation.getMessageTemplate(),
                                violation.getMessage())));
            }
            return problems.response(400, problems.text("api.validation"), errors);
        }
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            return problems.response(403, problems.text("api.forbidden"), List.of());
        }
        if (cause instanceof OptimisticLockException) {
            return problems.response(409, problems.text("error.stale", "record"), List.of());
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException
                || cause instanceof jakarta.ws.rs.BadRequestException) {
            return problems.response(400, problems.text("api.malformed"), List.of());
        }
        if (cause instanceof NotFoundException) {
            return problems.response(404, problems.text("api.notFound"), List.of());
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String detail = status == 400 ? problems.text("api.malformed") : problems.text("problem.status." + status);
            return problems.response(status, detail, List.of());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "event=api.incident reference=" + reference, failure);
        return problems.response(500, problems.text("api.internal", reference), List.of());
    }

    /**
     * The failure that explains the outcome: the container wraps refusals thrown by services (EJBException,
     * transaction rollbacks, JSON-B inside ProcessingException), so the cause chain is searched for a known one.
     */
    private static Throwable unwrap(Throwable failure) {
        List<Class<? extends Throwable>> known = List.of(BusinessException.class, ConstraintViolationException.class,
                EJBAccessException.class, AccessLocalException.class, OptimisticLockException.class, JsonbException.class,
                WebApplicationException.class);
        for (Class<? extends Throwable> type : known) {
            for (Throwable t = failure; t != null; t = next(t)) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return failure;
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t instanceof EJBException ejb && ejb.getCausedByException() != null
                ? ejb.getCausedByException() : t.getCause();
        return cause == t ? null : cause;
    }

    /** The last named node of a property path: "create.details.email" gives "email". */
    static String field(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("arg")) {
                name = node.getName();
            }
        }
        return name == null ? path.toString() : name;
    }
}
