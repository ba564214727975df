package app.sala.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium with the browser tests' flags (see BrowserIT), driven for measuring: every
 * time is read inside the page with the Performance API, so WebDriver's own round trips are
 * not in the figures.
 */
final class BenchBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Installed before any page script: records when the first view (Sala's or the bare page's)
     * is in the DOM, and the next animation frame after it, i.e. when it is painted.
     */
    private static final String VIEW_WATCH = """
            (() => {
              const seen = () => {
                if (window.__benchViewAt !== undefined) { return; }
                if (document.querySelector('.sala-view, .bench-bare-view')) {
                  window.__benchViewAt = performance.now();
                  requestAnimationFrame(() => { window.__benchPaintAt = performance.now(); });
                }
              };
              new MutationObserver(seen).observe(document, { childList: true, subtree: true });
            })();
            """;

    final ChromeDriver driver;
    final WebDriverWait wait;

    BenchBrowser(List<String> extraArguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--lang=en-US");
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1080, 1920));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static boolean available() {
        return java.nio.file.Files.isExecutable(CHROMIUM) && java.nio.file.Files.isExecutable(CHROMEDRIVER);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    void watchViews() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", VIEW_WATCH));
    }

    /**
     * A cold load: no HTTP cache, no cookie (so a new Vaadin session), then the address.
     *
     * @return milliseconds from navigation start to the first view painted
     */
    double coldLoad(String url) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.get(url);
        wait.until(d -> js("return window.__benchPaintAt") != null);
        waitForVaadin();
        return ((Number) js("return window.__benchPaintAt")).doubleValue();
    }

    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(js(
                "const flow = window.Vaadin && window.Vaadin.Flow;"
                        + "if (!flow || !flow.clients) { return false; }"
                        + "return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /**
     * Clicks the element and measures, in the page, until the target selector is in the DOM and
     * the next frame is painted.
     *
     * @return milliseconds from the click to the new view painted
     */
    double tap(String clickCss, String readyCss) {
        wait.until(d -> Boolean.TRUE.equals(js("return !!document.querySelector(arguments[0])", clickCss)));
        Object result = jsAsync("""
                const [clickCss, readyCss, done] = arguments;
                const old = document.querySelector(readyCss);
                const start = performance.now();
                const check = () => {
                  const now = document.querySelector(readyCss);
                  if (now && now !== old && now.isConnected) {
                    observer.disconnect();
                    requestAnimationFrame(() => done(performance.now() - start));
                    return true;
                  }
                  return false;
                };
                const observer = new MutationObserver(check);
                observer.observe(document.body, { childList: true, subtree: true });
                document.querySelector(clickCss).click();
                setTimeout(() => { observer.disconnect(); done(-1); }, 20000);
                """, clickCss, readyCss);
        waitForVaadin();
        return ((Number) result).doubleValue();
    }

    /** The steps of a tour, as (element to tap, selector of the view it opens). */
    record Step(String name, String clickCss, String readyCss) {
    }

    List<Double> tour(List<Step> steps) {
        List<Double> times = new ArrayList<>();
        for (Step step : steps) {
            double millis = tap(step.clickCss(), step.readyCss());
            if (millis < 0) {
                throw new IllegalStateException("view switch " + step.name() + " never painted " + step.readyCss());
            }
            times.add(millis);
        }
        return times;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
