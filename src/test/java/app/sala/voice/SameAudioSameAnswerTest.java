package app.sala.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.recognition.SpeechAudio;
import app.sala.recognition.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One decision: the same audio gets the same answer whichever way it reaches Sala, streamed
 * over the microphone socket as the page streams it (100 ms frames, then "end" unless Sala
 * heard the end itself; with a ticket as the page, or with ?lang and ?exercise as an
 * integration) or uploaded whole to {@code POST /api/v1/transcribe}. Clean and noisy clips,
 * and a question about the exercise on screen. A difference here is the transport's, never
 * the decision's: both paths end in {@link VoiceService#answer}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "sala.voice.streams-per-minute=1000"})
class SameAudioSameAnswerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;
    @Autowired
    private ListeningTickets tickets;

    /** A clip, and the exercise on screen when it is said (null: none). */
    private record Case(String label, float[] audio, String exercise) {
    }

    private static List<Case> cases() {
        float[] white = TestAudio.whiteNoise(TestAudio.RATE * 8, 3);
        float[] babble = TestAudio.babble(TestAudio.RATE * 8, VoicePhrases.CHATTER, 4);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("show me the bridge / FreeTTS / clean", speech("show me the bridge", TestAudio.Voice.FREETTS), null));
        cases.add(new Case("i have chest pain / FreeTTS / white 10 dB",
                TestAudio.mix(speech("i have chest pain", TestAudio.Voice.FREETTS), white, 10), null));
        cases.add(new Case("next step / espeak-ng / babble 10 dB",
                TestAudio.mix(speech("next step", TestAudio.Voice.ESPEAK_EN), babble, 10), null));
        cases.add(new Case("i twisted my ankle where should i go / espeak-ng / babble 10 dB",
                TestAudio.mix(speech("i twisted my ankle where should i go", TestAudio.Voice.ESPEAK_EN), babble, 10), null));
        cases.add(new Case("help / FreeTTS / white 10 dB", TestAudio.mix(speech("help", TestAudio.Voice.FREETTS), white, 10), null));
        cases.add(new Case("how many times should i do it / FreeTTS / on the bridge",
                speech("how many times should i do it", TestAudio.Voice.FREETTS), "bridge"));
        if (TestAudio.fliteAvailable()) {
            float[] flite = TestAudio.pad(TestAudio.speak("my daughter had a seizure", TestAudio.Voice.FLITE_AWB), 1.5, 2.5);
            cases.add(new Case("my daughter had a seizure / flite awb / clean", flite, null));
            cases.add(new Case("my daughter had a seizure / flite awb / flite babble 10 dB",
                    TestAudio.mix(flite, VoicePhrases.lobbyBabble(flite.length, 18), 10), null));
        }
        return cases;
    }

    private static float[] speech(String text, TestAudio.Voice voice) {
        return TestAudio.pad(TestAudio.speak(text, voice), 0.5, 1.0);
    }

    @Test
    void theSameAudioGetsTheSameAnswerStreamedAndUploaded() throws Exception {
        List<String> differences = new ArrayList<>();
        for (Case c : cases()) {
            byte[] pcm = TestAudio.pcm(c.audio());
            JsonNode uploaded = upload(TestAudio.wav(c.audio()), c.exercise());
            String visitor = visitorSession();
            String ticket = tickets.issue("en", visitor, c.exercise()).token();
            JsonNode withTicket = stream(pcm, "?ticket=" + ticket, visitor);
            System.out.printf("%-60s upload %s | stream %s%n", c.label(), brief(uploaded), brief(withTicket));
            compare(c.label() + ", stream with a ticket", uploaded, withTicket, differences);
            if (c.exercise() != null) {
                // An integration names the exercise itself.
                compare(c.label() + ", stream with ?lang&exercise", uploaded,
                        stream(pcm, "?lang=en&exercise=" + c.exercise(), null), differences);
            }
        }
        assertThat(differences).as("answers that differ between the upload and the stream").isEmpty();
    }

    /**
     * The same decision, and when Sala acts the same words shown. When it does not act, "heard"
     * is all the recognizer made of the room too, and Vosk makes a word or two of babble
     * differently from one decode to the next in the same process, whichever path fed it.
     */
    private static void compare(String what, JsonNode uploaded, JsonNode streamed, List<String> differences) {
        boolean acted = !"unknown".equals(uploaded.path("intent").asText());
        for (String field : acted ? List.of("intent", "slots", "route", "heard") : List.of("intent", "slots", "route")) {
            if (!uploaded.path(field).equals(streamed.path(field))) {
                differences.add(what + ": " + field + " " + uploaded.path(field) + " uploaded, " + streamed.path(field) + " streamed");
            }
        }
    }

    private static String brief(JsonNode reply) {
        return reply.path("intent").asText() + reply.path("slots") + " \"" + reply.path("heard").asText() + "\"";
    }

    private JsonNode upload(byte[] wav, String exercise) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + TranscribeController.PATH + "?lang=en" + (exercise == null ? "" : "&exercise=" + exercise)))
                .timeout(WAIT).POST(HttpRequest.BodyPublishers.ofByteArray(wav)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** As the page streams: 100 ms frames, then {"type":"end"} unless Sala has already answered. */
    private JsonNode stream(byte[] pcm, String query, String httpSession) throws Exception {
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    try {
                        JsonNode message = JSON.readTree(text.toString());
                        String type = message.path("type").asText();
                        if ("final".equals(type)) {
                            answer.complete(message);
                        } else if ("error".equals(type)) {
                            answer.completeExceptionally(new IllegalStateException(message.toString()));
                        }
                    } catch (IOException e) {
                        answer.completeExceptionally(e);
                    }
                    text.setLength(0);
                }
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                answer.completeExceptionally(new IllegalStateException("closed " + status + " " + reason));
                return null;
            }
        };
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (httpSession != null) {
            builder.header("Cookie", "JSESSIONID=" + httpSession);
        }
        WebSocket socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + ListenSocket.PATH + query), listener)
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        try {
            for (int offset = 0; offset < pcm.length && !answer.isDone(); offset += SpeechAudio.CHUNK_BYTES) {
                socket.sendBinary(ByteBuffer.wrap(pcm, offset, Math.min(SpeechAudio.CHUNK_BYTES, pcm.length - offset)), true)
                        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            if (!answer.isDone()) {
                try {
                    socket.sendText("{\"type\":\"end\"}", true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    // Sala answered and closed meanwhile: the final is on its way.
                }
            }
            return answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            socket.abort();
        }
    }

    /** A visitor as the kiosk page has one: the HTTP session of a page visit, by its cookie's value. */
    private String visitorSession() throws Exception {
        HttpResponse<Void> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.discarding());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }
}
