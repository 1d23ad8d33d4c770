package org.parcours.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.parcours.platform.web.Texts;

/** Builds problem+json responses in the caller's language (Accept-Language: fr or en). */
@RequestScoped
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    public Locale locale() {
        return locale(headers);
    }

    /**
     * The caller's language from a request's headers, for a resource that needs it without building a problem
     * (French when the header is missing or unreadable).
     */
    public static Locale locale(HttpHeaders headers) {
        try {
            return Texts.negotiate(headers.getAcceptableLanguages());
        } catch (RuntimeException e) {
            return Texts.FRENCH;
        }
    }

    public String text(String key, Object... arguments) {
        return Texts.get(locale(), key, arguments);
    }

    public Response response(int status, String detail, List<Problem.FieldError> errors) {
        String instance;
        try {
            instance = uri.getRequestUri().getPath();
        } catch (RuntimeException e) {
            instance = null;
        }
        Problem problem = new Problem("about:blank", Texts.get(locale(), "problem.status." + status), status, detail,
                instance, errors);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
