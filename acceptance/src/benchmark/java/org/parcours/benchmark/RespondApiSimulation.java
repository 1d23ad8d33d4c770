package org.parcours.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Invitees answer the whole survey through the API, each with their personal link: one POST of a complete answer
 * set to /api/responses/{token}; every link is used once and each response must be recorded (201).
 * <p>
 * A fixed number of invitees submit at the same time, each as soon as the previous one was answered (a closed
 * model): the throughput is what the server sustains, and the latencies are those at that concurrency. (At 500
 * responses per second with a p95 under 50 ms, 8 at a time take about 16 ms each.) With
 * {@code -Dbenchmark.rate=N} invitees arrive at N per second instead, whatever the server does (an open model).
 */
public class RespondApiSimulation extends Simulation {

    private final String baseUrl = System.getProperty("benchmark.baseUrl");
    private final String tokens = System.getProperty("benchmark.tokens");
    private final double rate = Double.parseDouble(System.getProperty("benchmark.rate", "0"));
    private final int users = Integer.getInteger("benchmark.apiUsers", 8);
    private final int count = Tokens.count(tokens);

    // Behind the institution's reverse proxy, connections to the server are kept and reused.
    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl).acceptHeader("application/json")
            .contentTypeHeader("application/json").acceptLanguageHeader("fr-FR,fr;q=0.9,en;q=0.5")
            .shareConnections().disableWarmUp();

    private final ChainBuilder submit = feed(csv(tokens).queue())
            .exec(http("POST /api/responses/{token}").post("/api/responses/#{token}")
                    .body(StringBody(session -> BenchmarkSurvey.answers(session.getString("token"))))
                    .check(status().is(201)));

    {
        if (rate > 0) {
            setUp(scenario("respond through the API").exec(submit).injectOpen(rampUsers(count)
                    .during(Duration.ofMillis(Math.round(count * 1000 / rate))))).protocols(protocol);
        } else {
            setUp(scenario("respond through the API").exec(repeat(count / users).on(submit))
                    .injectOpen(atOnceUsers(users))).protocols(protocol);
        }
    }
}
