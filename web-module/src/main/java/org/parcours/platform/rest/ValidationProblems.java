package org.parcours.platform.rest;

import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation refusals as problem+json with the refused fields. Declared for ValidationException so that it
 * is chosen over the JAX-RS runtime's own mapper, which answers with an empty 400.
 */
@Provider
public class ValidationProblems implements ExceptionMapper<ValidationException> {

    @Inject
    ExceptionMappers mappers;

    @Override
    public Response toResponse(ValidationException failure) {
        return mappers.toResponse(failure);
    }
}
