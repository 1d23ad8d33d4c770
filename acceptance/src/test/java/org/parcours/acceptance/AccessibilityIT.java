package org.parcours.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The institution is bound by RGAA (WCAG 2.1 AA): axe-core checks the pages of every area, as each role sees them,
 * against the WCAG 2.0/2.1 A and AA rules. Any violation fails, with the page, the rule and the elements named.
 */
class AccessibilityIT {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    static DemoServer server;

    @RegisterExtension
    static BeforeAllCallback demoServer = (ExtensionContext context) -> server = DemoServer.get(context);

    @Test
    void thePagesOfEveryAreaMeetWcag21AA() throws Exception {
        long surveyId = firstId("/api/surveys");
        long staffId = firstId("/api/staff");
        long programId = -1;
        long sessionId = -1;
        for (long program : ids("/api/training/programs")) {
            List<Long> sessions = ids("/api/training/programs/" + program + "/sessions");
            if (!sessions.isEmpty()) {
                programId = program;
                sessionId = sessions.get(0);
                break;
            }
        }
        assertThat(sessionId).as("a demo program with sessions").isPositive();
        List<String> violations = new ArrayList<>();
        try (Browser browser = new Browser(server.baseUrl())) {
            for (String page : List.of("/login.xhtml", "/access/forgot.xhtml", "/access/choose.xhtml?t=spent")) {
                browser.open(page);
                check(browser, page, violations);
            }

            browser.signIn("hr", "demo");
            for (String page : List.of("/index.xhtml", "/staff/directory.xhtml", "/staff/view.xhtml?id=" + staffId, "/organization/units.xhtml",
                    "/admin/staff-edit.xhtml", "/admin/staff-import.xhtml", "/admin/outbox.xhtml",
                    "/admin/audit.xhtml", "/admin/api-tokens.xhtml", "/admin/surveys.xhtml",
                    "/admin/survey-edit.xhtml?id=" + surveyId, "/admin/survey-audience.xhtml?id=" + surveyId,
                    "/admin/survey-preview.xhtml?id=" + surveyId, "/survey/results.xhtml?id=" + surveyId,
                    "/survey/mine.xhtml", "/account/password.xhtml", "/training/programs.xhtml",
                    "/training/program.xhtml?id=" + programId, "/training/session.xhtml?id=" + sessionId,
                    "/training/compare.xhtml?program=" + programId, "/training/journal.xhtml")) {
                browser.open(page);
                check(browser, page, violations);
            }
            browser.signOut();

            browser.signIn("staff", "demo");
            for (String page : List.of("/training/invitation.xhtml", "/training/journal.xhtml")) {
                browser.open(page);
                check(browser, page + " (staff)", violations);
            }
            browser.open("/admin/outbox.xhtml");
            check(browser, "/admin/outbox.xhtml (refused to staff)", violations);
        }
        assertThat(violations).as("WCAG 2.1 AA violations").isEmpty();
    }

    private static void check(Browser browser, String page, List<String> violations) {
        browser.waitFor(By.tagName("footer"));
        browser.awaitAjax();
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
            List<String> targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5)
                    .toList();
            violations.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " " + targets);
        }
    }

    /** The id of the first item the API lists at {@code path}, as an HR admin sees it. */
    private static long firstId(String path) throws Exception {
        List<Long> ids = ids(path);
        assertThat(ids).as("%s lists something", path).isNotEmpty();
        return ids.get(0);
    }

    /** The ids of the top-level items the API lists at {@code path} (a JSON array, or an object with "items"). */
    private static List<Long> ids(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("hr:demo".getBytes(
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        jakarta.json.JsonStructure json = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))
                .read();
        jakarta.json.JsonArray items = json instanceof jakarta.json.JsonArray array ? array
                : json.asJsonObject().getJsonArray("items");
        return items.stream().map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
    }
}
