package app.sala.voice;

import app.sala.api.TokenBucket;
import app.sala.recognition.ListeningSession;
import app.sala.recognition.RecognitionException;
import app.sala.recognition.RecognitionProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The microphone stream, {@code /api/v1/listen?lang=en[&ticket=...]}: binary messages of 16 kHz
 * mono 16-bit little-endian audio in, JSON out: {@code {"type":"partial","text"}} while the
 * visitor speaks, then one {@code {"type":"final", heard, confidence, intent, slots, answer,
 * route, examples}} and a normal close. A text message {@code {"type":"end"}} ends the
 * utterance (the second tap). One stream per visitor session, a few per minute, each bounded
 * in time; a misbehaving client gets a close with the reason, never a crash.
 */
@Component
public class ListenSocket extends AbstractWebSocketHandler {

    public static final String PATH = "/api/v1/listen";
    static final int MAX_MESSAGE_BYTES = 8 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ListenSocket.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATE = "sala.listening";
    private static final CloseStatus REFUSED = CloseStatus.POLICY_VIOLATION;

    /** What one open stream holds: the recognizers, its ticket, the time limit. */
    private static final class Stream {
        final ListeningSession listening;
        final ListeningTickets.Ticket ticket;
        final String language;
        final String exerciseId;
        final String visitor;
        ScheduledFuture<?> deadline;
        boolean finished;

        Stream(ListeningSession listening, ListeningTickets.Ticket ticket, String language, String exerciseId,
               String visitor) {
            this.listening = listening;
            this.ticket = ticket;
            this.language = language;
            this.exerciseId = exerciseId;
            this.visitor = visitor;
        }
    }

    private final VoiceService voice;
    private final ListeningTickets tickets;
    private final Duration timeLimit;
    private final Map<String, WebSocketSession> openByVisitor = new ConcurrentHashMap<>();
    private final TokenBucket.PerKey opensByVisitor;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sala-listen-timer");
        thread.setDaemon(true);
        return thread;
    });

    public ListenSocket(VoiceService voice, ListeningTickets tickets, RecognitionProperties properties) {
        this.voice = voice;
        this.tickets = tickets;
        // The browser closes the microphone at the listen timeout; the server holds it to the
        // utterance limit in case a client does not.
        this.timeLimit = properties.maxUtterance().plusSeconds(1);
        // That many streams at once, then as many more each minute.
        int perMinute = properties.streamsPerMinute();
        this.opensByVisitor = new TokenBucket.PerKey(perMinute, perMinute / 60.0, System::nanoTime);
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        session.setBinaryMessageSizeLimit(MAX_MESSAGE_BYTES);
        session.setTextMessageSizeLimit(1024);
        Map<String, String> query = query(session.getUri());
        String visitor = visitor(session);
        if (opensByVisitor.tryTake(visitor).refused()) {
            refuse(session, "too many microphone streams; wait a minute");
            return;
        }
        ListeningTickets.Ticket ticket = null;
        String language = query.get("lang");
        String exerciseId = query.get("exercise");
        if (query.containsKey("ticket")) {
            ticket = tickets.claim(query.get("ticket"), visitor).orElse(null);
            if (ticket == null) {
                refuse(session, "unknown or used ticket");
                return;
            }
            language = ticket.language();
            exerciseId = ticket.exerciseId();
        }
        if (language == null || !voice.listens(language)) {
            refuse(session, new VoiceUnavailableException(language).getMessage());
            return;
        }
        ListeningSession listening;
        try {
            listening = voice.open(language);
        } catch (RuntimeException e) {
            log.warn("Cannot open a listening session: {}", e.getMessage());
            session.close(CloseStatus.SERVER_ERROR.withReason("speech recognition is unavailable"));
            return;
        }
        Stream stream = new Stream(listening, ticket, language, exerciseId, visitor);
        session.getAttributes().put(STATE, stream);
        WebSocketSession previous = openByVisitor.put(visitor, session);
        if (previous != null && previous.isOpen()) {
            // A new tap replaces a stream the page lost track of; still one per visitor.
            previous.close(REFUSED.withReason("replaced by a newer stream"));
        }
        stream.deadline = timer.schedule(() -> finishQuietly(session), timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        send(session, JSON.createObjectNode().put("type", "ready"));
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) throws IOException {
        Stream stream = stream(session);
        if (stream == null) {
            return;
        }
        synchronized (stream) {
            if (stream.finished) {
                return;
            }
            byte[] audio = new byte[message.getPayloadLength()];
            message.getPayload().get(audio);
            ListeningSession.Progress progress;
            try {
                progress = stream.listening.accept(audio, 0, audio.length);
            } catch (RecognitionException | IllegalArgumentException | IllegalStateException e) {
                log.warn("Listening failed: {}", e.getMessage());
                close(session, stream, CloseStatus.SERVER_ERROR.withReason("speech recognition failed"));
                return;
            }
            if (progress.partial() != null) {
                send(session, JSON.createObjectNode().put("type", "partial")
                        .put("text", voice.shownWhileSpeaking(stream.language, progress.partial())));
            }
            if (progress.ended()) {
                finish(session, stream);
            }
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        Stream stream = stream(session);
        if (stream == null) {
            return;
        }
        String type;
        try {
            type = JSON.readTree(message.getPayload()).path("type").asText("");
        } catch (IOException e) {
            type = "";
        }
        synchronized (stream) {
            if ("end".equals(type)) {
                finish(session, stream);
            } else {
                close(session, stream, CloseStatus.NOT_ACCEPTABLE.withReason("expected {\"type\":\"end\"} or audio"));
            }
        }
    }

    private void finishQuietly(WebSocketSession session) {
        Stream stream = stream(session);
        if (stream == null) {
            return;
        }
        synchronized (stream) {
            try {
                finish(session, stream);
            } catch (IOException | RuntimeException e) {
                log.debug("Stream ended while finishing: {}", e.getMessage());
            }
        }
    }

    private void finish(WebSocketSession session, Stream stream) throws IOException {
        if (stream.finished) {
            return;
        }
        long start = System.nanoTime();
        VoiceReply reply;
        try {
            reply = voice.answer(stream.language, stream.listening, stream.exerciseId, start);
        } catch (RuntimeException e) {
            log.warn("Could not answer a spoken request: {}", e.getMessage());
            close(session, stream, CloseStatus.SERVER_ERROR.withReason("speech recognition failed"));
            return;
        }
        if (stream.ticket != null) {
            stream.ticket.answer(reply);
        }
        ObjectNode message = JSON.valueToTree(reply);
        message.put("type", "final");
        if (session.isOpen()) {
            send(session, message);
        }
        close(session, stream, CloseStatus.NORMAL);
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("Microphone stream transport error: {}", exception.getMessage());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Stream stream = stream(session);
        if (stream != null) {
            synchronized (stream) {
                release(session, stream);
            }
        }
    }

    private void close(WebSocketSession session, Stream stream, CloseStatus status) throws IOException {
        release(session, stream);
        if (session.isOpen()) {
            session.close(status);
        }
    }

    /** Frees the recognizers (and with them the audio) as soon as the stream is done. */
    private void release(WebSocketSession session, Stream stream) {
        stream.finished = true;
        if (stream.deadline != null) {
            stream.deadline.cancel(false);
        }
        stream.listening.close();
        openByVisitor.remove(stream.visitor, session);
    }

    private static Stream stream(WebSocketSession session) {
        return (Stream) session.getAttributes().get(STATE);
    }

    /** The visitor's HTTP session, or for clients without one (integrations) their address. */
    private static String visitor(WebSocketSession session) {
        Object httpSession = session.getAttributes().get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
        if (httpSession != null) {
            return httpSession.toString();
        }
        return session.getRemoteAddress() == null ? "unknown" : session.getRemoteAddress().getAddress().getHostAddress();
    }

    private static Map<String, String> query(URI uri) {
        if (uri == null) {
            return Map.of();
        }
        Map<String, String> values = new java.util.HashMap<>();
        UriComponentsBuilder.fromUri(uri).build().getQueryParams()
                .forEach((key, list) -> values.put(key, list.isEmpty() || list.get(0) == null ? "" : decode(list.get(0))));
        return values;
    }

    private static String decode(String value) {
        try {
            return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static void refuse(WebSocketSession session, String reason) throws IOException {
        send(session, JSON.createObjectNode().put("type", "error").put("message", reason));
        session.close(REFUSED.withReason(reason.length() > 120 ? reason.substring(0, 120) : reason));
    }

    private static void send(WebSocketSession session, ObjectNode message) throws IOException {
        synchronized (session) {
            session.sendMessage(new TextMessage(JSON.writeValueAsString(message)));
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
