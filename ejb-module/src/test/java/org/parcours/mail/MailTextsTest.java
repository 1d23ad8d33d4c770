package org.parcours.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mails and validation messages exist in French and English alike, and in the default bundle. */
class MailTextsTest {

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTextsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/org/parcours/i18n/mail", "/ValidationMessages"})
    void everyTextExistsInBothLanguages(String name) throws IOException {
        TreeSet<String> fr = new TreeSet<>(bundle(name + "_fr.properties").stringPropertyNames());
        assertThat(new TreeSet<>(bundle(name + "_en.properties").stringPropertyNames())).as(name).isEqualTo(fr);
        assertThat(new TreeSet<>(bundle(name + ".properties").stringPropertyNames())).as(name).isEqualTo(fr);
    }
}
