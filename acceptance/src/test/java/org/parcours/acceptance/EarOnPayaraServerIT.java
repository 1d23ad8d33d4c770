package org.parcours.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The production path: the EAR deployed on a full Payara Server 6 with its application data source pointed at
 * PostgreSQL through environment variables. Checks the login page and a signed-in API call, then undeploys.
 */
class EarOnPayaraServerIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    @Test
    void theEarDeploysOnPayaraServerWithPostgresqlAndServesPagesAndTheApi() throws Exception {
        String database = "parcours_ear_" + Long.toString(System.currentTimeMillis(), 36);
        boolean postgres = createDatabase(database);
        Map<String, String> environment = new LinkedHashMap<>();
        if (postgres) {
            environment.put("PARCOURS_DATASOURCE_URL", POSTGRES + database);
            environment.put("PARCOURS_DATASOURCE_USER", "postgres");
        }
        environment.put("PARCOURS_DATA_DIR", MicroServer.testDir().resolve("ear-data").toAbsolutePath().toString());
        environment.put("PARCOURS_DEMO", "true");
        System.out.println("[acceptance] EAR smoke test on " + (postgres ? "PostgreSQL " + database : "HSQLDB"));

        int portBase = 20_000 + (int) (ProcessHandle.current().pid() % 200) * 100;
        try (PayaraServer server = new PayaraServer("parcours-smoke", portBase, environment)) {
            server.createAndStart();
            server.deploy(new File(System.getProperty("parcours.ear")));
            String base = "http://localhost:" + server.httpPort();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

            HttpResponse<String> login = awaitOk(http, base + "/login.xhtml", null);
            HttpResponse<String> me = http.send(request(base + "/api/me", "hr:demo"),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> anonymous = http.send(request(base + "/api/me", null),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> ready = http.send(request(base + "/health/ready", null),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(login.body()).contains("Parcours").contains("login:username");
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            assertThat(me.body()).contains("\"username\":\"hr\"").contains("HR_ADMIN");
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(ready.body()).contains(postgres ? "PostgreSQL" : "HSQL");
            assertThat(server.undeploy()).isZero();
        } finally {
            if (postgres) {
                dropDatabase(database);
            }
        }
        String log = Files.readString(MicroServer.testDir().resolve("parcours-smoke-asadmin.log"),
                StandardCharsets.UTF_8);
        assertThat(log).contains("Command deploy executed successfully");
    }

    private static HttpRequest request(String url, String credentials) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (credentials != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder.GET().build();
    }

    private static HttpResponse<String> awaitOk(HttpClient http, String url, String credentials) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                last = http.send(request(url, credentials), HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() == 200) {
                    return last;
                }
            } catch (java.io.IOException e) {
                // the listener is not up yet
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
        }
        throw new AssertionError("No 200 from " + url + (last == null ? "" : ", last status " + last.statusCode()));
    }

    private static boolean createDatabase(String name) {
        String admin = System.getProperty("parcours.test.postgres.url");
        String url = admin == null || admin.isBlank() || admin.startsWith("${") ? POSTGRES + "postgres?user=postgres"
                : admin;
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            return true;
        } catch (SQLException e) {
            if (Boolean.getBoolean("parcours.test.postgres.required")) {
                throw new IllegalStateException("PostgreSQL is required but not reachable: " + e.getMessage(), e);
            }
            System.out.println("[acceptance] PostgreSQL not reachable (" + e.getMessage() + "): the EAR runs on HSQLDB");
            return false;
        }
    }

    private static void dropDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres?user=postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
