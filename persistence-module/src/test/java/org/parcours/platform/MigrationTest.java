package org.parcours.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationTest {

    static List<String> databases() {
        return TestDatabase.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migrationsCreateEveryTableAndLeaveNothingPending(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind); Connection connection = database.connection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertThat(tables).contains("org_unit", "staff_member", "account", "account_role", "api_token",
                    "audit_entry", "outbox_mail", "app_setting");

            var pending = Flyway.configure().dataSource(new SingleConnectionDataSource(connection))
                    .locations("classpath:db/migration").load().info().pending();
            assertThat(pending).isEmpty();
        }
    }
}
