package app.sala.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The rate limit as the kiosk server applies it: to /api/** per client address, with a 429, the
 * API's JSON and a Retry-After; pages and health go on answering. A small bucket that does not
 * refill during the test stands in for a flood.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "sala.api.rate-limit.capacity=5",
        "sala.api.rate-limit.refill-per-second=0.01"})
class ApiRateLimitTest extends RunningServerTest {

    @Test
    void theRequestAfterTheBurstIsA429WithRetryAfterAndTheRestOfTheKioskStillAnswers() throws Exception {
        List<Http.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(http.get("/api/v1/speech?lang=xx&text=" + i));
        }

        assertThat(answers.subList(0, 5)).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(400));
        for (Http.Answer refused : answers.subList(5, 7)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
            assertThat(refused.contentType()).startsWith("application/json");
            assertThat(refused.json().get("status").asInt()).isEqualTo(429);
            assertThat(refused.json().get("message").asText()).contains("too many requests");
            assertThat(Long.parseLong(refused.header("Retry-After"))).as("seconds until one more request at 0.01 a second")
                    .isBetween(90L, 100L);
            SecurityHeaders.ALL.forEach((name, value) -> assertThat(refused.header(name)).as(name).isEqualTo(value));
        }
        assertThat(http.get("/").status()).as("the kiosk page").isEqualTo(200);
        assertThat(http.get("/actuator/health").status()).as("health").isEqualTo(200);
        assertThat(http.get("/pictograms/bridge.svg").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/speech?lang=en&text=Hello").status()).as("the API, still refused").isEqualTo(429);
    }
}
