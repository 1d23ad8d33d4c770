package org.parcours.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.parcours.platform.boundary.BusinessException;
import org.parcours.platform.control.ParcoursConfig;

/**
 * Stores program materials as files in the data folder (written to a temporary file, synced, then moved into place,
 * so a stored file is complete). Only PDF and office documents, up to 25 MB.
 */
@ApplicationScoped
public class MaterialStore {

    public static final long MAX_BYTES = 25L * 1024 * 1024;
    public static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "ppt",
            "pptx", "odp");

    @Inject
    ParcoursConfig config;

    public static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Accepts a PDF or office document up to {@link #MAX_BYTES}: the name's extension must be one of
     * {@link #EXTENSIONS}, and the content must start as that kind of file does (PDF, ZIP for OOXML and
     * OpenDocument, OLE2 for the older office formats), so that a renamed executable is refused.
     */
    public static void check(String fileName, byte[] content) {
        String extension = extension(fileName);
        if (!EXTENSIONS.contains(extension)) {
            throw BusinessException.invalid("file", "training.material.type", accepted());
        }
        long size = content == null ? 0 : content.length;
        if (size <= 0 || size > MAX_BYTES) {
            throw BusinessException.invalid("file", "training.material.size", MAX_BYTES / (1024 * 1024));
        }
        if (!startsAs(extension, content)) {
            throw BusinessException.invalid("file", "training.material.content", extension.toUpperCase(Locale.ROOT));
        }
    }

    private static String accepted() {
        return String.join(", ", new java.util.TreeSet<>(EXTENSIONS));
    }

    private static boolean startsAs(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> starts(content, '%', 'P', 'D', 'F');
            case "doc", "xls", "ppt" -> starts(content, 0xD0, 0xCF, 0x11, 0xE0);
            default -> starts(content, 'P', 'K', 3, 4);
        };
    }

    private static boolean starts(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    public String store(byte[] content) {
        String name = UUID.randomUUID().toString();
        Path folder = folder();
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, name, ".part");
            try (var channel = java.nio.channels.FileChannel.open(temporary,
                    java.nio.file.StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
                channel.force(true);
            }
            Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the material in " + folder, e);
        }
    }

    public InputStream open(String storedAs) {
        if (!storedAs.matches("[0-9a-f-]{36}")) {
            throw BusinessException.notFound("material", storedAs);
        }
        try {
            return Files.newInputStream(folder().resolve(storedAs));
        } catch (IOException e) {
            throw BusinessException.notFound("material", storedAs);
        }
    }

    private Path folder() {
        return config.dataDir().resolve("materials");
    }
}
