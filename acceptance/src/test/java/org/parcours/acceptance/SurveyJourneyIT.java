package org.parcours.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An HR admin builds a survey from a template, invites three people, each answers through the link read from the
 * real mailbox, and the admin sees 100 % participation, the charts, and downloads the responses as XLSX.
 */
class SurveyJourneyIT {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/respond/answer\\.xhtml\\?t=[A-Za-z0-9_-]+)");

    static DemoServer server;

    @RegisterExtension
    static BeforeAllCallback demoServer = (ExtensionContext context) -> server = DemoServer.get(context);

    @Test
    void hrBuildsInvitesThreePeopleWhoAnswerByMailAndReadsTheResults() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String title = "Satisfaction " + suffix;
        List<String> invitees = threeStaffOf("U1007");
        Path downloads = Files.createDirectories(MicroServer.testDir().resolve("downloads-" + suffix));
        long surveyId;
        try (Browser hr = new Browser(server.baseUrl(), downloads)) {
            hr.signIn("hr", "demo");
            hr.inFrench();
            hr.click(By.id("menuSurveys"));
            hr.waitForText(By.id("pageTitle"), "Enquêtes");
            hr.selectByValue("create:template", "training-satisfaction");
            hr.click(By.id("create:createSurvey"));
            hr.waitFor(By.id("life:status"));
            surveyId = Long.parseLong(hr.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertThat(hr.all(By.cssSelector("[id$='questionTable'] tbody tr[data-ri]"))).hasSize(5);

            hr.type(By.id("settings:titleFr"), title);
            hr.typeNumber("settings:threshold", 3);
            hr.click(By.id("settings:saveSettings"));
            hr.waitForText(By.id("globalMessages"), "réglages ont été enregistrés");

            hr.click(By.id("life:open"));
            hr.confirm();
            hr.waitForText(By.id("life:status"), "Ouverte");

            hr.open("/admin/survey-audience.xhtml?id=" + surveyId);
            for (String invitee : invitees) {
                // The people picker: two letters or more of a name or address, then the person offered.
                hr.type(By.id("audience:people_input"), invitee);
                hr.click(By.cssSelector("#audience\\:people_panel .ui-autocomplete-item"));
                hr.waitForText(By.id("audience:peopleChosen"), invitee);
            }
            hr.click(By.id("audience:invite"));
            hr.confirm();
            hr.waitForText(By.id("globalMessages"), "3 invitation(s)");
        }

        List<String> links = new ArrayList<>();
        for (String invitee : invitees) {
            links.add(awaitLink(invitee, title));
        }

        int n = 0;
        for (String link : links) {
            try (Browser respondent = new Browser(server.baseUrl())) {
                respondent.driver().get(link);
                respondent.waitFor(By.id("privacyNote"));
                assertThat(respondent.text(By.id("privacyNote"))).contains("anonyme");
                respondent.click(By.id("respond:start"));
                respondent.chooseRadio("Très satisfait·e");
                for (WebElement row : respondent.all(By.cssSelector(".matrix-row"))) {
                    row.findElements(By.cssSelector(".ui-radiobutton-box")).get(3 + (n % 2)).click();
                }
                respondent.chooseRadio(String.valueOf(8 + n));
                respondent.click(By.id("respond:next"));
                respondent.waitForText(By.id("progressText"), "2");
                respondent.chooseRadio("Oui");
                respondent.type(By.cssSelector("textarea"), "Plus de mises en situation, réponse " + n);
                respondent.click(By.id("respond:submit"));
                respondent.waitForText(By.id("thanks"), "enregistrées");
                // The same link again: the response is not taken twice.
                respondent.driver().get(link);
                respondent.waitFor(By.id("respond:alreadyAnswered"));
            }
            n++;
        }

        try (Browser hr = new Browser(server.baseUrl(), downloads)) {
            hr.signIn("hr", "demo");
            hr.inFrench();
            hr.open("/survey/results.xhtml?id=" + surveyId);
            hr.waitForText(By.id("rate"), "100");
            assertThat(hr.text(By.id("responses"))).isEqualTo("3");
            assertThat(hr.all(By.cssSelector("canvas"))).hasSizeGreaterThanOrEqualTo(4);
            assertThat(hr.text(By.id("thresholdRule"))).contains("3");

            hr.click(By.id("results:exportXlsx"));
            Path xlsx = await().atMost(Duration.ofSeconds(30)).until(() -> downloaded(downloads, ".xlsx"),
                    file -> file != null);
            try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in);
                    Stream<Row> rows = workbook.getFirstSheet().openStream()) {
                List<Row> all = rows.toList();
                assertThat(all).hasSize(4);
                List<String> header = all.get(0).stream().map(cell -> cell == null ? null : cell.getRawValue())
                        .toList();
                assertThat(header).contains("overall", "recommend", "content.useful").doesNotContain("email",
                        "employee_number", "name");
                assertThat(all.subList(1, 4)).allSatisfy(row -> assertThat(row.getCellText(
                        header.indexOf("overall"))).isEqualTo("vs"));
            }
        }
    }

    /** Three staff members of a lab, by their work e-mail address, as the API lists them to an HR admin. */
    private static List<String> threeStaffOf(String unit) throws Exception {
        java.net.http.HttpResponse<String> found = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/api/staff?unit=" + unit
                        + "&size=3&sort=lastName")).header("Accept", "application/json")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "hr:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        List<String> emails = new ArrayList<>();
        Matcher email = Pattern.compile("\"email\":\"([^\"]+)\"").matcher(found.body());
        while (email.find()) {
            emails.add(email.group(1));
        }
        assertThat(emails).hasSize(3);
        return emails;
    }

    /** The personal link of the invitation to the survey {@code title}, read from the invitee's mail. */
    private String awaitLink(String invitee, String title) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (MimeMessage message : server.mail().getReceivedMessages()) {
                boolean forInvitee = Arrays.stream(message.getAllRecipients())
                        .anyMatch(a -> a.toString().equalsIgnoreCase(invitee))
                        && message.getSubject() != null && message.getSubject().contains(title);
                if (forInvitee) {
                    Matcher matcher = LINK.matcher(String.valueOf(message.getContent()));
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
            }
            return null;
        }, link -> link != null);
    }

    private static Path downloaded(Path folder, String extension) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
        }
    }
}
