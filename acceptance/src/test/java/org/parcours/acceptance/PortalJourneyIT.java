package org.parcours.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The portal as its users click through it, in headless Chromium against Parcours on Payara Micro. */
class PortalJourneyIT {

    static DemoServer server;

    @RegisterExtension
    static BeforeAllCallback demoServer = (ExtensionContext context) -> server = DemoServer.get(context);

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(server.baseUrl());
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.screenshot("portal-" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
        browser.close();
    }

    @Test
    void anHrAdminSwitchesToEnglishFindsAColleagueAndSignsOut() {
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");

        browser.signIn("hr", "demo");
        browser.inFrench();
        assertThat(browser.heading()).isEqualTo("Mon espace");

        browser.click(By.id("languageForm:en"));
        browser.waitForText(By.id("pageTitle"), "My space");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.click(By.id("menuDirectory"));
        browser.waitForText(By.id("pageTitle"), "Staff directory");
        browser.type(By.id("directory:query"), "olivier.fontaine@");
        browser.waitForText(By.id("directory:staffTable"), "Olivier");
        List<WebElement> rows = browser.all(By.cssSelector("#directory\\:staffTable tbody tr"));
        assertThat(rows).hasSize(1).allSatisfy(row -> assertThat(row.getText()).contains("Fontaine"));

        browser.click(By.linkText("Fontaine Olivier"));
        browser.waitForText(By.id("pageTitle"), "Olivier Fontaine");
        assertThat(browser.text(By.id("profile"))).contains("U1001").contains("Permanent");

        browser.signOut();
        assertThat(browser.driver().getPageSource()).contains("You are signed out");

        browser.signIn("hr", "demo");
        assertThat(browser.heading()).as("the language is remembered on the account").isEqualTo("My space");
        browser.click(By.id("languageForm:fr"));
        browser.waitForText(By.id("pageTitle"), "Mon espace");
    }

    @Test
    void aStaffMemberOpeningAnHrPageGetsAClearRefusal() {
        browser.signIn("staff", "demo");
        browser.inFrench();

        browser.open("/admin/outbox.xhtml");

        assertThat(browser.heading()).isEqualTo("Accès refusé");
        assertThat(browser.text(By.id("errorText"))).contains("réservée");
        assertThat(browser.all(By.id("menuOutbox"))).isEmpty();
    }

    @Test
    void eachDemoAccountSignsInAndSeesTheMenuOfItsRole() {
        for (String account : List.of("hr", "manager", "staff", "committee")) {
            browser.signIn(account, "demo");
            assertThat(browser.all(By.id("menuDirectory"))).as(account).hasSize(1);
            assertThat(browser.all(By.id("menuOutbox"))).as(account).hasSize("hr".equals(account) ? 1 : 0);
            browser.signOut();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageOnThePage() {
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), "manager");
        browser.type(By.id("login:password"), "wrong-password");
        browser.click(By.id("login:signIn"));

        browser.waitForText(By.id("globalMessages"), "Identifiant ou mot de passe incorrect");
        assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
    }

    @Test
    void anHrAdminCreatesAStaffMemberAndInvalidInputIsExplainedNextToTheField() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        browser.signIn("hr", "demo");
        browser.inFrench();
        browser.open("/admin/staff-edit.xhtml");
        browser.type(By.id("staffEdit:employeeNumber"), "W" + suffix);
        browser.type(By.id("staffEdit:email"), "not-an-email");
        browser.type(By.id("staffEdit:firstName"), "Grace");
        browser.type(By.id("staffEdit:lastName"), "Hopper" + suffix);
        browser.selectByValue("staffEdit:category", "ENGINEER");
        browser.type(By.id("staffEdit:hireDate_input"), "01/09/2025" + org.openqa.selenium.Keys.TAB);
        browser.selectByValue("staffEdit:unitCode", "U1002");
        browser.click(By.id("staffEdit:save"));

        browser.waitForText(By.cssSelector(".field .ui-message-error"), "courriel");

        browser.type(By.id("staffEdit:email"), "grace." + suffix + "@example.org");
        browser.click(By.id("staffEdit:save"));

        browser.waitForText(By.id("pageTitle"), "Grace Hopper" + suffix);
        assertThat(browser.text(By.id("globalMessages"))).contains("a été créée");
    }

    @Test
    void aFormPostedWithoutThePagesOwnTokenChangesNothing() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String forgedNumber = "F" + suffix;
        browser.signIn("hr", "demo");
        browser.open("/admin/staff-edit.xhtml");
        browser.waitFor(By.id("staffEdit:employeeNumber"));

        // What another site would make the signed-in admin's browser post: every field right, but it cannot know
        // the token of the admin's page.
        postForm(staffForm(forgedNumber, "forged-" + suffix));
        browser.waitFor(By.id("pageTitle"));
        assertThat(staffFound(forgedNumber)).as("a forged post creates no one").isFalse();

        // The same fields with the page's own token are taken: only the token made the difference.
        String controlNumber = "C" + suffix;
        browser.open("/admin/staff-edit.xhtml");
        String token = browser.driver().findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");
        postForm(staffForm(controlNumber, token));
        browser.waitFor(By.id("pageTitle"));
        assertThat(staffFound(controlNumber)).isTrue();
    }

    @Test
    void anHrAdminUploadsAStaffFileReadsTheLineReportAndImportsOnlyTheValidLines() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        java.nio.file.Path csv = MicroServer.testDir().resolve("staff-" + suffix + ".csv");
        java.nio.file.Files.writeString(csv, String.join("\n",
                "employee_number;first_name;last_name;email;category;contract_type;hire_date;contract_end;job_title;unit_code;manager_employee_number",
                "A" + suffix + ";Ada;Lovelace;ada." + suffix + "@example.org;chercheur;CDD;2026-01-05;2027-01-04;Post-doc;U1001;",
                "B" + suffix + ";Bob;Refused;not-an-address;ingénieur;CDI;2026-01-05;;Engineer;U1001;",
                "C" + suffix + ";Claude;Shannon;claude." + suffix + "@example.org;ingénieur;CDI;05/01/2026;;Engineer;U1002;"),
                StandardCharsets.UTF_8);
        browser.signIn("hr", "demo");
        browser.inFrench();
        browser.open("/admin/staff-import.xhtml");

        browser.driver().findElement(By.id("upload:file")).sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.id("upload:analyse"));

        browser.waitForText(By.id("summary"), "3 ligne(s) : 2 valide(s), 1 refusée(s).");
        assertThat(browser.text(By.cssSelector(".refused-line"))).contains("B" + suffix);
        assertThat(staffFound("A" + suffix)).as("nothing is written before the admin chooses").isFalse();

        browser.click(By.id("report:importValid"));
        browser.confirm();
        browser.waitForText(By.id("globalMessages"), "2 créé(s)");
        assertThat(staffFound("A" + suffix)).isTrue();
        assertThat(staffFound("C" + suffix)).isTrue();
        assertThat(staffFound("B" + suffix)).isFalse();
    }

    @Test
    void aNewcomerGetsAccessFromHrChoosesAPasswordFromTheMailAndSignsIn() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String email = "newcomer." + suffix + "@example.org";
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/api/staff")).header("Authorization", HR_BASIC)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"employeeNumber\":\"N" + suffix + "\",\"firstName\":"
                        + "\"Nina\",\"lastName\":\"Nouvelle\",\"email\":\"" + email + "\",\"category\":"
                        + "\"ENGINEER\",\"contractType\":\"FIXED_TERM\",\"hireDate\":\"2026-11-02\","
                        + "\"contractEnd\":\"2027-11-01\",\"unitCode\":\"U1003\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");

        browser.signIn("hr", "demo");
        browser.inFrench();
        browser.open("/staff/view.xhtml?id=" + id);
        assertThat(browser.text(By.id("accessState"))).contains("Pas encore d'accès");
        browser.click(By.id("access:sendAccess"));
        browser.confirm();
        browser.waitForText(By.id("globalMessages"), "Lien envoyé à " + email);
        assertThat(browser.text(By.id("accessState"))).contains("en attente");
        browser.signOut();

        String link = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(500)).until(() -> accessLinkMailedTo(email),
                        found -> found != null);
        browser.driver().get(link);
        assertThat(browser.text(By.id("username"))).isEqualTo(email);
        browser.type(By.id("choose:password"), "short");
        browser.type(By.id("choose:confirmation"), "short");
        browser.click(By.id("choose:save"));
        browser.waitForText(By.cssSelector("#chooseCard .ui-message-error"), "au moins 10");
        browser.type(By.id("choose:password"), "Carnet de bord 2026");
        browser.type(By.id("choose:confirmation"), "Carnet de bord 2026");
        browser.click(By.id("choose:save"));
        browser.waitForText(By.id("globalMessages"), "Votre mot de passe est enregistré");

        browser.signIn(email, "Carnet de bord 2026");
        assertThat(browser.text(By.id("userName"))).isEqualTo("Nina Nouvelle");
        assertThat(browser.all(By.id("menuOutbox"))).isEmpty();
        browser.signOut();

        browser.driver().get(link);
        assertThat(browser.text(By.id("linkInvalid"))).contains("ne fonctionne plus");
    }

    private static final String HR_BASIC = "Basic " + Base64.getEncoder().encodeToString(
            "hr:demo".getBytes(StandardCharsets.UTF_8));

    private static String accessLinkMailedTo(String address) throws Exception {
        for (jakarta.mail.internet.MimeMessage message : server.mail().getReceivedMessages()) {
            boolean forAddress = java.util.Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("(https?://\\S+/access/choose\\.xhtml"
                    + "\\?t=[A-Za-z0-9_-]+)").matcher(String.valueOf(message.getContent()));
            if (forAddress && link.find()) {
                return link.group(1);
            }
        }
        return null;
    }

    private static Map<String, String> staffForm(String employeeNumber, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("staffEdit", "staffEdit");
        fields.put("staffEdit:employeeNumber", employeeNumber);
        fields.put("staffEdit:email", employeeNumber.toLowerCase() + "@example.org");
        fields.put("staffEdit:firstName", "Eve");
        fields.put("staffEdit:lastName", "Forger" + employeeNumber);
        fields.put("staffEdit:category_input", "ENGINEER");
        fields.put("staffEdit:contractType", "PERMANENT");
        fields.put("staffEdit:hireDate_input", "01/09/2025");
        fields.put("staffEdit:unitCode_input", "U1002");
        fields.put("staffEdit:save", "");
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }

    private void postForm(Map<String, String> fields) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                for (const [name, value] of Object.entries(arguments[1])) {
                    const input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = name;
                    input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""", server.baseUrl() + "/admin/staff-edit.xhtml", fields);
        browser.waitFor(By.tagName("footer"));
    }

    private static boolean staffFound(String employeeNumber) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUrl() + "/api/staff?q=" + employeeNumber))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("hr:demo".getBytes(
                        StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().contains("\"" + employeeNumber + "\"");
    }
}
