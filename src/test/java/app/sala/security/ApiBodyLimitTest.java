package app.sala.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.api.ApiProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Request bodies under /api/ larger than their endpoint's limit are refused with a 413 and the
 * API's JSON, whether the caller declares the length or streams the body in chunks; bodies
 * within the limit reach the endpoint byte for byte (two test endpoints echo what they got).
 */
@ApiTestServer
class ApiBodyLimitTest {

    private static final int JSON_LIMIT = 16 * 1024;
    private static final int LARGE_LIMIT = 64 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ApiProperties properties;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theShippedLimitsAre16KilobytesEightForAQuestionAndFourMegabytesForAudio() {
        assertThat(properties.maxBodyBytes("/api/v1/speech")).isEqualTo(16 * 1024);
        assertThat(properties.maxBodyBytes("/api/v1/ask")).isEqualTo(8 * 1024);
        assertThat(properties.maxBodyBytes("/api/v1/transcribe")).isEqualTo(4 * 1024 * 1024);
    }

    @Test
    void aBodyOfExactlyTheLimitArrivesWholeWithALengthOrInChunks() throws Exception {
        byte[] body = random(JSON_LIMIT);

        assertEchoed(http.post("/api/v1/test-echo", "application/octet-stream", body), body);
        assertEchoed(chunked("/api/v1/test-echo", body), body);
    }

    @Test
    void oneByteOverTheLimitIsA413WithALengthOrInChunks() throws Exception {
        byte[] body = random(JSON_LIMIT + 1);

        assertTooLarge(http.post("/api/v1/test-echo", "application/octet-stream", body), JSON_LIMIT);
        assertTooLarge(chunked("/api/v1/test-echo", body), JSON_LIMIT);
    }

    @Test
    void anEndpointWithItsOwnLimitTakesMoreAndNoMore() throws Exception {
        byte[] most = random(LARGE_LIMIT);
        byte[] over = random(LARGE_LIMIT + 1);

        assertEchoed(http.post("/api/v1/test-echo-large", "application/octet-stream", most), most);
        assertEchoed(chunked("/api/v1/test-echo-large", most), most);
        assertTooLarge(http.post("/api/v1/test-echo-large", "application/octet-stream", over), LARGE_LIMIT);
        assertTooLarge(chunked("/api/v1/test-echo-large", over), LARGE_LIMIT);
    }

    @Test
    void aHugeBodyIsRefusedAndTheServerGoesOnAnswering() throws Exception {
        byte[] huge = new byte[32 * 1024 * 1024];

        Http.Answer declared = http.post("/api/v1/test-echo", "application/octet-stream", huge);
        Http.Answer streamed = chunked("/api/v1/test-echo", huge);

        assertTooLarge(declared, JSON_LIMIT);
        assertTooLarge(streamed, JSON_LIMIT);
        byte[] small = random(100);
        assertEchoed(http.post("/api/v1/test-echo", "application/octet-stream", small), small);
    }

    @Test
    void pagesAreNotLimitedByTheApiLimit() throws Exception {
        Http.Answer answer = http.post("/?v-r=uidl&v-uiId=0", "application/json", ("{\"csrfToken\":\"x\",\"pad\":\""
                + "a".repeat(JSON_LIMIT * 2) + "\"}").getBytes());

        assertThat(answer.status()).as(answer.toString()).isNotEqualTo(413);
    }

    private Http.Answer chunked(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(http.request(path).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    private static void assertEchoed(Http.Answer answer, byte[] sent) throws IOException {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("bytes").asInt()).isEqualTo(sent.length);
        assertThat(answer.json().get("sha256").asText()).as("the same bytes").isEqualTo(sha256(sent));
    }

    private static void assertTooLarge(Http.Answer answer, int limit) throws IOException {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(413);
        assertThat(answer.json().get("message").asText()).contains(String.valueOf(limit));
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        return ApiTestServer.EchoController.sha256(bytes);
    }
}
