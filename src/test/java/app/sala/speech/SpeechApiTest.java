package app.sala.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/v1/speech} over real HTTP, fed what a careless or hostile caller might send.
 * Every answer is either a WAV file or a 4xx whose JSON body says what to fix; never a 500,
 * never a command run, never a fetch from the network.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class SpeechApiTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Stands in for "http://x": any fetch of a URL found in the text would show up here. */
    private static HttpServer canary;
    private static final AtomicInteger canaryHits = new AtomicInteger();

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @BeforeAll
    static void startCanary() throws IOException {
        canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canary.createContext("/", exchange -> {
            canaryHits.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        canary.start();
    }

    @AfterAll
    static void stopCanary() {
        canary.stop(0);
    }

    @Test
    void plainTextIsAWavInEachLanguage() throws Exception {
        assertWav(get("lang", "en", "text", "Lie flat on the ground."), 16000);
        Engines.requireEspeak();
        assertWav(get("lang", "es", "text", "Acuéstese en el suelo.", "rate", "slower"), 22050);
        assertWav(get("lang", "en", "text", "Hold for two seconds.", "rate", "FASTER"), 16000);
    }

    @ParameterizedTest(name = "text=\"{0}\"")
    @ValueSource(strings = {"", " ", "   \t\n  ", "\u0000", "\u0000\u0007\u001B\u007F", "\u200B\uFEFF",
            "\u00A0", " \u00A0\u202F\u2007 "})
    void textThatIsEmptyOnceCleanedIsA400(String text) throws Exception {
        assertError(get("lang", "en", "text", text), 400, "text is empty");
    }

    @Test
    void missingTextIsA400() throws Exception {
        assertError(get("lang", "en"), 400, "text is missing");
    }

    @Test
    void tenThousandCharactersIsA400ThatGivesTheLimit() throws Exception {
        String text = "Breathe in. ".repeat(834).substring(0, 10_000);

        assertError(get("lang", "en", "text", text), 400, "10000", "1000");
        assertError(get("lang", "es", "text", text), 400, "10000", "1000");
    }

    @Test
    void controlCharactersInsideTextAreDroppedAndTheRestIsSpoken() throws Exception {
        assertWav(get("lang", "en", "text", "Stop\u0000 if\u0007 it hurts.\u001B"), 16000);
    }

    @Test
    void markupIsSpokenAsTextAndNothingIsFetched() throws Exception {
        String canaryUrl = "http://127.0.0.1:" + canary.getAddress().getPort() + "/clip.wav";
        List<String> texts = List.of(
                "<speak><audio src=\"http://x\"/></speak>",
                "<speak><audio src=\"" + canaryUrl + "\"/>Hello</speak>",
                "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY e SYSTEM \"" + canaryUrl + "\">]><speak>&e;</speak>",
                "<script>alert('sala')</script>");
        for (String text : texts) {
            Answer english = get("lang", "en", "text", text);
            assertWav(english, 16000);
            assertThat(new String(english.body(), StandardCharsets.ISO_8859_1)).as("no markup echoed back")
                    .doesNotContain("<script>");
        }
        Engines.requireEspeak();
        for (String text : texts) {
            assertWav(get("lang", "es", "text", text), 22050);
        }
        assertThat(canaryHits.get()).as("requests that reached the URL inside the text").isZero();
    }

    @Test
    void shellMetacharactersRunNothing() throws Exception {
        Path marker = Path.of("/tmp/sala-pwned-" + UUID.randomUUID());
        Path keep = Files.createDirectories(dir.resolve("keep-me"));
        List<String> texts = List.of(
                "$(touch " + marker + ")",
                "`touch " + marker + "`",
                "Hello; touch " + marker + "; rm -rf " + keep,
                "Hello && touch " + marker + " || rm -rf " + keep,
                "Hello | tee " + marker + " | cat /etc/passwd",
                "Hello > " + marker,
                "-v en --version; touch " + marker,
                "'\"$(touch " + marker + ")\"'");
        for (String language : List.of("en", "es")) {
            if (language.equals("es")) {
                Engines.requireEspeak();
            }
            for (String text : texts) {
                assertWav(get("lang", language, "text", text), language.equals("en") ? 16000 : 22050);
            }
        }
        assertThat(marker).as("marker file a shell would have made").doesNotExist();
        assertThat(keep).as("folder a shell would have removed").isDirectory();
    }

    @ParameterizedTest(name = "lang={0}")
    @ValueSource(strings = {"fr", "xx", "", "EN", "en-US", "../../etc/passwd", "es;rm -rf /", "<b>en</b>"})
    void aLanguageSalaDoesNotShowIsA400ThatListsTheLanguages(String language) throws Exception {
        assertError(get("lang", language, "text", "Hello"), 400, "unknown language", "en, es");
    }

    @Test
    void aMissingLanguageIsA400ThatListsTheLanguages() throws Exception {
        assertError(get("text", "Hello"), 400, "language", "en, es");
    }

    @ParameterizedTest(name = "rate={0}")
    @ValueSource(strings = {"ludicrous", "0", "1.5", "normal;", "slowest", " normal"})
    void anUnknownRateIsA400ThatListsTheRates(String rate) throws Exception {
        assertError(get("lang", "en", "text", "Hello", "rate", rate), 400, "unknown rate", "slower, normal or faster");
    }

    @Test
    void anEmptyRateMeansNormal() throws Exception {
        Answer empty = get("lang", "en", "text", "Breathe out slowly.", "rate", "");
        Answer normal = get("lang", "en", "text", "Breathe out slowly.", "rate", "normal");

        assertWav(empty, 16000);
        assertThat(empty.body()).isEqualTo(normal.body());
    }

    @ParameterizedTest(name = "text=\"{0}\"")
    @ValueSource(strings = {"...", "\u2014", "\uD83D\uDE00"})
    void textWithNothingToSayIsNotAnEmptyWav(String text) throws Exception {
        // A 200 with a WAV of no samples makes the browser's player fail on it ("the sound could
        // not play") and stop the reading there; the caller should hear why instead.
        Answer answer = get("lang", "en", "text", text);

        assertThat(answer.status()).as(answer.toString()).isLessThan(500);
        if (answer.status() == 200) {
            assertWav(answer, 16000);
        } else {
            assertJsonError(answer, answer.status());
        }
    }

    @Test
    void aMalformedQueryStringIsStillA4xxNotA500() throws Exception {
        // Not URL-encoded by us: a stray '%' and broken UTF-8 sequences, as a broken client sends them.
        for (String query : List.of("lang=en&text=100%", "lang=en&text=%E0%A4%A", "lang=en&text=%C3%28",
                "lang=%ZZ&text=Hello", "lang=en&text=a&text=b&rate=normal&rate=slower")) {
            Answer answer = sendRaw(query);
            assertThat(answer.status()).as(answer.toString()).isLessThan(500);
            if (answer.status() == 200) {
                assertThat(answer.contentType()).isEqualTo("audio/wav");
                TestWav.parse(answer.body()).assertValidMono16(16000);
            } else {
                assertJsonError(answer, answer.status());
            }
        }
    }

    // --- asserting the two allowed kinds of answer

    /** One HTTP answer, from whichever client sent the request. */
    record Answer(String request, int status, String contentType, long contentLength, byte[] body) {

        @Override
        public String toString() {
            String text = contentType.startsWith("audio") ? body.length + " bytes of audio"
                    : new String(body, StandardCharsets.UTF_8);
            return request.substring(0, Math.min(200, request.length())) + " -> " + status + " " + contentType + " " + text;
        }
    }

    private static void assertWav(Answer answer, int sampleRate) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("audio/wav");
        TestWav wav = TestWav.parse(answer.body()).assertValidMono16(sampleRate);
        assertThat(wav.seconds()).as("seconds of audio in " + answer).isPositive();
        assertThat(answer.contentLength()).isEqualTo(answer.body().length);
    }

    private static void assertError(Answer answer, int status, String... messageParts) throws IOException {
        JsonNode body = assertJsonError(answer, status);
        assertThat(body.get("message").asText()).as(answer.toString()).contains(messageParts);
    }

    private static JsonNode assertJsonError(Answer answer, int status) throws IOException {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/json");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.has("status") && body.has("error") && body.has("message")).as(answer.toString()).isTrue();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.get("message").asText()).isNotBlank();
        return body;
    }

    private Answer get(String... namesAndValues) throws IOException, InterruptedException {
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(query.toString())))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
        HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(request.uri().toString(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValueAsLong("Content-Length").orElse(-1), response.body());
    }

    /** Sends the query exactly as written, broken escapes included (java.net.URI would refuse them). */
    @SuppressWarnings("deprecation")
    private Answer sendRaw(String query) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url(query)).openConnection();
        connection.setConnectTimeout(5000);
        connection.setReadTimeout(20000);
        try {
            int status = connection.getResponseCode();
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            byte[] body = in == null ? new byte[0] : in.readAllBytes();
            return new Answer(query, status, String.valueOf(connection.getContentType()),
                    connection.getContentLengthLong(), body);
        } finally {
            connection.disconnect();
        }
    }

    private String url(String query) {
        return "http://127.0.0.1:" + port + "/api/v1/speech?" + query;
    }
}
