package org.parcours.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * French and English throughout: every text exists in both languages (and in the French default bundle) with the
 * same placeholders, and every text a page asks for exists, so no page ever shows a bare key.
 */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/org/parcours/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void frenchEnglishAndTheDefaultHoldTheSameTextsWithTheSamePlaceholders(String name) throws IOException {
        Properties fr = bundle(name + "_fr");
        Properties en = bundle(name + "_en");
        Properties fallback = bundle(name);

        assertThat(new TreeSet<>(en.stringPropertyNames())).as("English keys of %s", name)
                .isEqualTo(new TreeSet<>(fr.stringPropertyNames()));
        assertThat(new TreeSet<>(fallback.stringPropertyNames())).as("default keys of %s", name)
                .isEqualTo(new TreeSet<>(fr.stringPropertyNames()));
        Map<String, String> mismatches = new TreeMap<>();
        for (String key : fr.stringPropertyNames()) {
            // As many placeholders (a text may pick the argument of its own language: French title {0}, English {1}).
            if (placeholders(fr.getProperty(key)).size() != placeholders(en.getProperty(key)).size()) {
                mismatches.put(key, fr.getProperty(key) + " | " + en.getProperty(key));
            }
            if (fr.getProperty(key).isBlank() || en.getProperty(key).isBlank()) {
                mismatches.put(key, "empty");
            }
        }
        assertThat(mismatches).as("texts with more placeholders in one language than in the other").isEmpty();
    }

    @Test
    void everyTextAPageAsksForExists() throws IOException {
        Properties fr = bundle("messages_fr");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher key = PAGE_KEY.matcher(Files.readString(page));
                while (key.find()) {
                    if (!fr.containsKey(key.group(1))) {
                        missing.add(page.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyTextTheCodeRefersToExists() throws IOException {
        Properties fr = bundle("messages_fr");
        Pattern refusal = Pattern.compile("BusinessException\\.[a-zA-Z]+\\([^;]*?\"([a-z][a-zA-Z]*\\.[a-zA-Z.]*[a-zA-Z])\"");
        Pattern message = Pattern.compile("messages\\.(?:info|warn|error|text)\\(\"([^\"]+[^.\"])\"");
        Set<String> missing = new TreeSet<>();
        for (String module : new String[] {"../ejb-module", "../persistence-module", "."}) {
            try (Stream<Path> sources = Files.walk(Path.of(module, "src/main/java"))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(source);
                    for (Pattern pattern : new Pattern[] {refusal, message}) {
                        Matcher key = pattern.matcher(code);
                        while (key.find()) {
                            if (!fr.containsKey(key.group(1))) {
                                missing.add(source.getFileName() + ": " + key.group(1));
                            }
                        }
                    }
                }
            }
        }
        assertThat(missing).as("texts the code refers to that no bundle holds").isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
