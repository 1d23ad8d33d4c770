package org.parcours.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A staff member acknowledged to an HR admin survives SIGKILL of the server and a restart. */
class DurabilityIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String HR = "Basic " + Base64.getEncoder().encodeToString("hr:demo".getBytes(
            StandardCharsets.UTF_8));

    @Test
    void aCreatedStaffMemberSurvivesKillMinusNineAndRestart() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String email = "durable." + suffix + "@example.org";
        try (MicroServer server = MicroServer.start("durability", Map.of())) {
            String json = "{\"employeeNumber\":\"D" + suffix.substring(0, Math.min(12, suffix.length())) + "\","
                    + "\"firstName\":\"Dora\",\"lastName\":\"Durable\",\"email\":\"" + email + "\","
                    + "\"category\":\"RESEARCHER\",\"contractType\":\"FIXED_TERM\",\"hireDate\":\"2026-01-05\","
                    + "\"contractEnd\":\"2027-01-04\",\"unitCode\":\"U1004\"}";
            HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/staff"))
                    .header("Authorization", HR).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            server.kill();
            server.launch();

            HttpResponse<String> found = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                    + "/api/staff?q=" + email)).header("Authorization", HR).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("\"total\":1").contains("Durable");
            HttpResponse<String> staffCount = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                    + "/api/staff?size=1")).header("Authorization", HR).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(staffCount.body()).as("demo data is loaded on the first start only")
                    .containsPattern("\"total\":(2[5-9][0-9]|3[0-9][0-9])[,}]");
        }
    }
}
