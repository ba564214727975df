package app.sala.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/v1/ask} over real HTTP: what an integration gets for a question, and what
 * a careless or hostile caller gets for anything else. Never a 500: a 4xx whose JSON body
 * says what to fix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class AskApiTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private record Answer(int status, JsonNode body) {
    }

    private Answer post(String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + AskController.PATH))
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    private Answer post(String json) throws Exception {
        return post("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private Answer ask(Map<String, ?> body) throws Exception {
        return post(JSON.writeValueAsString(body));
    }

    private static void assertError(Answer answer, int status, String... words) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().get("error").asText()).isNotBlank();
        if (words.length > 0) {
            assertThat(answer.body().get("message").asText()).contains(words);
        }
    }

    @Test
    void aQuestionGetsItsIntentSlotsAnswerAndScreen() throws Exception {
        Answer answer = ask(Map.of("lang", "en", "text", "how often should I do the bridge"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("intent").asText()).isEqualTo("exercise_fact");
        assertThat(answer.body().get("slots")).isEqualTo(JSON.readTree("{\"exercise\":\"bridge\",\"fact\":\"how_often\"}"));
        assertThat(answer.body().get("answer").asText()).contains("Bridge", "Two or three times a week.");
        assertThat(answer.body().get("route").asText()).isEqualTo("exercises/bridge");
        assertThat(answer.body().get("source").asText()).isEqualTo("template");
        assertThat(answer.body().has("examples")).isFalse();
    }

    @Test
    void theExerciseOnScreenAnswersAQuestionWithoutOne() throws Exception {
        Answer answer = ask(Map.of("lang", "es", "text", "¿cuántas veces lo hago?", "exercise", "cat-cow"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("slots")).isEqualTo(JSON.readTree("{\"exercise\":\"cat-cow\",\"fact\":\"how_many\"}"));
        assertThat(answer.body().get("answer").asText()).contains("10 ciclos completos");
    }

    @Test
    void anEmergencyOpensTheEmergencyScreen() throws Exception {
        Answer answer = ask(Map.of("lang", "en", "text", "um my dad says his chest really hurts, should we go to urgent care?"));

        assertThat(answer.body().get("intent").asText()).isEqualTo("where_to_go");
        assertThat(answer.body().get("slots").get("setting").asText()).isEqualTo("emergency");
        assertThat(answer.body().get("route").asText()).isEqualTo("emergency/stroke-heart-attack");
        assertThat(answer.body().get("source").asText()).isEqualTo("emergency");
    }

    @Test
    void somethingNotUnderstoodSaysSoAndOffersExamples() throws Exception {
        Answer answer = ask(Map.of("lang", "en", "text", "tell me a joke"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("intent").asText()).isEqualTo("unknown");
        assertThat(answer.body().get("slots").isEmpty()).isTrue();
        assertThat(answer.body().get("answer").asText()).startsWith("Sorry, I didn't catch that.");
        assertThat(answer.body().get("route").isNull()).isTrue();
        assertThat(answer.body().get("examples")).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void goingHomeIsTheEmptyRoute() throws Exception {
        Answer answer = ask(Map.of("lang", "en", "text", "go home"));

        assertThat(answer.body().get("route").asText()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{", "{\"lang\":\"en\",\"text\":", "not json", "{'lang':'en'}", "{\"lang\":\"en\",}",
            "\"text\"", "[]", "[{\"lang\":\"en\",\"text\":\"help\"}]", "42", "null", "true"})
    void bodiesThatAreNotAJsonObjectAre400(String body) throws Exception {
        assertError(post(body), 400, "body");
    }

    @Test
    void anEmptyBodyIs400() throws Exception {
        assertError(post("application/json", new byte[0]), 400, "body is empty");
    }

    @Test
    void missingWrongOrUnknownLanguageIs400() throws Exception {
        assertError(post("{\"text\":\"help\"}"), 400, "lang is missing", "en", "es");
        assertError(post("{\"lang\":null,\"text\":\"help\"}"), 400, "lang is missing");
        assertError(post("{\"lang\":5,\"text\":\"help\"}"), 400, "lang must be a string");
        assertError(post("{\"lang\":[\"en\"],\"text\":\"help\"}"), 400, "lang must be a string");
        assertError(post("{\"lang\":\"fr\",\"text\":\"aide\"}"), 400, "unknown language 'fr'");
        assertError(post("{\"lang\":\"EN\",\"text\":\"help\"}"), 400, "unknown language 'EN'");
        assertError(post("{\"lang\":\"\",\"text\":\"help\"}"), 400, "unknown language ''");
    }

    @Test
    void missingWrongOrEmptyTextIs400() throws Exception {
        assertError(post("{\"lang\":\"en\"}"), 400, "text is missing");
        assertError(post("{\"lang\":\"en\",\"text\":null}"), 400, "text is missing");
        assertError(post("{\"lang\":\"en\",\"text\":42}"), 400, "text must be a string");
        assertError(post("{\"lang\":\"en\",\"text\":[\"help\"]}"), 400, "text must be a string");
        assertError(post("{\"lang\":\"en\",\"text\":{\"a\":{\"b\":[[[{\"c\":null}]]]}}}"), 400, "text must be a string");
    }

    @ParameterizedTest(name = "text={0}")
    @ValueSource(strings = {"", " ", "\t\n  ", "\u0000", "\u0000\u0007\u001B\u007F", "\u200B\uFEFF", "\u00A0\u202F",
            "\u202E\u202D"})
    void textThatIsEmptyOnceCleanedIs400(String text) throws Exception {
        assertError(ask(Map.of("lang", "en", "text", text)), 400, "text is empty");
    }

    @Test
    void aLoneSurrogateIsNotText() throws Exception {
        assertError(post("{\"lang\":\"en\",\"text\":\"\\ud800\"}"), 400, "text is empty");
    }

    @Test
    void textOverFiveHundredCharactersIs400WithTheLimit() throws Exception {
        assertError(ask(Map.of("lang", "en", "text", "help ".repeat(101))), 400, "505 characters", "500");
        assertThat(ask(Map.of("lang", "en", "text", "x".repeat(500))).status()).isEqualTo(200);
    }

    @Test
    void aBodyOverEightKilobytesIs413() throws Exception {
        String big = "{\"lang\":\"en\",\"text\":\"" + "a".repeat(10_000) + "\"}";
        assertError(post(big), 413, "the most this endpoint takes is 8192 bytes");
        String justUnder = "{\"lang\":\"en\",\"text\":\"" + "a".repeat(8_150) + "\"}";
        assertError(post(justUnder), 400, "text is 8150 characters; the most is 500");
    }

    @Test
    void deeplyNestedJunkIs400() throws Exception {
        String nested = "[".repeat(3000) + "]".repeat(3000);
        assertError(post("{\"lang\":\"en\",\"text\":\"help\",\"x\":" + nested.substring(0, 2000) + "}"), 400, "not valid JSON");
        assertError(post("{\"lang\":\"en\",\"text\":\"help\",\"extra\":1}"), 400, "unknown field 'extra'");
    }

    @Test
    void wrongExerciseContextIs400() throws Exception {
        assertError(post("{\"lang\":\"en\",\"text\":\"how often\",\"exercise\":5}"), 400, "exercise must be a string");
        assertError(post("{\"lang\":\"en\",\"text\":\"how often\",\"exercise\":\"plank\"}"), 400, "unknown exercise 'plank'",
                "bridge");
        assertThat(post("{\"lang\":\"en\",\"text\":\"how often\",\"exercise\":null}").status()).isEqualTo(200);
    }

    @Test
    void notJsonContentTypesAre415() throws Exception {
        byte[] body = "{\"lang\":\"en\",\"text\":\"help\"}".getBytes(StandardCharsets.UTF_8);
        assertError(post("text/plain", body), 415, "text/plain", "application/json");
        assertError(post("application/x-www-form-urlencoded", "lang=en&text=help".getBytes(StandardCharsets.UTF_8)), 415,
                "application/json");
        assertError(post(null, body), 415, "Content-Type is missing");
        assertError(post("application/xml", "<ask/>".getBytes(StandardCharsets.UTF_8)), 415, "application/json");
        assertError(post("not a type", body), 415, "'not a type' is not supported");
        assertThat(post("application/json; charset=utf-8", body).status()).isEqualTo(200);
    }

    @Test
    void invalidUtf8Is400() throws Exception {
        byte[] body = {'{', '"', 'l', 'a', 'n', 'g', '"', ':', '"', 'e', 'n', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"',
                (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertError(post("application/json", body), 400, "not valid JSON");
    }

    @Test
    void otherMethodsAre405() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + AskController.PATH)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(response.body()).get("message").asText()).contains("POST");
    }

    @Test
    void unicodeOddTextIsAnsweredNotBroken() throws Exception {
        for (String text : List.of("🙂 show me the bridge 🙂", "show\u0000 me the\u0007 bridge", "S\u0301how me the bri\u0301dge",
                "\u202Eshow me the bridge", "ｓｈｏｗ ｍｅ ｔｈｅ ｂｒｉｄｇｅ", "SHOW ME THE BRIDGE", "show-me-the-bridge!!!")) {
            Answer answer = ask(Map.of("lang", "en", "text", text));
            assertThat(answer.status()).as(text).isEqualTo(200);
            assertThat(answer.body().get("intent").asText()).as(text).isEqualTo("open_exercise");
        }
        for (String text : List.of("\uD83D\uDE00\uD83D\uDE00", "你好世界", "مرحبا", "𝔥𝔢𝔩𝔭", "<script>alert(1)</script>",
                "'; DROP TABLE visitors; --", "%00%0a", "${jndi:ldap://x}")) {
            Answer answer = ask(Map.of("lang", "es", "text", text));
            assertThat(answer.status()).as(text).isEqualTo(200);
            assertThat(answer.body().get("answer").asText()).doesNotContain("<script>", "jndi");
        }
    }

    @Test
    void everyErrorIsJsonEvenForAHostileMix() throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("lang").addObject().put("$ne", 1);
        body.putObject("text").put("__proto__", "x");
        Answer answer = post(JSON.writeValueAsString(body));
        assertThat(answer.status()).isBetween(400, 499);
    }
}
