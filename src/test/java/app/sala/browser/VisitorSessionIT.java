package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * One visitor after another, in a real browser with short times: the welcome screen greets a
 * new session, "Are you still there?" comes after the idle time and counts down, "I need more
 * time" works again and again, and no answer forgets everything the visitor chose.
 */
@TestPropertySource(properties = {"sala.kiosk.idle-timeout=2s", "sala.kiosk.warning-time=20s",
        "sala.kiosk.welcome-first=true"})
class VisitorSessionIT extends BrowserIT {

    private static final String QUESTION = ".sala-idle-dialog";
    private static final String MORE_TIME = ".sala-idle-more";
    /** Idle time, plus the 20 s countdown, plus room for a slow machine. */
    private static final Duration UNTIL_RESET = Duration.ofSeconds(60);

    @Test
    void theQuestionCountsDownAndINeedMoreTimeWorksTenTimesInARow() {
        startVisit();
        String session = sessionId();
        long started = System.nanoTime();

        waitForQuestion();
        System.out.printf("Idle question after %.1f s (idle time 2 s)%n", (System.nanoTime() - started) / 1e9);
        int first = secondsLeft();
        assertThat(first).as("the countdown starts at the warning time").isBetween(17, 20);
        wait.until(d -> secondsLeft() < first);
        assertThat(text(QUESTION + " h2")).isEqualTo("Are you still there?");
        assertThat(attribute(QUESTION, "role")).isEqualTo("alertdialog");
        assertThat(js("return document.activeElement && document.activeElement.matches(arguments[0])", MORE_TIME))
                .as("the answer has the focus, so Enter or Space answers too").isEqualTo(true);
        assertThat(js("return document.querySelector('.sala-shell').closest('[inert]') !== null"))
                .as("the screen behind the question is out of reach").isEqualTo(true);
        assertThat(driver.findElement(By.cssSelector(MORE_TIME)).getSize().getHeight()).isGreaterThanOrEqualTo(64);

        for (int time = 1; time <= 10; time++) {
            click(MORE_TIME);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(QUESTION)));
            assertThat(driver.findElements(By.cssSelector(".sala-home-view"))).as("still home after answer %d", time)
                    .isNotEmpty();
            assertThat(js("return document.querySelector('.sala-shell').closest('[inert]') === null"))
                    .as("the screen is usable again after answer %d", time).isEqualTo(true);
            if (time < 10) {
                waitForQuestion();
            }
        }
        assertThat(sessionId()).as("ten answers, still the same visit").isEqualTo(session);
        assertThat(pageLanguage()).isEqualTo("en");
    }

    @Test
    void noAnswerForgetsTheVisitorAndTheNextOneStartsFromTheDefaults() {
        startVisit();
        switchLanguage("es");
        setHighContrast(true);
        pressLargerText();
        String session = sessionId();

        waitForQuestion();
        assertThat(text(QUESTION + " h2")).isEqualTo("¿Sigue ahí?");
        assertThat(text(MORE_TIME)).startsWith("Necesito más tiempo");
        long asked = System.nanoTime();

        new WebDriverWait(driver, UNTIL_RESET).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sala-attract-view")));
        System.out.printf("Reset %.1f s after the question (countdown 20 s)%n", (System.nanoTime() - asked) / 1e9);
        waitForVaadin();

        assertThat(driver.getCurrentUrl()).endsWith("/welcome");
        assertThat(sessionId()).as("a new session: the visit is forgotten").isNotEqualTo(session);
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(highContrast()).isFalse();
        assertThat(textScale()).isEqualTo(1.0);

        touchTheWelcomeScreen();
        waitForText(".sala-home-view h1", "How can we help you today?");
        assertThat(pageLanguage()).isEqualTo("en");
        assertThat(highContrast()).isFalse();
        assertThat(textScale()).isEqualTo(1.0);
        assertThat(text(".sala-text-level")).isEqualTo("1 of 4");
        assertThat(text(".sala-contrast")).isEqualTo("High contrast");
    }

    @Test
    void someoneListeningToReadAloudIsNotAskedWhetherTheyAreThere() {
        startVisit();
        js("window.salaActivity = 0; window.addEventListener('sala-activity', () => window.salaActivity++);");

        click(".sala-read-aloud");
        long clicked = System.nanoTime();
        wait.until(d -> Boolean.TRUE.equals(js("return !window.Sala.reader.audio.paused")));
        // Wait for more than twice the idle time of listening without touching anything.
        wait.until(d -> System.nanoTime() - clicked > Duration.ofSeconds(5).toNanos());

        assertThat(js("return !window.Sala.reader.audio.paused || window.Sala.reader.isPlaying()"))
                .as("the reading is long enough for this test").isEqualTo(true);
        assertThat(((Number) js("return window.salaActivity")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(driver.findElement(By.cssSelector(QUESTION)).isDisplayed()).isFalse();
        click(".sala-reader-stop");
    }

    @Test
    void screenshotsOfTheWelcomeScreenAndTheQuestion() {
        driver.get(url(""));
        waitFor(".sala-attract-view");
        waitForVaadin();
        // The pulsing hand would be caught mid-beat; a still picture compares better.
        js("document.querySelector('.sala-attract-touch').style.animation = 'none'");
        screenshot("welcome-portrait");
        resize(LANDSCAPE);
        screenshot("welcome-landscape");
        resize(PORTRAIT);

        touchTheWelcomeScreen();
        waitFor(".sala-home-view");
        for (String language : new String[] {"en", "es"}) {
            if (!language.equals(pageLanguage())) {
                switchLanguage(language);
            }
            for (Dimension viewport : new Dimension[] {PORTRAIT, LANDSCAPE}) {
                resize(viewport);
                waitForQuestion();
                screenshot("idle-question-" + language + "-" + orientation(viewport));
                click(MORE_TIME);
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(QUESTION)));
            }
        }
        resize(PORTRAIT);
    }

    @Test
    void theWelcomeScreenAndTheQuestionHaveNoAccessibilityViolations() {
        driver.get(url(""));
        waitFor(".sala-attract-view");
        waitForVaadin();
        List<String> found = new ArrayList<>(violations("welcome screen"));

        touchTheWelcomeScreen();
        waitFor(".sala-home-view");
        waitForQuestion();
        found.addAll(violations("question [en]"));
        click(MORE_TIME);
        switchLanguage("es");
        setHighContrast(true);
        waitForQuestion();
        found.addAll(violations("question [es, high contrast]"));

        assertThat(found).isEmpty();
    }

    /** axe-core with WCAG 2.x A/AA and the AAA 7:1 contrast rule, as AccessibilityIT runs it. */
    @SuppressWarnings("deprecation")
    private List<String> violations(String where) {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"));
        AxeRuleOptions enabled = new AxeRuleOptions();
        enabled.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setRules(Map.of("color-contrast-enhanced", enabled));
        Results results = new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(driver);
        assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
        return results.getViolations().stream()
                .map(rule -> where + ": " + rule.getId() + " " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .toList();
    }

    private void startVisit() {
        driver.get(url(""));
        waitFor(".sala-attract-view");
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).as("a new visitor lands on the welcome screen").endsWith("/welcome");
        touchTheWelcomeScreen();
        waitFor(".sala-home-view");
        waitForVaadin();
    }

    /** Anywhere on the welcome screen: here the welcome line, which is not the button itself. */
    private void touchTheWelcomeScreen() {
        click(".sala-attract-welcome");
    }

    private void waitForQuestion() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(QUESTION)));
        wait.until(d -> Boolean.TRUE.equals(js("return window.Sala.idle.state() === 'warning'")));
    }

    private int secondsLeft() {
        return Integer.parseInt(text(QUESTION + " .sala-idle-seconds").trim());
    }

    private String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(cookie).as("the session cookie").isNotNull();
        return cookie.getValue();
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private String attribute(String css, String name) {
        return driver.findElement(By.cssSelector(css)).getAttribute(name);
    }
}
