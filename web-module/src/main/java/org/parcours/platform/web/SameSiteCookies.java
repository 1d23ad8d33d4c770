package org.parcours.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Adds {@code SameSite=Lax} to every cookie of a response, the session cookie included, just before the headers
 * are sent (the server does not apply the attribute that web.xml declares).
 */
final class SameSiteCookies extends HttpServletResponseWrapper {

    private static final String SET_COOKIE = "Set-Cookie";

    SameSiteCookies(HttpServletResponse response) {
        super(response);
    }

    void apply() {
        if (isCommitted()) {
            return;
        }
        List<String> cookies = new ArrayList<>(getHeaders(SET_COOKIE));
        if (cookies.stream().allMatch(cookie -> cookie.toLowerCase(Locale.ROOT).contains("samesite="))) {
            return;
        }
        boolean first = true;
        for (String cookie : cookies) {
            String value = cookie.toLowerCase(Locale.ROOT).contains("samesite=") ? cookie : cookie + "; SameSite=Lax";
            if (first) {
                setHeader(SET_COOKIE, value);
                first = false;
            } else {
                addHeader(SET_COOKIE, value);
            }
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        apply();
        super.sendRedirect(location);
    }

    @Override
    public void sendError(int status) throws IOException {
        apply();
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        apply();
        super.sendError(status, message);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        apply();
        return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        apply();
        return super.getOutputStream();
    }

    @Override
    public void flushBuffer() throws IOException {
        apply();
        super.flushBuffer();
    }
}
