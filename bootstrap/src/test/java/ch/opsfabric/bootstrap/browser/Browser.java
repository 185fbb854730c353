package ch.opsfabric.bootstrap.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for page tests (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs): opened with or without JavaScript, at the phone width (360 px) or the desktop one
 * (1440 px), keeping full-page screenshots under {@code target/screenshots/} for people to look at, and checking
 * pages with axe-core against WCAG 2.2 AA. One browser serves a whole test class; {@link #close()} ends it.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(360, 800);
    public static final Dimension DESKTOP = new Dimension(1440, 900);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser that runs the pages' scripts (htmx), as most visitors' do. */
    public static Browser withJavaScript() {
        return start(true);
    }

    /** A browser with JavaScript switched off: every form must still work. */
    public static Browser withoutJavaScript() {
        return start(false);
    }

    private static Browser start(boolean javaScript) {
        try {
            var profile = Files.createTempDirectory("chromium-profile");
            var options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            // Flags that let Chromium run headless as root in a container and keep it off the network.
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=de-CH", "--user-data-dir=" + profile);
            if (!javaScript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                    .usingAnyFreePort().build();
            var driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(PHONE);
            return new Browser(driver, profile);
        } catch (IOException noTempDir) {
            throw new UncheckedIOException(noTempDir);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    public Browser size(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    public String text() {
        return find("body").getText();
    }

    /** Types into the field of this name, replacing what it held. */
    public Browser type(String name, String text) {
        var field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(String cssSelector) {
        find(cssSelector).click();
        return this;
    }

    /**
     * Waits until the page shows this text: with JavaScript, htmx swaps the next page in after the click
     * returned. Polls with a deadline rather than sleeping. While a click's navigation replaces the
     * document, reading the old body fails (stale node): that poll is only too early, so it is repeated.
     */
    public Browser waitForText(String text) {
        new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return this;
    }

    /** Ends the session's cookies, as closing the browser would. */
    public Browser newSession() {
        driver.manage().deleteAllCookies();
        return this;
    }

    /**
     * Saves the whole page, not just the window, as {@code target/screenshots/<name>.png}: through the DevTools
     * protocol, which needs no script of the page, so it works with JavaScript off too.
     */
    public Path screenshot(String name) {
        var width = driver.manage().window().getSize().getWidth();
        var metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        var content = (Map<String, Object>) metrics.get("cssContentSize");
        var height = Math.max(1, (int) Math.ceil(((Number) content.get("height")).doubleValue()));
        var shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(SCREENSHOTS);
            var file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /**
     * The serious and critical WCAG 2.2 AA violations axe-core finds on the open page, one line each (rule, help,
     * the offending elements); empty when there are none. Needs a browser with JavaScript.
     */
    public List<String> accessibilityViolations() {
        var results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        return results.getViolations().stream()
                .filter(violation -> BLOCKING_IMPACTS.contains(violation.getImpact()))
                .map(Browser::describe).toList();
    }

    private static String describe(Rule violation) {
        return violation.getId() + " (" + violation.getImpact() + "): " + violation.getHelp() + " at "
                + violation.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException leftBehind) {
            // A temporary profile left behind is harmless.
        }
    }
}
