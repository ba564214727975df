package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The security headers in a real Chromium: every screen, in both languages, and read-aloud
 * work under the Content-Security-Policy with not one violation and no complaint about the
 * headers in the console; and the policy really holds: what it forbids is refused.
 *
 * <p>Violations are caught by a {@code securitypolicyviolation} listener installed before any
 * of the page's own scripts run, and in the browser console.
 */
class ContentSecurityPolicyIT extends BrowserIT {

    private static final String RECORDER = "window.__salaViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__salaViolations.push("
            + "e.effectiveDirective + ' refused ' + e.blockedURI + ' (' + e.sourceFile + ':' + e.lineNumber + ') '"
            + " + (e.sample || '')));";

    @Override
    protected void configure(ChromeOptions options) {
        keepChromiumLog(options, LogType.BROWSER);
    }

    @BeforeEach
    void recordViolations() {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
    }

    @Test
    void everyScreenInBothLanguagesAndReadAloudWorkWithoutAViolation() {
        List<String> problems = new ArrayList<>();
        onEveryScreenInBothLanguages((screen, language) -> problems.addAll(violations(screen + " in " + language)));
        open("no-such-screen");
        waitFor(".sala-not-found-view");
        problems.addAll(violations("the not-found screen"));

        open(Screen.HOME);
        click(".sala-read-aloud");
        wait.until(d -> readAloudPlaying());
        problems.addAll(violations("read-aloud"));

        problems.addAll(consoleComplaints());
        assertThat(problems).as("policy violations and header complaints").isEmpty();
    }

    @Test
    void whatThePolicyForbidsIsRefusedAndTheKiosksOwnWebSocketIsNot() {
        open(Screen.HOME);

        js("fetch('http://127.0.0.1:1/outside').catch(() => {});"
                + "new Image().src = 'http://192.0.2.1/tracker.png';"
                + "const script = document.createElement('script'); script.textContent = 'window.__salaInjected = true;';"
                + "document.body.appendChild(script);"
                + "const box = document.createElement('div');"
                + "box.innerHTML = '<img src=\"pictograms/bridge.svg\" onload=\"window.__salaHandler = true\">';"
                + "document.body.appendChild(box);"
                + "window.__salaOwnSocket = new WebSocket('ws://' + location.host + '/api/v1/listen');"
                + "window.__salaOwnSocket.onerror = () => {};"
                + "setTimeout(() => new WebSocket('ws://127.0.0.1:1/outside'), 500);");
        wait.until(d -> String.join("\n", violations("")).contains("ws://127.0.0.1:1"));

        String refused = String.join("\n", violations(""));
        assertThat(refused).as("refused by the policy")
                .contains("connect-src refused http://127.0.0.1:1/outside")
                .contains("img-src refused http://192.0.2.1/tracker.png")
                .contains("script-src-elem refused inline")
                .contains("script-src-attr refused inline")
                .contains("connect-src refused ws://127.0.0.1:1/outside")
                .as("the kiosk's own WebSocket (connect-src 'self' covers ws: to the same host and port)")
                .doesNotContain("/api/v1/listen");
        assertThat(js("return window.__salaInjected === undefined && window.__salaHandler === undefined"))
                .as("injected script and handler did not run").isEqualTo(true);
    }

    @Test
    void theMicrophoneIsTheOnlyDeviceThePageMayAskFor() {
        open(Screen.HOME);

        @SuppressWarnings("unchecked")
        Map<String, Object> allowed = (Map<String, Object>) js("const p = document.featurePolicy;"
                + "return {microphone: p.allowsFeature('microphone'), camera: p.allowsFeature('camera'),"
                + " geolocation: p.allowsFeature('geolocation'), usb: p.allowsFeature('usb'),"
                + " displayCapture: p.allowsFeature('display-capture')};");

        assertThat(allowed).containsEntry("microphone", true).containsEntry("camera", false)
                .containsEntry("geolocation", false).containsEntry("usb", false).containsEntry("displayCapture", false);
    }

    @Test
    void noOtherSiteCanShowTheKioskInAFrame() throws Exception {
        // Another site: a page on another port of this machine that puts the kiosk in a frame.
        byte[] page = ("<html><body><iframe name='kiosk' src='" + url("") + "'></iframe></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        otherSite.start();
        try {
            driver.get("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/");

            wait.until(d -> consoleText().contains("frame-ancestors 'none'"));
            driver.switchTo().frame("kiosk");
            assertThat(js("return document.URL")).as("the frame shows the browser's error page").isNotEqualTo(url(""));
            assertThat(driver.findElements(By.cssSelector(".sala-view"))).as("kiosk screens in the frame").isEmpty();
        } finally {
            driver.switchTo().defaultContent();
            otherSite.stop(0);
        }
    }

    private String consoleLog = "";

    private String consoleText() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            consoleLog += entry.getMessage() + "\n";
        }
        return consoleLog;
    }

    @SuppressWarnings("unchecked")
    private List<String> violations(String where) {
        Object recorded = js("const v = window.__salaViolations || []; return v.slice();");
        List<String> found = new ArrayList<>();
        for (Object violation : (List<Object>) recorded) {
            found.add(where.isEmpty() ? String.valueOf(violation) : where + ": " + violation);
        }
        return found;
    }

    /** Console lines about the policy or the headers (a misspelt feature is only a console warning). */
    private List<String> consoleComplaints() {
        List<String> complaints = new ArrayList<>();
        for (String line : consoleText().split("\n")) {
            if (line.contains("Content Security Policy") || line.contains("Content-Security-Policy")
                    || line.contains("Permissions-Policy") || line.contains("Refused to")) {
                complaints.add("console: " + line);
            }
        }
        return complaints;
    }
}
