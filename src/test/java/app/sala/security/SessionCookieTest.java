package app.sala.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The kiosk sets one cookie, the visitor's session, which scripts cannot read and other sites
 * cannot send; the API, static files and health set none at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class SessionCookieTest extends RunningServerTest {

    @Test
    void aVisitIsGivenOnlyTheSessionCookieHttpOnlyAndSameSiteStrict() throws Exception {
        Http.Answer page = http.get("/exercises/bridge");

        assertThat(page.cookies()).hasSize(1);
        String cookie = page.cookies().get(0);
        assertThat(cookie).startsWith("JSESSIONID=").contains("; HttpOnly").contains("; SameSite=Strict")
                .contains("; Path=/");
        assertThat(page.text()).as("the session id never goes into a URL").doesNotContainIgnoringCase("jsessionid");

        String session = cookie.substring(0, cookie.indexOf(';'));
        List<String> later = new ArrayList<>();
        Http.Answer init = http.send(http.request("/?v-r=init&location=exercises%2Fbridge").header("Cookie", session).GET().build());
        later.addAll(init.cookies());
        JsonNode uidl = init.json().at("/appConfig/uidl");
        String navigate = "{\"csrfToken\":\"" + uidl.get("Vaadin-Security-Key").asText() + "\",\"rpc\":[{\"type\":\"event\","
                + "\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"exercises/bridge\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        Http.Answer drawn = http.send(http.request("/?v-r=uidl&v-uiId=" + init.json().at("/appConfig/v-uiId").asInt())
                .header("Cookie", session).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(navigate, StandardCharsets.UTF_8)).build());
        later.addAll(drawn.cookies());

        assertThat(drawn.text()).as(drawn.toString()).contains("sala-exercise-view");
        assertThat(later).as("cookies set while the visitor uses the kiosk").isEmpty();
    }

    @Test
    void theApiStaticFilesAndHealthSetNoCookie() throws Exception {
        for (String path : List.of("/api/v1/speech?lang=en&text=Hello", "/api/v1/speech?lang=xx&text=Hello",
                "/api/v1/no-such-endpoint", "/actuator/health", "/actuator/env", "/js/sala-reader.js",
                "/pictograms/bridge.svg", "/VAADIN/themes/sala/styles.css")) {
            Http.Answer answer = http.get(path);
            assertThat(answer.cookies()).as(answer.toString()).isEmpty();
        }
        Http.Answer ask = http.post("/api/v1/ask", "application/json", "{\"text\":\"help\",\"lang\":\"en\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(ask.cookies()).as(ask.toString()).isEmpty();
    }
}
