package org.parcours.platform.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files chosen in a form's plain file input ({@code h:inputFile}), read once the request arrived. */
public final class Uploads {

    private Uploads() {
    }

    /** Whether a file was chosen at all: browsers send an empty part when the field was left alone. */
    public static boolean chosen(Part part) {
        return part != null && part.getSize() > 0;
    }

    public static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

    /** The file's name as the browser gave it, without any folder, never null. */
    public static String name(Part part) {
        String name = part == null ? null : part.getSubmittedFileName();
        if (name == null) {
            return "";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }
}
