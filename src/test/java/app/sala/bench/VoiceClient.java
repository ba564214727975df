package app.sala.bench;

import app.sala.recognition.SpeechAudio;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Talks to Sala as the kiosk page does: 100 ms binary frames over {@code /api/v1/listen} in real
 * time (a frame every 100 ms, as a microphone produces them), or a whole WAV to
 * {@code /api/v1/transcribe}.
 */
final class VoiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SalaServer server;

    VoiceClient(SalaServer server) {
        this.server = server;
    }

    /**
     * What one real-time stream gave: the final message, and the times (System.nanoTime) of the
     * last frame sent before it arrived, of its arrival, and of the first frame.
     */
    record Streamed(JsonNode reply, long firstFrameNanos, long lastFrameNanos, long finalNanos, boolean endedByServer) {
        double lastFrameToFinalMillis() {
            return (finalNanos - lastFrameNanos) / 1e6;
        }
    }

    Streamed stream(byte[] pcm) throws Exception {
        return stream(pcm, 1.0);
    }

    /** Streams {@code speed} times faster than real time (the soak run's many utterances). */
    Streamed stream(byte[] pcm, double speed) throws Exception {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        long[] finalAt = {0};
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    long now = System.nanoTime();
                    try {
                        JsonNode message = JSON.readTree(text.toString());
                        String type = message.path("type").asText();
                        if ("ready".equals(type)) {
                            ready.complete(null);
                        } else if ("final".equals(type)) {
                            finalAt[0] = now;
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
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(server.socket("api/v1/listen?lang=en"), listener).get(10, TimeUnit.SECONDS);
        try {
            ready.get(10, TimeUnit.SECONDS);
            long first = System.nanoTime();
            java.util.List<Long> sent = new java.util.ArrayList<>();
            boolean endedByServer = false;
            for (int offset = 0, frame = 0; offset < pcm.length; offset += SpeechAudio.CHUNK_BYTES, frame++) {
                long due = first + (long) (frame * TimeUnit.MILLISECONDS.toNanos(SpeechAudio.CHUNK_MILLIS) / speed);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (answer.isDone()) {
                    endedByServer = true;
                    break;
                }
                int length = Math.min(SpeechAudio.CHUNK_BYTES, pcm.length - offset);
                socket.sendBinary(ByteBuffer.wrap(pcm, offset, length), true).get(5, TimeUnit.SECONDS);
                sent.add(System.nanoTime());
            }
            if (!answer.isDone()) {
                socket.sendText("{\"type\":\"end\"}", true).get(5, TimeUnit.SECONDS);
                sent.add(System.nanoTime());
            } else {
                endedByServer = true;
            }
            JsonNode reply = answer.get(20, TimeUnit.SECONDS);
            // A frame may leave while the answer is on its way; the one that mattered was sent before it.
            long lastSent = sent.stream().filter(t -> t <= finalAt[0]).max(Long::compare).orElse(first);
            return new Streamed(reply, first, lastSent, finalAt[0], endedByServer);
        } finally {
            socket.abort();
        }
    }

    JsonNode transcribe(byte[] wav) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("api/v1/transcribe?lang=en"))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(wav)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("transcribe: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
