package app.sala.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every kind of response the kiosk server gives carries the security headers: Vaadin's page,
 * its JSON and static files, our scripts and pictures, the API's audio and errors, the
 * actuator, error pages. And the policy names no origin but the kiosk's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class SecurityHeadersTest extends RunningServerTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern MODULE_SCRIPT = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");

    @Test
    void everyKindOfResponseCarriesTheHeaders() throws Exception {
        String page = http.get("/").text();
        Matcher module = MODULE_SCRIPT.matcher(page);
        assertThat(module.find()).as("the bootstrap page loads Vaadin's bundle: " + page).isTrue();

        List<Http.Answer> answers = new ArrayList<>();
        for (String path : List.of("/", "/exercises/bridge", "/no-such-screen", "/?v-r=init&location=care",
                "/" + module.group(1), "/VAADIN/build/no-such-file.js", "/VAADIN/themes/sala/styles.css",
                "/js/sala-reader.js", "/pictograms/bridge.svg", "/favicon.ico",
                "/api/v1/speech?lang=en&text=Hello", "/api/v1/speech?lang=xx&text=Hello", "/api/v1/no-such-endpoint",
                "/actuator/health", "/actuator/env", "/error")) {
            answers.add(http.get(path));
        }
        answers.add(http.post("/api/v1/speech", "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
        answers.add(http.post("/api/v1/ask", "application/json", new byte[20_000]));
        answers.add(http.post("/?v-r=uidl&v-uiId=0", "application/json", "{\"csrfToken\":\"wrong\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(answers).extracting(Http.Answer::status).as("a mix of answers, not all alike")
                .contains(200, 400, 404, 405, 413);
        for (Http.Answer answer : answers) {
            SecurityHeaders.ALL.forEach((name, value) ->
                    assertThat(answer.header(name)).as(name + " on " + answer).isEqualTo(value));
        }
    }

    @Test
    void thePolicyAllowsNoOriginButTheKiosksOwn() {
        for (String directive : SecurityHeaders.CONTENT_SECURITY_POLICY.split(";")) {
            List<String> words = Arrays.asList(directive.trim().split("\\s+"));
            for (String source : words.subList(1, words.size())) {
                assertThat(source).as("in " + directive)
                        .matches("'self'|'none'|'unsafe-eval'|'unsafe-inline'|data:|blob:|'sha256-[A-Za-z0-9+/=]+'");
            }
        }
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
    }

    @Test
    void eachInlineScriptOfVaadinsPageIsAllowedByItsHash() throws Exception {
        for (String path : List.of("/", "/exercises/bridge?step=2", "/care/where-to-go", "/emergency")) {
            String page = http.get(path).text();
            Matcher script = INLINE_SCRIPT.matcher(page);
            int count = 0;
            while (script.find()) {
                count++;
                String hash = "'sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                        .digest(script.group(1).getBytes(StandardCharsets.UTF_8))) + "'";
                assertThat(SecurityHeaders.VAADIN_BOOTSTRAP_SCRIPTS)
                        .as("Vaadin's page at %s has an inline script the policy does not allow; add its hash %s to "
                                + "SecurityHeaders if the script is Vaadin's own:%n%s", path, hash, script.group(1))
                        .contains(hash);
            }
            assertThat(count).as("inline scripts on " + path).isEqualTo(4);
        }
    }

    @Test
    void thePermissionsPolicyGivesTheMicrophoneToThePageAndNothingElseToAnyone() {
        Map<String, String> features = new java.util.LinkedHashMap<>();
        for (String entry : SecurityHeaders.PERMISSIONS_POLICY.split(",")) {
            String[] parts = entry.trim().split("=", 2);
            features.put(parts[0], parts[1]);
        }

        assertThat(features).containsEntry("microphone", "(self)").containsEntry("camera", "()")
                .containsEntry("geolocation", "()");
        assertThat(features).allSatisfy((feature, allow) ->
                assertThat(allow).as(feature).isEqualTo(feature.equals("microphone") ? "(self)" : "()"));
    }
}
