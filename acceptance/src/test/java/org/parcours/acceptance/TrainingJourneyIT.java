package org.parcours.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The training improvement loop as its users click through it: HR creates a program and its pilot, sends the needs
 * assessment, enrols the participants, who answer it from their mail; HR confirms the steering committee from the
 * proposed sample; the pilot ends and its participants answer the satisfaction survey from their mail; a committee
 * member reviews the results and the roundtable notes and approves a decision; HR marks it implemented in session
 * 2, whose participants answer in turn; the comparison view shows both sessions.
 */
class TrainingJourneyIT {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/respond/answer\\.xhtml\\?t=[A-Za-z0-9_-]+)");

    static DemoServer server;

    @RegisterExtension
    static BeforeAllCallback demoServer = (ExtensionContext context) -> server = DemoServer.get(context);

    /** A staff member as the directory API gives them. */
    private record Person(long id, String name, String email) {
    }

    @Test
    void aPilotReviewedByTheCommitteeImprovesTheSecondSession() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String programTitle = "Accompagner les parcours " + suffix;
        String pilotTitle = "Pilote " + suffix;
        String secondTitle = "Session 2 " + suffix;
        List<Person> staff = administrativeStaff();
        List<Person> pilotGroup = staff.subList(0, 5);
        List<Person> secondGroup = staff.subList(5, 10);
        Person laura = directory("laura gauthier").get(0);
        LocalDate today = LocalDate.now();

        // HR creates the program and its pilot, sends the needs assessment, enrols the participants.
        try (Browser hr = new Browser(server.baseUrl())) {
            hr.signIn("hr", "demo");
            hr.inFrench();
            hr.click(By.id("menuPrograms"));
            hr.waitForText(By.id("pageTitle"), "Formation");
            hr.type(By.id("create:code"), "J-" + suffix);
            hr.type(By.id("create:titleFr"), programTitle);
            hr.type(By.id("create:objectives"), "Une pratique commune de l'accompagnement, méthode ADVP.");
            hr.click(By.id("create:createProgram"));
            hr.waitForText(By.id("pageTitle"), programTitle);
            String programUrl = hr.driver().getCurrentUrl();

            planSession(hr, pilotTitle, "PILOT", today, 6);
            hr.waitForText(By.id("sessions"), pilotTitle);

            for (Person person : pilotGroup) {
                hr.pick("needsForm:people", person.email());
            }
            hr.click(By.id("needsForm:sendNeeds"));
            hr.waitForText(By.id("globalMessages"), "5 personne(s)");

            hr.click(By.linkText(pilotTitle));
            hr.waitForText(By.id("pageTitle"), pilotTitle);
            enrol(hr, pilotGroup);
            assertThat(hr.all(By.cssSelector("[id='participants:participantTable'] tbody tr"))).hasSize(5);
            hr.driver().get(programUrl);
            hr.waitForText(By.id("pageTitle"), programTitle);
        }

        // The participants answer the needs assessment from their mail.
        try (Browser participant = new Browser(server.baseUrl())) {
            int n = 0;
            for (Person person : pilotGroup) {
                participant.driver().manage().deleteAllCookies();
                participant.driver().get(awaitLink(person.email(), "Recueil des besoins – " + programTitle));
                answerNeedsAssessment(participant, n++);
            }
        }

        // HR sees the experience profiles, then composes the committee from the proposed sample.
        try (Browser hr = new Browser(server.baseUrl())) {
            hr.signIn("hr", "demo");
            hr.inFrench();
            openProgram(hr, programTitle);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                hr.driver().navigate().refresh();
                assertThat(hr.all(By.cssSelector("#profiles tbody tr")))
                        .filteredOn(row -> row.getText().contains(" / 5"))
                        .hasSize(5);
            });
            assertThat(hr.text(By.id("profiles"))).contains(pilotGroup.get(0).name());

            hr.pick("sample:sponsors", laura.email());
            hr.typeNumber("sample:size", 2);
            hr.click(By.id("sample:propose"));
            hr.waitFor(By.id("sampleIntro"));
            assertThat(hr.text(By.id("sampleIntro"))).contains("5");
            assertThat(hr.all(By.cssSelector("#representatives li"))).hasSize(2);
            assertThat(hr.all(By.cssSelector("table.comparison"))).hasSize(3);
            hr.click(By.id("sample:confirmCommittee"));
            hr.confirm();
            hr.waitForText(By.id("globalMessages"), "comité de pilotage est confirmé");
            assertThat(hr.all(By.cssSelector("#seats li"))).hasSize(3);
            assertThat(hr.text(By.id("seats"))).contains(laura.name());

            // The pilot takes place and ends: the satisfaction survey goes out. The roundtable is recorded.
            hr.click(By.linkText(pilotTitle));
            hr.waitForText(By.id("pageTitle"), pilotTitle);
            hr.click(By.id("life:start"));
            hr.waitForText(By.id("sessionStatus"), "En cours");
            hr.click(By.id("life:end"));
            hr.confirm();
            hr.waitForText(By.id("sessionStatus"), "Terminée");

            hr.type(By.id("feedbackForm:theme"), "Mises en situation " + suffix);
            hr.type(By.id("feedbackForm:observation"), "Les participants veulent davantage s'exercer.");
            hr.type(By.id("feedbackForm:quote"), "« On a compris la méthode, il faut la pratiquer. »");
            hr.type(By.id("feedbackForm:change"), "Une journée entière de mises en situation.");
            hr.click(By.id("feedbackForm:recordFeedback"));
            hr.waitForText(By.id("feedback:feedbackTable"), "Mises en situation " + suffix);

            hr.type(By.id("decisions:title"), "Journée de mises en situation " + suffix);
            hr.selectByValue("decisions:kind", "DURATION");
            hr.checkAll("decisions:motivatedBy");
            hr.click(By.id("decisions:proposeDecision"));
            hr.waitForText(By.id("decisions:decisionTable"), "Proposée");
        }

        for (Person person : pilotGroup) {
            awaitLink(person.email(), pilotTitle);
        }
        answerSatisfaction(pilotGroup, pilotTitle, 4);

        // A committee member reviews the results and the roundtable notes, and approves the decision.
        try (Browser member = new Browser(server.baseUrl())) {
            member.signIn("committee", "demo");
            member.inFrench();
            openProgram(member, programTitle);
            member.click(By.linkText(pilotTitle));
            member.waitForText(By.id("pageTitle"), pilotTitle);
            member.waitForText(By.id("satisfaction"), "5 réponse(s)");
            assertThat(member.all(By.cssSelector("#satisfaction table tr"))).hasSizeGreaterThanOrEqualTo(2);
            assertThat(member.text(By.id("feedback:feedbackTable"))).contains("Mises en situation " + suffix,
                    "il faut la pratiquer");
            assertThat(member.all(By.id("participants:participantTable"))).as("participants are for HR").isEmpty();
            member.click(By.cssSelector("button.approve-decision"));
            member.waitForText(By.id("decisions:decisionTable"), "Approuvée");
        }

        // HR publishes version 2, runs session 2 with the decision implemented.
        try (Browser hr = new Browser(server.baseUrl())) {
            hr.signIn("hr", "demo");
            hr.inFrench();
            openProgram(hr, programTitle);
            hr.type(By.id("version:notes"), "Une journée entière de mises en situation.");
            hr.click(By.id("version:publish"));
            hr.confirm();
            hr.waitForText(By.id("contentVersion"), "2");
            planSession(hr, secondTitle, "REGULAR", today, 8);
            hr.click(By.linkText(secondTitle));
            hr.waitForText(By.id("pageTitle"), secondTitle);
            enrol(hr, secondGroup);
            hr.click(By.id("life:start"));
            hr.waitForText(By.id("sessionStatus"), "En cours");
            hr.selectByLabel("implement:decision", "Journée de mises en situation " + suffix);
            hr.click(By.id("implement:markImplemented"));
            hr.waitForText(By.id("carried"), "Journée de mises en situation " + suffix);
            assertThat(hr.text(By.id("carried"))).contains("version 2", "Mises en situation " + suffix);
            hr.click(By.id("life:end"));
            hr.confirm();
            hr.waitForText(By.id("sessionStatus"), "Terminée");
        }

        for (Person person : secondGroup) {
            awaitLink(person.email(), secondTitle);
        }
        answerSatisfaction(secondGroup, secondTitle, 5);

        // The comparison shows both sessions; the pilot's feedback leads to the decision and to session 2.
        try (Browser member = new Browser(server.baseUrl())) {
            member.signIn("committee", "demo");
            member.inFrench();
            openProgram(member, programTitle);
            member.click(By.linkText(pilotTitle));
            member.waitForText(By.id("feedback:feedbackTable"), secondTitle);
            member.click(By.linkText(secondTitle + " (v2)"));
            member.waitForText(By.id("pageTitle"), secondTitle);
            assertThat(member.text(By.id("carried"))).contains("Journée de mises en situation " + suffix);
            openProgram(member, programTitle);
            member.click(By.id("compareLink"));
            member.waitFor(By.id("compareTable"));
            List<String> headers = member.all(By.cssSelector("#compareTable thead th")).stream()
                    .map(WebElement::getText).toList();
            assertThat(headers).contains(pilotTitle, secondTitle);
            List<WebElement> rows = member.all(By.cssSelector("#compareTable tbody tr"));
            assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.findElements(By.cssSelector("td")))
                    .hasSize(2).allSatisfy(cell -> assertThat(cell.getText()).isNotBlank()));
            assertThat(member.all(By.cssSelector("#compareChart canvas"))).hasSize(1);
        }
    }

    // --- steps ----------------------------------------------------------------------------------------------

    private static void openProgram(Browser browser, String title) {
        browser.click(By.id("menuPrograms"));
        browser.waitForText(By.id("pageTitle"), "Formation");
        browser.click(By.linkText(title));
        browser.waitForText(By.id("pageTitle"), title);
    }

    private static void planSession(Browser hr, String title, String kind, LocalDate day, int capacity) {
        hr.type(By.id("sessionForm:title"), title);
        hr.selectByValue("sessionForm:kind", kind);
        hr.typeNumber("sessionForm:capacity", capacity);
        hr.typeDate("sessionForm:start", day);
        hr.typeDate("sessionForm:end", day);
        hr.type(By.id("sessionForm:place"), "Siège, salle Claude Bernard");
        hr.click(By.id("sessionForm:plan"));
        hr.waitForText(By.id("globalMessages"), title);
    }

    private static void enrol(Browser hr, List<Person> people) {
        for (Person person : people) {
            hr.pick("enrol:people", person.email());
        }
        hr.click(By.id("enrol:enrolButton"));
        hr.waitForText(By.id("globalMessages"), people.size() + " inscription(s)");
    }

    private static void answerNeedsAssessment(Browser participant, int n) {
        participant.waitFor(By.id("privacyNote"));
        participant.click(By.id("respond:start"));
        WebElement band = participant.waitFor(By.id("q-band"));
        participant.awaitAjax();
        participant.chooseRadio(new String[] {"Moins de 2 ans", "De 2 à 5 ans", "De 5 à 10 ans", "Plus de 10 ans"}
                [n % 4]);
        assertThat(band.isDisplayed()).as("an answer that shows or hides nothing leaves the page as it is").isTrue();
        participant.type(By.cssSelector("#q-years input[id$='number_input']"), String.valueOf(1 + 4 * n));
        if (n == 0) {
            // "Already trained?" shows the question about which training, and hides it again
            participant.chooseRadio("Oui");
            participant.waitFor(By.id("q-trainedWhich"));
            participant.chooseRadio("Non");
            assertThat(participant.all(By.id("q-trainedWhich"))).isEmpty();
        }
        participant.chooseRadio("Non");
        participant.click(By.id("respond:next"));
        participant.waitForText(By.id("progressText"), "2");
        participant.chooseRadio(new String[] {"Aucune", "Notions", "Pratique occasionnelle", "Pratique régulière",
            "Expertise"}[n % 5]);
        participant.chooseRadio("Mobilité et concours");
        participant.click(By.id("respond:submit"));
        participant.waitFor(By.id("thanks"));
    }

    /** Each participant answers from the link in their mail; the scale answers are {@code level} and above. */
    private void answerSatisfaction(List<Person> people, String sessionTitle, int level) {
        String[] overall = {"Très insatisfait·e", "Insatisfait·e", "Neutre", "Satisfait·e", "Très satisfait·e"};
        try (Browser respondent = new Browser(server.baseUrl())) {
            int n = 0;
            for (Person person : people) {
                respondent.driver().manage().deleteAllCookies();
                respondent.driver().get(awaitLink(person.email(), sessionTitle));
                respondent.waitFor(By.id("privacyNote"));
                respondent.click(By.id("respond:start"));
                respondent.chooseRadio(overall[Math.min(4, level - 1 + n % 2)]);
                for (WebElement row : respondent.all(By.cssSelector(".matrix-row"))) {
                    row.findElements(By.cssSelector(".ui-radiobutton-box")).get(Math.min(4, level - 1 + n % 2))
                            .click();
                }
                respondent.chooseRadio(String.valueOf(Math.min(10, 2 * level - 1 + n % 2)));
                respondent.click(By.id("respond:next"));
                respondent.waitForText(By.id("progressText"), "2");
                respondent.chooseRadio("Oui");
                respondent.click(By.id("respond:submit"));
                respondent.waitForText(By.id("thanks"), "enregistrées");
                n++;
            }
        }
    }

    // --- mail and directory -------------------------------------------------------------------------------

    /** The survey link of the latest mail to {@code address} whose subject mentions {@code about}. */
    private String awaitLink(String address, String about) {
        return await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            String found = null;
            for (MimeMessage message : server.mail().getReceivedMessages()) {
                boolean forThem = Arrays.stream(message.getAllRecipients())
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                if (forThem && message.getSubject() != null && message.getSubject().contains(about)) {
                    Matcher matcher = LINK.matcher(String.valueOf(message.getContent()));
                    if (matcher.find()) {
                        found = matcher.group(1);
                    }
                }
            }
            return found;
        }, link -> link != null);
    }

    /** Ten administrative staff members without a demo account, different at each run. */
    private static List<Person> administrativeStaff() throws Exception {
        List<Person> people = new ArrayList<>();
        for (Person person : staffPage("category=ADMINISTRATIVE&size=100&page=0")) {
            if (!person.email().startsWith("laura.gauthier") && !person.email().startsWith("camille.roussel")
                    && !person.email().startsWith("nadia.benali") && !person.email().startsWith("olivier.fontaine")) {
                people.add(person);
            }
        }
        java.util.Collections.shuffle(people, new java.util.Random(System.nanoTime()));
        assertThat(people).hasSizeGreaterThanOrEqualTo(10);
        return people.subList(0, 10);
    }

    private static List<Person> directory(String query) throws Exception {
        return staffPage("q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static List<Person> staffPage(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/staff?" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("hr:demo".getBytes(
                        StandardCharsets.UTF_8))).header("Accept", "application/json").GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        JsonArray items = body.getJsonArray("items");
        List<Person> people = new ArrayList<>();
        for (JsonObject item : items.getValuesAs(JsonObject.class)) {
            people.add(new Person(item.getJsonNumber("id").longValue(), item.getString("firstName") + " "
                    + item.getString("lastName"), item.getString("email")));
        }
        return people;
    }
}
