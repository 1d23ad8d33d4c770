package org.parcours.platform.web;

import static org.parcours.platform.web.JsonBuilders.JSON;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;

/** Writes an RFC 9457 problem document straight to a servlet response (used before JAX-RS is reached). */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String key) {
        var locale = Texts.negotiate(Collections.list(request.getLocales()));
        String body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", Texts.get(locale, "problem.status." + status))
                .add("status", status)
                .add("detail", Texts.get(locale, key))
                .add("instance", request.getRequestURI())
                .build().toString();
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
