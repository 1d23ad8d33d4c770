package org.parcours.acceptance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven through chromedriver, with the few gestures the journeys need. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(String baseUrl) {
        this(baseUrl, null);
    }

    /** A browser that saves downloads into {@code downloads}. */
    public Browser(String baseUrl, Path downloads) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1400,1000", "--lang=fr-FR");
        java.util.Map<String, Object> prefs = new java.util.HashMap<>();
        prefs.put("intl.accept_languages", "fr-FR,fr");
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:signIn"));
        waitFor(By.id("signOutForm:signOut"));
    }

    /** Shows the portal in French whatever the account's remembered language. */
    public void inFrench() {
        if (!"fr".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            click(By.id("languageForm:fr"));
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "fr".equals(
                    d.findElement(By.tagName("html")).getAttribute("lang")));
        }
    }

    public void signOut() {
        click(By.id("signOutForm:signOut"));
        waitFor(By.id("login:username"));
    }

    public void type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
    }


    public void click(By target) {
        awaitAjax();
        patiently().until(d -> {
            WebElement element = d.findElement(target);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    public WebElement waitFor(By target) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    /**
     * A wait that tolerates the page changing under it: while an Ajax update or a navigation replaces the DOM,
     * Chromium reports stale nodes or nodes that "do not belong to the document"; both mean "look again".
     */
    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    public void waitForText(By target, String text) {
        try {
            patiently().until(d -> d.findElement(target).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException timeout) {
            keepPageText();
            throw timeout;
        }
    }

    /** Writes the text of the page shown into the test folder, to see why a journey stopped. */
    private void keepPageText() {
        try {
            Files.writeString(MicroServer.testDir().resolve("page-" + System.currentTimeMillis() + ".txt"),
                    driver.getCurrentUrl() + "\n\n" + driver.findElement(By.tagName("body")).getText());
        } catch (Exception e) {
            // the diagnostic must not hide the test's own failure
        }
    }

    /** Accepts the open confirmation dialog. */
    public void confirm() {
        awaitAjax();
        patiently().until(d -> {
            WebElement yes = d.findElements(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null);
            if (yes == null) {
                return false;
            }
            yes.click();
            return true;
        });
    }

    /** Picks an option of a PrimeFaces select menu by its value, as choosing it with the mouse would. */
    public void selectByValue(String clientId, String value) {
        awaitAjax();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);",
                "widget_" + clientId.replace(':', '_'), value);
        awaitAjax();
    }

    /** Picks an option of a PrimeFaces select menu by its visible label. */
    public void selectByLabel(String clientId, String label) {
        awaitAjax();
        Object value = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var label = arguments[1]; var o = Array.from(document.getElementById(arguments[0]).options)"
                        + ".find(function (x) { return x.text.trim() === label; });"
                        + " return o ? o.value : null;", clientId + "_input", label);
        if (value == null) {
            throw new IllegalStateException("No option \"" + label + "\" in " + clientId);
        }
        selectByValue(clientId, String.valueOf(value));
    }

    /** Types into a PrimeFaces autocomplete and picks the suggestion that contains {@code text}. */
    public void pick(String clientId, String text) {
        type(By.id(clientId + "_input"), text);
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("[id='" + clientId + "_panel'] li.ui-autocomplete-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst().orElse(null));
        item.click();
        awaitAjax();
    }

    /** Types a date into a PrimeFaces date picker and leaves it (which closes its calendar). */
    public void typeDate(String clientId, java.time.LocalDate date) {
        String text = date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        type(By.id(clientId + "_input"), text);
        driver.findElement(By.id(clientId + "_input")).sendKeys(org.openqa.selenium.Keys.TAB);
        awaitAjax();
        if (!text.equals(driver.findElement(By.id(clientId + "_input")).getAttribute("value"))) {
            // as picking the day in the calendar would
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "PrimeFaces.widgets[arguments[0]].setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                    "widget_" + clientId.replace(':', '_'), date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            awaitAjax();
        }
        String shown = driver.findElement(By.id(clientId + "_input")).getAttribute("value");
        if (!text.equals(shown)) {
            throw new IllegalStateException("The date picker " + clientId + " shows \"" + shown + "\", not " + text);
        }
    }

    /** Replaces the value of a PrimeFaces number input (its formatting ignores a plain clear). */
    public void typeNumber(String clientId, long value) {
        WebElement input = waitFor(By.id(clientId + "_input"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(org.openqa.selenium.Keys.DELETE);
        input.sendKeys(String.valueOf(value), org.openqa.selenium.Keys.TAB);
        awaitAjax();
    }

    /** Checks every option of a PrimeFaces checkbox menu. */
    public void checkAll(String clientId) {
        awaitAjax();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.widgets[arguments[0]].checkAll();", "widget_" + clientId.replace(':', '_'));
        awaitAjax();
    }

    /** Clicks the radio button whose label is {@code label} (the first one visible). */
    public void chooseRadio(String label) {
        WebElement labelElement = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(
                By.xpath("//label[normalize-space(.)='" + label + "']")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        labelElement.click();
        awaitAjax();
    }

    /** Waits until PrimeFaces has no ajax request in flight. */
    public void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active == 0));")));
    }

    public String text(By target) {
        return patiently().until(d -> {
            WebElement element = d.findElement(target);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    public List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    public String heading() {
        return text(By.id("pageTitle"));
    }

    public void screenshot(String name) {
        try {
            Path file = MicroServer.testDir().resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // a missing screenshot must not hide the test's own failure
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger CLOSED = new java.util.concurrent.atomic.AtomicInteger();

    /** Keeps a picture of the last page shown (useful when a journey fails), then quits. */
    @Override
    public void close() {
        try {
            String page = driver.getCurrentUrl().replaceAll("^https?://[^/]+/", "").replaceAll("[^A-Za-z0-9]+", "-");
            screenshot("last-" + CLOSED.incrementAndGet() + "-" + (page.length() > 40 ? page.substring(0, 40) : page));
        } catch (RuntimeException e) {
            // the page may already be gone
        }
        driver.quit();
    }
}
