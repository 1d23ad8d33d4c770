package org.parcours.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The personal links of a survey's invitees, one token a line after a "token" header (a Gatling CSV feeder). */
final class Tokens {

    private Tokens() {
    }

    static void write(Path file, List<String> tokens) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, (Iterable<String>) () -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("token"), tokens.stream()).iterator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int count(String file) {
        try (var lines = Files.lines(Path.of(file))) {
            return (int) lines.count() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
