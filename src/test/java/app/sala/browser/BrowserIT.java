package app.sala.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests: the real server on a random loopback port, driven by Debian's Chromium.
 * In CI (CI=true) a missing browser fails the run; elsewhere the tests are skipped and say why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
public abstract class BrowserIT {

    public static final Dimension PORTRAIT = new Dimension(1080, 1920);
    public static final Dimension LANDSCAPE = new Dimension(1920, 1080);

    /** The text scale steps the footer buttons go through (docs/ACCESSIBILITY.md: three steps up to 200%). */
    public static final List<Double> TEXT_SCALES = List.of(1.0, 1.25, 1.5, 2.0);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    private int port;

    protected WebDriver driver;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String why = "Chromium or ChromeDriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): install the Debian packages chromium and chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort("Browser test skipped: " + why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--lang=en-US");
        options.addArguments(extraChromiumArguments());
        configure(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        resize(PORTRAIT);
    }

    /** Flags a test needs on top of the usual ones (a fake microphone, for instance). */
    protected List<String> extraChromiumArguments() {
        return List.of();
    }

    /** Lets a test class add browser options (logging, flags) before the browser starts. */
    protected void configure(ChromeOptions options) {
    }

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    /** Opens a kiosk address and waits until Vaadin has drawn the screen. */
    protected void open(String path) {
        driver.get(url(path));
        waitFor(".sala-view");
        waitForVaadin();
    }

    /** Opens one of the kiosk's screens and waits for the part that shows it is drawn. */
    protected void open(Screen screen) {
        driver.get(url(screen.path()));
        waitFor(screen.readyCss());
        waitForVaadin();
    }

    protected WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    protected void waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    protected void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until Vaadin has no request to the server in flight (the answer to a tap is applied). */
    protected void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(js(
                "const flow = window.Vaadin && window.Vaadin.Flow;"
                        + "if (!flow || !flow.clients) { return false; }"
                        + "return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /**
     * Makes the page's viewport (innerWidth x innerHeight) exactly this size. Chromium's window
     * is taller than its viewport, even headless, so the window is grown by the difference:
     * the numbers in docs/ACCESSIBILITY.md are the kiosk screen's, not the window's.
     */
    protected void resize(Dimension viewport) {
        driver.manage().window().setSize(viewport);
        Number extraWidth = (Number) js("return window.outerWidth - window.innerWidth");
        Number extraHeight = (Number) js("return window.outerHeight - window.innerHeight");
        if (extraWidth.intValue() != 0 || extraHeight.intValue() != 0) {
            driver.manage().window().setSize(new Dimension(
                    viewport.getWidth() + extraWidth.intValue(), viewport.getHeight() + extraHeight.intValue()));
        }
        wait.until(d -> Boolean.TRUE.equals(js("return window.innerWidth === arguments[0] && window.innerHeight === arguments[1]",
                viewport.getWidth(), viewport.getHeight())));
    }

    protected static String orientation(Dimension viewport) {
        return viewport.getWidth() > viewport.getHeight() ? "landscape" : "portrait";
    }

    // ---- the visitor's session state: language, contrast, text size (all kept per Vaadin session)

    /** The language the page declares on {@code <html lang>}. */
    protected String pageLanguage() {
        return (String) js("return document.documentElement.lang");
    }

    protected void switchLanguage(String code) {
        String button = ".sala-language[data-language=" + code + "]";
        click(button);
        wait.until(d -> code.equals(pageLanguage())
                && "true".equals(d.findElement(By.cssSelector(button)).getAttribute("aria-pressed")));
        waitForVaadin();
    }

    protected boolean highContrast() {
        return Boolean.TRUE.equals(js("return document.documentElement.hasAttribute('data-high-contrast')"));
    }

    protected void setHighContrast(boolean on) {
        if (highContrast() != on) {
            click(".sala-contrast");
            wait.until(d -> highContrast() == on);
            waitForVaadin();
        }
    }

    /** The value of --sala-text-scale on {@code <html>}, as a number (1 when not set). */
    protected double textScale() {
        String value = (String) js("return document.documentElement.style.getPropertyValue('--sala-text-scale')");
        return value == null || value.isBlank() ? 1.0 : Double.parseDouble(value.trim());
    }

    /** Presses "larger text" once and waits for the next step of the scale. */
    protected void pressLargerText() {
        double before = textScale();
        int index = TEXT_SCALES.indexOf(before);
        double expected = TEXT_SCALES.get(Math.min(index + 1, TEXT_SCALES.size() - 1));
        click(".sala-text-larger");
        wait.until(d -> textScale() == expected);
        waitForVaadin();
    }

    /** Keeps Chromium's log of this type (the browser console, the performance log) for the test to read. */
    protected static void keepChromiumLog(ChromeOptions options, String logType) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(logType, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
    }

    /** Opens every screen in both languages, its pictures loaded, and checks each there. */
    protected void onEveryScreenInBothLanguages(BiConsumer<Screen, String> check) {
        for (String language : List.of("en", "es")) {
            for (Screen screen : Screen.ALL) {
                open(screen);
                if (!language.equals(pageLanguage())) {
                    switchLanguage(language);
                }
                waitForImages();
                check.accept(screen, language);
            }
        }
    }

    /** Read-aloud has really started: the page's audio plays and is past its first moments. */
    protected boolean readAloudPlaying() {
        return Boolean.TRUE.equals(js("const a = window.Sala && window.Sala.reader && window.Sala.reader.audio;"
                + "return !!a && !a.paused && !a.ended && a.currentTime > 0.3;"));
    }

    /** Waits until every picture on the page has loaded, so screenshots show them. */
    protected void waitForImages() {
        wait.until(d -> Boolean.TRUE.equals(js(
                "return Array.from(document.images).every(img => img.complete && img.naturalWidth > 0)")));
    }

    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save screenshot " + name, e);
        }
    }
}
