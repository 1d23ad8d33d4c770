package org.parcours.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * An HR admin reads the results of the survey once the responses are in: the aggregated results from the API
 * (HTTP Basic), then, signed in through the sign-in page, the results page. One reader, one request at a time;
 * each is repeated to give a median and a worst case. The API's count of responses must be the expected one.
 */
public class ResultsSimulation extends Simulation {

    private final String baseUrl = System.getProperty("benchmark.baseUrl");
    private final long surveyId = Long.getLong("benchmark.surveyId");
    private final long expected = Long.getLong("benchmark.expectedResponses");
    private final int times = Integer.getInteger("benchmark.repeat", 20);

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .acceptLanguageHeader("fr-FR,fr;q=0.9,en;q=0.5").userAgentHeader("Mozilla/5.0 (Parcours benchmark)");

    private final ScenarioBuilder read = scenario("read the results")
            .exec(repeat(times).on(http("GET /api/surveys/{id}/results").get("/api/surveys/" + surveyId + "/results")
                    .basicAuth("hr", "demo").header("Accept", "application/json")
                    .check(status().is(200), jsonPath("$.responses").ofLong().is(expected))))
            .exec(http("GET sign-in page").get("/login.xhtml").check(status().is(200),
                    regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").saveAs("viewState")))
            .exec(http("sign in").post("/login.xhtml").formParam("login", "login")
                    .formParam("login:continueTo", "").formParam("login:username", "hr")
                    .formParam("login:password", "demo").formParam("login:signIn", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}").check(status().is(200)))
            .exec(repeat(times).on(http("GET results page").get("/survey/results.xhtml?id=" + surveyId)
                    .check(status().is(200), substring("id=\"responses\""))));

    {
        setUp(read.injectOpen(atOnceUsers(1))).protocols(protocol);
    }
}
