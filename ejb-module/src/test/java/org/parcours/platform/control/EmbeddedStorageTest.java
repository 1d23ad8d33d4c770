package org.parcours.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedStorageTest {

    @Test
    void aFileDatabaseKeepsItsLargerCheckpointLogSizeAfterARestart() throws Exception {
        Path folder = Files.createTempDirectory(Path.of("target"), "embedded-storage");
        String url = "jdbc:hsqldb:file:" + folder.toAbsolutePath().resolve("db") + ";hsqldb.write_delay=false;"
                + "hsqldb.tx=mvcc;sql.pad_space=false";
        try (Connection connection = DriverManager.getConnection(url, "parcours", "parcours");
                Statement statement = connection.createStatement()) {
            assertThat(logSize(statement)).isEqualTo("50");
            EmbeddedStorage.configure(connection);
            statement.execute("SHUTDOWN");
        }
        try (Connection reopened = DriverManager.getConnection(url, "parcours", "parcours");
                Statement statement = reopened.createStatement()) {
            assertThat(logSize(statement)).isEqualTo(String.valueOf(EmbeddedStorage.LOG_SIZE_MB));
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void onlyFileDatabasesOfHsqldbAreConfigured() {
        assertThat(EmbeddedStorage.applies("jdbc:hsqldb:file:/var/lib/parcours/db/parcours;hsqldb.tx=mvcc")).isTrue();
        assertThat(EmbeddedStorage.applies("jdbc:hsqldb:mem:test")).isFalse();
        assertThat(EmbeddedStorage.applies("jdbc:postgresql://db:5432/parcours")).isFalse();
        assertThat(EmbeddedStorage.applies(null)).isFalse();
    }

    private static String logSize(Statement statement) throws SQLException {
        try (ResultSet size = statement.executeQuery("SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES"
                + " WHERE PROPERTY_NAME = 'hsqldb.log_size'")) {
            assertThat(size.next()).isTrue();
            return size.getString(1);
        }
    }
}
