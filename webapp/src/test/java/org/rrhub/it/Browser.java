package org.rrhub.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Headless Debian Chromium driven by Selenium, with axe-core for WCAG 2.2 AA checks. */
final class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    final WebDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    Browser() throws Exception {
        downloads = Files.createTempDirectory("rrhub-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // The console's messages kept, so a test can fail on a page's script or resource errors.
        options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1280,1024",
                "--user-data-dir=" + Files.createTempDirectory("rrhub-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** The file Chromium saved under this name, once it is completely downloaded. */
    byte[] downloaded(String fileName) throws Exception {
        Path file = downloads.resolve(fileName);
        wait.until(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return Files.readAllBytes(file);
    }

    void open(String path) {
        driver.get(Api.base() + path);
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Keycloak's login form: with organizations enabled it may ask for the username first, then the password. */
    void signInAtKeycloak(String username, String password) {
        waitForUrl("/realms/rrhub/");
        find(By.id("username")).sendKeys(username);
        if (driver.findElements(By.id("password")).stream().noneMatch(WebElement::isDisplayed)) {
            driver.findElement(By.id("kc-login")).click();
        }
        find(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /**
     * Moves the keyboard focus with Tab (never the mouse) until the element with the given id has it; fails if it
     * cannot be reached within the page's first few hundred focus stops.
     */
    void tabTo(String id) {
        for (int i = 0; i < 400; i++) {
            if (id.equals(driver.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        throw new AssertionError("The keyboard never reached #" + id);
    }

    /** Types into whatever has the keyboard focus. */
    void type(String text) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(text).perform();
    }

    void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    /** No WCAG 2.2 A/AA violations on the current page. */
    void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        assertThat(results.getViolations())
                .as(() -> "axe-core violations on " + driver.getCurrentUrl() + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    /**
     * The current page's WCAG 2.2 A/AA violations, one line each; empty when there are none. Our pages have no
     * frames, so axe-core runs in the page itself (legacy mode), without the blank window its frame-merging
     * mode opens for every check: a crawl of hundreds of pages cannot afford that window.
     */
    List<String> accessibilityViolations() {
        var only = new com.deque.html.axecore.args.AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_TAGS);
        var options = new com.deque.html.axecore.args.AxeRunOptions();
        options.setRunOnly(only);
        // Passes and incomplete checks not listed node by node: only violations are read.
        options.setResultTypes(List.of("violations"));
        List<Rule> violations = new AxeBuilder().withOptions(options).disableIframeTesting().setLegacyMode(true)
                .analyze(driver).getViolations();
        return violations.isEmpty() ? List.of() : List.of(describe(violations).split("\n"));
    }

    /** The console's errors since the last call (reading the log empties it). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .toList();
    }

    /** The application's session cookie as a Cookie header value, for fetching what a page links to. */
    String sessionCookieHeader() {
        var cookie = driver.manage().getCookieNamed("RRHUB_SESSION");
        if (cookie == null) {
            throw new IllegalStateException("No RRHUB_SESSION cookie at " + driver.getCurrentUrl());
        }
        return cookie.getName() + "=" + cookie.getValue();
    }

    void screenshot(String name) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (Exception e) {
            // a screenshot is a help for people, never a reason to fail
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
