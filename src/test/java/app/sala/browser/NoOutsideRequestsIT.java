package app.sala.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * No request leaves the kiosk: every request the page makes while a visitor goes through
 * every screen in both languages and has one read aloud goes to the kiosk server itself
 * (http:// and ws:// to its own host and port), or stays inside the page (data:, blob:).
 * Chromium's own network log (DevTools protocol, through the performance log) records them,
 * those the Content-Security-Policy then refuses included (pictures, scripts, styles). A fetch
 * or WebSocket the policy refuses never starts, so it is not in this log: ContentSecurityPolicyIT
 * catches those as violations.
 */
class NoOutsideRequestsIT extends BrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    @Override
    protected void configure(ChromeOptions options) {
        keepChromiumLog(options, LogType.PERFORMANCE);
    }

    @Test
    void everyRequestOfEveryScreenAndOfReadAloudGoesToTheKioskItself() throws Exception {
        List<String> urls = new ArrayList<>();
        onEveryScreenInBothLanguages((screen, language) -> urls.addAll(requests()));
        open(Screen.HOME);
        click(".sala-read-aloud");
        wait.until(d -> readAloudPlaying());
        // A request of the page's own making, to show the recording sees what scripts fetch.
        js("fetch('sala-recorder-probe').catch(() => {});");
        wait.until(d -> urls.addAll(requests()) && urls.stream().anyMatch(u -> u.endsWith("/sala-recorder-probe")));

        String http = url("");
        String ws = http.replace("http://", "ws://");
        List<String> outside = urls.stream()
                .filter(u -> !u.startsWith(http) && !u.startsWith(ws) && !u.startsWith("data:") && !u.startsWith("blob:"))
                .distinct().toList();
        long own = urls.stream().filter(u -> u.startsWith(http) || u.startsWith(ws)).count();
        System.out.printf("Requests seen: %d (%d to the kiosk, %d data:/blob:), %d elsewhere%n",
                urls.size(), own, urls.size() - own - outside.size(), outside.size());

        assertThat(urls).as("the recording caught Vaadin's files, read-aloud and the probe")
                .anyMatch(u -> u.startsWith(http + "VAADIN/"))
                .anyMatch(u -> u.startsWith(http + "api/v1/speech?"))
                .anyMatch(u -> u.startsWith(http + "pictograms/"));
        assertThat(outside).as("requests to anywhere but the kiosk").isEmpty();
    }

    @Test
    void theRecordingSeesAPictureFromOutsideEvenThoughThePolicyRefusesIt() {
        open(Screen.HOME);
        requests();

        js("new Image().src = 'http://192.0.2.1/tracker.png';");

        List<String> urls = new ArrayList<>();
        wait.until(d -> urls.addAll(requests()) && urls.contains("http://192.0.2.1/tracker.png"));
    }

    /** The URLs of requests and WebSockets logged since the last call. */
    private List<String> requests() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                String method = message.path("method").asText();
                if (method.equals("Network.requestWillBeSent")) {
                    urls.add(message.at("/params/request/url").asText());
                } else if (method.equals("Network.webSocketCreated")) {
                    urls.add(message.at("/params/url").asText());
                }
            } catch (Exception e) {
                throw new IllegalStateException("unreadable performance log entry: " + entry.getMessage(), e);
            }
        }
        return urls;
    }
}
