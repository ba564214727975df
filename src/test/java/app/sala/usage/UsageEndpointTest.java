package app.sala.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Staff read the figures at /actuator/usage (that the actuator shows nothing else: ActuatorExposureTest). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class UsageEndpointTest {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private UsageFigures usage;

    @Test
    void listsTodaysCountsNewestFirst() throws Exception {
        usage.countIntent("where_to_go");
        usage.countView("/care");

        ResponseEntity<String> answer = http.getForEntity("/actuator/usage", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode json = new ObjectMapper().readTree(answer.getBody());
        assertThat(json.path("kept").asText()).isEqualTo("file");
        JsonNode today = json.path("days").path(0);
        assertThat(today.path("date").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(today.path("intents").path("where_to_go").asLong()).isPositive();
        assertThat(today.path("views").path("/care").asLong()).isPositive();
        System.out.println("GET /actuator/usage: " + answer.getBody().length() + " characters");

        JsonNode oneDay = new ObjectMapper().readTree(http.getForObject("/actuator/usage?days=1", String.class));
        assertThat(oneDay.path("days").size()).isEqualTo(1);
        assertThat(oneDay.path("days").path(0).path("date").asText()).isEqualTo(LocalDate.now().toString());
    }
}
