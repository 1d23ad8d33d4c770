package org.parcours.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.ArrayList;
import java.util.Map;

/**
 * Invitees answer through the answering page, as a browser does it: open the personal link, start, and for each of
 * the five sections choose the answers (the choices that show or hide other questions post the form at once, as
 * PrimeFaces does) and go to the next section; the last one is submitted and leads to the thanks page. Every
 * invitee gets a new HTTP session. A fixed number of invitees answer at the same time (a closed model), one after
 * the other, until every link has been used. Static resources (CSS, scripts) are not fetched: browsers cache them.
 */
public class RespondPageSimulation extends Simulation {

    private static final Map<String, String> AJAX = Map.of("Faces-Request", "partial/ajax",
            "X-Requested-With", "XMLHttpRequest");

    private final String baseUrl = System.getProperty("benchmark.baseUrl");
    private final String tokens = System.getProperty("benchmark.tokens");
    private final int users = Integer.getInteger("benchmark.pageUsers", 16);
    private final int count = Tokens.count(tokens);

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("fr-FR,fr;q=0.9,en;q=0.5").userAgentHeader("Mozilla/5.0 (Parcours benchmark)");

    private static PageForm.Form form(Session session) {
        return session.get("form");
    }

    private final ChainBuilder respondent = exec(flushCookieJar()).feed(csv(tokens).queue())
            .exec(http("GET answer page").get("/respond/answer.xhtml?t=#{token}")
                    .check(status().is(200), bodyString().saveAs("html")))
            .exec(session -> session.set("form", PageForm.ofPage(session.getString("html"),
                    session.getString("token"))))
            .exec(http("start (ajax)").post(session -> form(session).action()).headers(AJAX)
                    .formParamSeq(session -> PageForm.partial(form(session), "respond:start", "respond:start", null))
                    .check(status().is(200), bodyString().saveAs("html")))
            .exec(session -> session.set("form", PageForm.ofPartial(session.getString("html"), form(session),
                    session.getString("token"))))
            .exec(repeat(BenchmarkSurvey.SECTIONS, "section").on(
                    foreach(session -> new ArrayList<Object>(form(session).ajaxGroups()), "group").on(
                            exec(http("choose (ajax)").post(session -> form(session).action()).headers(AJAX)
                                    .formParamSeq(session -> PageForm.partial(form(session),
                                            session.getString("group"), "respond", "change"))
                                    .check(status().is(200), substring("<update id=\"respond\">")))),
                    doIfOrElse(session -> session.getInt("section") < BenchmarkSurvey.SECTIONS - 1).then(
                            exec(http("next (ajax)").post(session -> form(session).action()).headers(AJAX)
                                    .formParamSeq(session -> PageForm.partial(form(session), "respond:next",
                                            "respond", null))
                                    .check(status().is(200), substring("has-problem").notExists(),
                                            bodyString().saveAs("html")))
                            .exec(session -> session.set("form", PageForm.ofPartial(session.getString("html"),
                                    form(session), session.getString("token")))))
                    .orElse(
                            exec(http("submit").post(session -> form(session).action())
                                    .formParamSeq(session -> PageForm.submit(form(session), "respond:submit"))
                                    .check(status().is(200), substring("id=\"thanks\""))))));

    private final ScenarioBuilder respond = scenario("respond through the page")
            .exec(repeat(Math.max(1, count / users)).on(respondent));

    {
        setUp(respond.injectOpen(atOnceUsers(users))).protocols(protocol);
    }
}
