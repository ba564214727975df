package app.sala.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.speech.SpeechAvailability;
import app.sala.speech.SpeechService;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpointGroup;
import org.springframework.boot.actuate.health.HealthEndpointGroups;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator tells staff whether the kiosk's content and speech work, and nothing else: no
 * settings, no beans, no memory dump, no thread or log control.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ActuatorExposureTest {

    @LocalServerPort
    int port;

    @Autowired
    SpeechService speech;

    @Autowired
    HealthEndpointGroups healthGroups;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "/actuator/{0}")
    @ValueSource(strings = {"env", "env/PATH", "beans", "heapdump", "configprops", "threaddump", "loggers",
            "loggers/ROOT", "mappings", "metrics", "conditions", "scheduledtasks", "caches", "info", "shutdown",
            "sessions", "startup", "sbom", "prometheus", "logfile", "httpexchanges", "auditevents", "jolokia"})
    void sensitiveEndpointsAreNotThere(String endpoint) throws Exception {
        Http.Answer get = http.get("/actuator/" + endpoint);
        Http.Answer post = http.post("/actuator/" + endpoint, "application/json", "{\"configuredLevel\":\"TRACE\"}".getBytes());

        assertThat(get.status()).as(get.toString()).isEqualTo(404);
        assertThat(post.status()).as(post.toString()).isEqualTo(404);
        assertThat(get.contentType()).as("the API's JSON error, not a kiosk page").startsWith("application/json");
        assertThat(get.json().get("message").asText()).isNotBlank();
    }

    @Test
    void theActuatorListsOnlyHealthAndUsage() throws Exception {
        JsonNode links = http.get("/actuator").json().get("_links");

        List<String> names = new ArrayList<>();
        links.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("self", "health", "health-path", "usage");
    }

    @Test
    void healthShowsTheContentAndTheSpeechOfEachLanguage() throws Exception {
        Http.Answer answer = http.get("/actuator/health");
        JsonNode health = answer.json();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode content = health.at("/components/content");
        assertThat(content.get("status").asText()).isEqualTo("UP");
        assertThat(content.at("/details/languages/en").asText()).isEqualTo("English");
        assertThat(content.at("/details/languages/es").asText()).isEqualTo("Español");
        assertThat(content.at("/details/defaultLanguage").asText()).isEqualTo("en");

        JsonNode synthesis = health.at("/components/speechSynthesis");
        assertThat(synthesis.at("/details/en/available").asBoolean()).isTrue();
        assertThat(synthesis.at("/details/en/engine").asText()).isEqualTo("freetts");
        assertThat(synthesis.at("/details/en/voice").asText()).isEqualTo("kevin16");
        for (SpeechAvailability language : speech.availability()) {
            JsonNode detail = synthesis.at("/details/" + language.language());
            assertThat(detail.get("available").asBoolean()).as(detail.toString()).isEqualTo(language.available());
            if (language.available()) {
                assertThat(detail.get("engine").asText()).isEqualTo(language.engine());
            } else {
                assertThat(detail.get("reason").asText()).as("why " + language.language() + " is silent").isNotBlank();
            }
        }
        boolean allSpeak = speech.availability().stream().allMatch(SpeechAvailability::available);
        assertThat(synthesis.get("status").asText()).isEqualTo(allSpeak ? "UP" : "DEGRADED");
    }

    @Test
    void aDegradedComponentMakesTheKioskDegradedNotDownAndStillAnswers200() {
        HealthEndpointGroup health = healthGroups.getPrimary();
        Status degraded = new Status("DEGRADED");

        assertThat(health.getStatusAggregator().getAggregateStatus(Status.UP, degraded, Status.UP)).isEqualTo(degraded);
        assertThat(health.getStatusAggregator().getAggregateStatus(degraded, Status.DOWN)).isEqualTo(Status.DOWN);
        assertThat(health.getHttpCodeStatusMapper().getStatusCode(degraded)).isEqualTo(200);
        assertThat(health.getHttpCodeStatusMapper().getStatusCode(Status.DOWN)).isEqualTo(503);
    }
}
