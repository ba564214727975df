package app.sala.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.recognition.SpeechModel;
import app.sala.recognition.models.SpeechModels;
import app.sala.recognition.TestAudio;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;

/**
 * The microphone stream as a client sees it, against the running server and the real English
 * model: what comes back (ready, partials, one final, an error) and how the socket is closed,
 * for a visitor with a ticket from the voice panel and for clients that misbehave; and
 * afterwards, that the recognizers are closed, the ticket is spent and no thread is left.
 * The utterance limit is shortened to 5 s so that the limits are reached in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "sala.voice.max-utterance=5s"})
class ListenSocketTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** The server's own time limit: the utterance limit and a second. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(6);
    private static final ListeningTicketsTest.MovableClock TICKET_CLOCK = new ListeningTicketsTest.MovableClock();
    private static final StandardWebSocketClient CLIENT = new StandardWebSocketClient();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static byte[] showMeTheBridge;

    /** The tickets the voice panel issues, on a clock the test can move past their 30 s. */
    @TestConfiguration
    static class TicketsOnAMovableClock {

        @Bean
        @Primary
        ListeningTickets movableTickets() {
            return new ListeningTickets(TICKET_CLOCK);
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    private ListeningTickets tickets;
    @Autowired
    private SpeechModels models;

    private Set<Thread> threadsBefore;

    @BeforeAll
    static void visitorSaysShowMeTheBridge() {
        showMeTheBridge = TestAudio.pcm(TestAudio.pad(TestAudio.speak("show me the bridge", TestAudio.Voice.FREETTS),
                0.5, 1.0));
    }

    @BeforeEach
    void noStreamOpen() {
        assertThat(english().openRecognizers()).as("recognizers open before the test").isZero();
        threadsBefore = Thread.getAllStackTraces().keySet();
    }

    @AfterEach
    void nothingLeftBehind() {
        awaitReleased();
        await(() -> streamThreads().isEmpty(), () -> "no thread of a stream still alive: " + streamThreads());
    }

    /**
     * Threads started since the test began that a stream could have left: any running Sala's
     * or Vosk's code, any named for Sala (beyond the socket's one timer, made with the first
     * stream), any plain executor's. Pools that outlive connections are not counted: the
     * server's workers, the test client's I/O, Vaadin's push scheduler, the test's voice.
     */
    private List<String> streamThreads() {
        long timers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("sala-listen-timer")).count();
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> !threadsBefore.contains(entry.getKey()) && entry.getKey().isAlive())
                .filter(entry -> {
                    String name = entry.getKey().getName();
                    boolean salaCode = Arrays.stream(entry.getValue()).anyMatch(frame ->
                            frame.getClassName().startsWith("app.sala.") || frame.getClassName().startsWith("org.vosk."));
                    boolean timer = name.equals("sala-listen-timer") && timers == 1;
                    return !timer && (salaCode || name.startsWith("sala-") || name.startsWith("pool-"));
                })
                .map(entry -> entry.getKey().getName() + " " + Arrays.toString(entry.getValue()))
                .collect(Collectors.toList());
    }

    // ---- a visitor's tap: the ticket and the utterance ----

    @Test
    void showMeTheBridgeIn100MsFramesIsReadyThenPartialsThenOneFinalAndTheTicketYieldsItOnce() throws Exception {
        String visitor = visitorSession();
        String token = tickets.issue("en", visitor, null).token();
        Client client = connect("?ticket=" + token, visitor);

        assertThat(client.next()).isEqualTo(JSON.readTree("{\"type\":\"ready\"}"));
        client.sendAudio(showMeTheBridge(), 3200);
        client.endIfOpen();

        List<JsonNode> messages = client.messagesUntilClosed();
        assertThat(client.closeStatus()).isEqualTo(CloseStatus.NORMAL);
        JsonNode last = messages.get(messages.size() - 1);
        List<JsonNode> partials = messages.subList(0, messages.size() - 1);
        assertThat(partials).as("everything before the final is a partial with its words")
                .allMatch(m -> m.path("type").asText().equals("partial") && m.path("text").isTextual());
        assertThat(partials).as("the words are shown while the visitor speaks")
                .anyMatch(m -> m.path("text").asText().startsWith("show"));
        assertThat(last.path("type").asText()).isEqualTo("final");
        assertThat(last.path("intent").asText()).isEqualTo("open_exercise");
        assertThat(last.path("slots").path("exercise").asText()).isEqualTo("bridge");
        assertThat(last.path("route").asText()).isEqualTo("exercises/bridge");
        assertThat(last.path("heard").asText()).isEqualTo("show me the bridge");
        assertThat(last.path("answer").asText()).isNotBlank();

        VoiceReply reply = tickets.collect(token).orElseThrow();
        ObjectNode onTicket = JSON.valueToTree(reply);
        onTicket.put("type", "final");
        assertThat(onTicket).as("the panel acts on exactly what the page was shown").isEqualTo(last);
        assertThat(tickets.collect(token)).as("collected a second time").isEmpty();
    }

    @Test
    void oddLengthFramesCarryTheOddByteIntoTheNextFrame() throws Exception {
        String visitor = visitorSession();
        String token = tickets.issue("en", visitor, null).token();
        Client client = connect("?ticket=" + token, visitor);
        assertThat(client.next().path("type").asText()).isEqualTo("ready");

        // 3,201 bytes: every other frame starts in the middle of a sample. A dropped byte would
        // shift all later samples by one byte, and the words would be lost in the noise.
        client.sendAudio(showMeTheBridge(), 3201);
        client.endIfOpen();

        JsonNode last = client.finalMessage();
        assertThat(client.closeStatus()).isEqualTo(CloseStatus.NORMAL);
        assertThat(last.path("heard").asText()).isEqualTo("show me the bridge");
        assertThat(last.path("intent").asText()).isEqualTo("open_exercise");
        assertThat(tickets.collect(token).orElseThrow().slots()).containsEntry("exercise", "bridge");
    }

    @Test
    void emptyFramesAreNoAudioAndEndWithNothingHeardIsAnAnswerNotAFailure() throws Exception {
        Client client = connect("?lang=en", visitorSession());
        assertThat(client.next().path("type").asText()).isEqualTo("ready");

        for (int i = 0; i < 20; i++) {
            client.session.sendMessage(new BinaryMessage(new byte[0]));
        }
        client.session.sendMessage(new TextMessage("{\"type\":\"end\"}"));

        List<JsonNode> messages = client.messagesUntilClosed();
        assertThat(client.closeStatus()).isEqualTo(CloseStatus.NORMAL);
        assertThat(messages).as("no partials for no audio, one final").hasSize(1);
        assertThat(messages.get(0).path("type").asText()).isEqualTo("final");
        assertThat(messages.get(0).path("heard").asText()).isEmpty();
        assertThat(messages.get(0).path("intent").asText()).isEqualTo("unknown");
    }

    // ---- tickets ----

    @Test
    void noTicketAndNoLanguageIsRefusedWithTheReason() throws Exception {
        assertRefused("", null, "the language is missing (lang=en, es...)");
        assertRefused("?lang=xx", null, "voice is not available in language 'xx'");
    }

    @Test
    void anUnknownOrEmptyTicketIsRefused() throws Exception {
        String visitor = visitorSession();
        assertRefused("?ticket=0123456789abcdef0123456789abcdef", visitor, "unknown or used ticket");
        assertRefused("?ticket=", visitor, "unknown or used ticket");
        assertRefused("?ticket=" + tickets.issue("en", visitor, null).token() + "x", visitor, "unknown or used ticket");
    }

    @Test
    void aTicketUsedTwiceIsRefusedTheSecondTimeWhileTheFirstStreamGoesOn() throws Exception {
        String visitor = visitorSession();
        String token = tickets.issue("en", visitor, null).token();
        Client first = connect("?ticket=" + token, visitor);
        assertThat(first.next().path("type").asText()).isEqualTo("ready");

        assertRefused("?ticket=" + token, visitor, "unknown or used ticket");
        assertThat(first.session.isOpen()).as("the stream that used it first").isTrue();

        first.session.sendMessage(new TextMessage("{\"type\":\"end\"}"));
        assertThat(first.finalMessage().path("intent").asText()).isEqualTo("unknown");
        assertThat(first.closeStatus()).isEqualTo(CloseStatus.NORMAL);
        awaitReleased();
        assertRefused("?ticket=" + token, visitor, "unknown or used ticket");
        assertThat(tickets.collect(token)).as("the first stream's reply").isPresent();
        assertRefused("?ticket=" + token, visitor, "unknown or used ticket");
    }

    @Test
    void aTicketPresentedLateIsRefused() throws Exception {
        String visitor = visitorSession();
        String token = tickets.issue("en", visitor, null).token();
        TICKET_CLOCK.advance(Duration.ofSeconds(31));

        assertRefused("?ticket=" + token, visitor, "unknown or used ticket");
        assertThat(tickets.collect(token)).isEmpty();
    }

    @Test
    void aTicketOfAnotherVisitorsSessionIsRefusedAndStaysGoodForItsOwn() throws Exception {
        String owner = visitorSession();
        String token = tickets.issue("en", owner, null).token();

        assertRefused("?ticket=" + token, visitorSession(), "unknown or used ticket");
        assertRefused("?ticket=" + token, null, "unknown or used ticket");

        Client own = connect("?ticket=" + token, owner);
        assertThat(own.next().path("type").asText()).isEqualTo("ready");
        own.session.close(CloseStatus.NORMAL);
        awaitReleased();
    }

    @Test
    void aSecondStreamOfTheSameVisitorReplacesTheFirst() throws Exception {
        String visitor = visitorSession();
        Client first = connect("?ticket=" + tickets.issue("en", visitor, null).token(), visitor);
        assertThat(first.next().path("type").asText()).isEqualTo("ready");

        Client second = connect("?ticket=" + tickets.issue("en", visitor, null).token(), visitor);
        assertThat(second.next().path("type").asText()).isEqualTo("ready");

        assertThat(first.messagesUntilClosed()).isEmpty();
        assertThat(first.closeStatus()).isEqualTo(CloseStatus.POLICY_VIOLATION.withReason("replaced by a newer stream"));
        assertThat(second.session.isOpen()).isTrue();
        await(() -> english().openRecognizers() == 2, "only the newer stream's two recognizers are open");
        second.session.close();
    }

    // ---- bad frames and limits ----

    @Test
    void aTextFrameThatIsNotTheProtocolClosesTheStreamWithTheReason() throws Exception {
        for (String text : List.of("hello", "{\"type\":\"start\"}", "{\"type\":", "[]")) {
            Client client = connect("?lang=en", visitorSession());
            assertThat(client.next().path("type").asText()).isEqualTo("ready");
            client.session.sendMessage(new BinaryMessage(new byte[3200]));
            client.session.sendMessage(new TextMessage(text));

            assertThat(client.messagesUntilClosed()).as(text).allMatch(m -> m.path("type").asText().equals("partial"));
            assertThat(client.closeStatus()).as(text)
                    .isEqualTo(CloseStatus.NOT_ACCEPTABLE.withReason("expected {\"type\":\"end\"} or audio"));
            awaitReleased();
        }
    }

    @Test
    void aFrameOverTheSizeLimitClosesTheStreamAndFreesItsRecognizers() throws Exception {
        String visitor = visitorSession();
        String token = tickets.issue("en", visitor, null).token();
        Client client = connect("?ticket=" + token, visitor);
        assertThat(client.next().path("type").asText()).isEqualTo("ready");

        client.session.sendMessage(new BinaryMessage(new byte[ListenSocket.MAX_MESSAGE_BYTES]));
        assertThat(client.session.isOpen()).as("a frame of exactly the limit").isTrue();
        client.session.sendMessage(new BinaryMessage(new byte[ListenSocket.MAX_MESSAGE_BYTES + 1]));

        assertThat(client.messagesUntilClosed()).noneMatch(m -> m.path("type").asText().equals("final"));
        assertThat(client.closeStatus().getCode()).isEqualTo(CloseStatus.TOO_BIG_TO_PROCESS.getCode());
        awaitReleased();
        assertThat(tickets.collect(token)).as("no reply for a stream cut off").isEmpty();
    }

    @Test
    void aTextFrameOverItsLimitClosesTheStream() throws Exception {
        Client client = connect("?lang=en", visitorSession());
        assertThat(client.next().path("type").asText()).isEqualTo("ready");

        client.session.sendMessage(new TextMessage("{\"type\":\"end\",\"pad\":\"" + "x".repeat(1100) + "\"}"));

        assertThat(client.messagesUntilClosed()).isEmpty();
        assertThat(client.closeStatus().getCode()).isEqualTo(CloseStatus.TOO_BIG_TO_PROCESS.getCode());
    }

    @Test
    void audioLongerThanTheUtteranceLimitIsAnsweredOnceAtTheLimit() throws Exception {
        Client client = connect("?lang=en", visitorSession());
        assertThat(client.next().path("type").asText()).isEqualTo("ready");

        // 8 s of room noise against a 5 s limit, as fast as the client can send it.
        byte[] noise = TestAudio.pcm(TestAudio.scaled(TestAudio.whiteNoise(TestAudio.RATE * 8, 7), 0.01));
        int sent = client.sendAudio(noise, 3200);

        JsonNode last = client.finalMessage();
        assertThat(client.closeStatus()).isEqualTo(CloseStatus.NORMAL);
        assertThat(client.messagesUntilClosed()).as("nothing after the final").isEmpty();
        assertThat(last.path("intent").asText()).isEqualTo("unknown");
        assertThat(sent).as("frames the client got out before the close").isGreaterThan(0);
    }

    @Test
    void aFloodOfTinyFramesIsStillAnsweredAtTheTimeLimit() throws Exception {
        Client client = connect("?lang=en", visitorSession());
        assertThat(client.next().path("type").asText()).isEqualTo("ready");
        long start = System.nanoTime();

        // Two bytes a frame: frames by the ten thousand, little audio; the server's cost is per
        // frame, the time limit bounds it all the same.
        byte[] sample = {1, 0};
        int sent = 0;
        while (client.session.isOpen() && !client.closed.isDone() && Duration.ofNanos(System.nanoTime() - start)
                .compareTo(TIME_LIMIT.plusSeconds(8)) < 0) {
            try {
                client.session.sendMessage(new BinaryMessage(sample));
                sent++;
            } catch (IOException | IllegalStateException e) {
                break;
            }
        }

        JsonNode last = client.finalMessage();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("Flood: %d two-byte frames sent, answered after %d ms%n", sent, took.toMillis());
        assertThat(last.path("type").asText()).isEqualTo("final");
        assertThat(client.closeStatus()).isEqualTo(CloseStatus.NORMAL);
        assertThat(took).as("answered after %d frames", sent).isLessThan(TIME_LIMIT.plusSeconds(4));
    }

    @Test
    void aClientThatGoesQuietWithoutEndingIsAnsweredAtTheTimeLimit() throws Exception {
        String visitor = visitorSession();
        String token = tickets.issue("en", visitor, null).token();
        Client client = connect("?ticket=" + token, visitor);
        assertThat(client.next().path("type").asText()).isEqualTo("ready");
        long start = System.nanoTime();
        client.sendAudio(new byte[16_000], 3200);

        JsonNode last = client.finalMessage();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(client.closeStatus()).isEqualTo(CloseStatus.NORMAL);
        assertThat(took).isBetween(TIME_LIMIT.minusMillis(500), TIME_LIMIT.plusSeconds(3));
        assertThat(tickets.collect(token).orElseThrow().intent()).isEqualTo(last.path("intent").asText());
    }

    // ---- the client goes away mid-utterance ----

    @Test
    void aStreamClosedByTheClientMidUtteranceFreesTheRecognizersAndLeavesNoReply() throws Exception {
        String visitor = visitorSession();
        String token = tickets.issue("en", visitor, null).token();
        Client client = connect("?ticket=" + token, visitor);
        assertThat(client.next().path("type").asText()).isEqualTo("ready");
        byte[] speech = showMeTheBridge();
        client.sendAudio(Arrays.copyOf(speech, 3200 * 12), 3200);
        assertThat(english().openRecognizers()).isEqualTo(2);

        client.session.close(CloseStatus.GOING_AWAY);

        awaitReleased();
        assertThat(client.messagesUntilClosed()).noneMatch(m -> m.path("type").asText().equals("final"));
        assertThat(tickets.collect(token)).as("nothing to act on").isEmpty();
        tickets.cancel(token);
        assertThat(tickets.claim(token, visitor)).as("the panel cancels the ticket of a failed stream").isEmpty();

        // The visitor taps again: a new ticket, a new stream, heard in full.
        String again = tickets.issue("en", visitor, null).token();
        Client next = connect("?ticket=" + again, visitor);
        assertThat(next.next().path("type").asText()).isEqualTo("ready");
        next.sendAudio(speech, 3200);
        next.endIfOpen();
        assertThat(next.finalMessage().path("intent").asText()).isEqualTo("open_exercise");
        assertThat(tickets.collect(again)).isPresent();
    }

    @Test
    void aConnectionDroppedWithoutACloseFrameFreesTheRecognizers() throws Exception {
        String visitor = visitorSession();
        String token = tickets.issue("en", visitor, null).token();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            String head = handshake(socket, "?ticket=" + token, visitor);
            assertThat(head).startsWith("HTTP/1.1 101");
            InputStream in = socket.getInputStream();
            assertThat(readTextFrame(in)).isEqualTo("{\"type\":\"ready\"}");
            OutputStream out = socket.getOutputStream();
            for (int offset = 0; offset < 3200 * 10; offset += 3200) {
                out.write(maskedBinaryFrame(Arrays.copyOfRange(showMeTheBridge(), offset, offset + 3200)));
            }
            out.flush();
            await(() -> english().openRecognizers() == 2, "the stream is listening");
            socket.setSoLinger(true, 0);
        }
        awaitReleased();
        assertThat(tickets.collect(token)).isEmpty();
    }

    // ---- the address ----

    @Test
    void aQueryWithABrokenPercentEscapeIsABadRequestNotAServerError() throws Exception {
        String visitor = visitorSession();
        for (String query : List.of("?lang=en%", "?lang=en%zz", "?ticket=%", "?lang=en&ticket=%G0")) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                String head = handshake(socket, query, visitor);
                assertThat(head).as(query).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json");
                String body = readUntil(socket.getInputStream(), '}');
                assertThat(body).as(query).contains("\"status\":400").contains("percent escape");
            }
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            assertThat(handshake(socket, "?lang=%65%6E", visitor)).as("well-formed escapes").startsWith("HTTP/1.1 101");
            assertThat(readTextFrame(socket.getInputStream())).isEqualTo("{\"type\":\"ready\"}");
        }
    }

    // ---- helpers ----

    private SpeechModel english() {
        return models.model("en").orElseThrow();
    }

    private void awaitReleased() {
        await(() -> english().openRecognizers() == 0, "every stream's recognizers closed");
    }

    private static void await(BooleanSupplier condition, String what) {
        await(condition, () -> what);
    }

    private static void await(BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A visitor as the kiosk page has one: the HTTP session of a page visit, by its cookie's value. */
    private String visitorSession() throws Exception {
        HttpResponse<Void> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(WAIT).GET().build(), HttpResponse.BodyHandlers.discarding());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=");
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }

    private static byte[] showMeTheBridge() {
        return showMeTheBridge;
    }

    private Client connect(String query, String httpSession) throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        if (httpSession != null) {
            headers.add("Cookie", "JSESSIONID=" + httpSession);
        }
        Client client = new Client();
        client.session = CLIENT.execute(client, headers, URI.create("ws://127.0.0.1:" + port + ListenSocket.PATH + query))
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return client;
    }

    private void assertRefused(String query, String httpSession, String reason) throws Exception {
        int open = english().openRecognizers();
        Client client = connect(query, httpSession);
        List<JsonNode> messages = client.messagesUntilClosed();
        assertThat(messages).as("one error, no ready").hasSize(1);
        assertThat(messages.get(0).path("type").asText()).isEqualTo("error");
        assertThat(messages.get(0).path("message").asText()).startsWith(reason);
        assertThat(client.closeStatus().getCode()).isEqualTo(CloseStatus.POLICY_VIOLATION.getCode());
        assertThat(client.closeStatus().getReason()).startsWith(reason);
        assertThat(english().openRecognizers()).as("no recognizer opened for a refused stream").isEqualTo(open);
    }

    /** The opening handshake a browser makes, on a plain socket; returns the response head. */
    private String handshake(Socket socket, String query, String httpSession) throws IOException {
        socket.setSoTimeout((int) WAIT.toMillis());
        socket.getOutputStream().write(("GET " + ListenSocket.PATH + query + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\nCookie: JSESSIONID=" + httpSession + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return readHead(socket.getInputStream());
    }

    /** What the server sends up to and with this character (the response stays open). */
    private static String readUntil(InputStream in, char last) throws IOException {
        StringBuilder text = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            text.append((char) b);
            if (b == last) {
                break;
            }
        }
        return text.toString();
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }

    /** One short unmasked text frame, as the server sends them. */
    private static String readTextFrame(InputStream in) throws IOException {
        int opcode = in.read() & 0x0f;
        int length = in.read() & 0x7f;
        assertThat(opcode).isEqualTo(1);
        assertThat(length).isLessThan(126);
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** A binary frame as a browser sends it: masked, length in 16 bits. */
    private static byte[] maskedBinaryFrame(byte[] payload) {
        byte[] mask = {0x12, 0x34, 0x56, 0x78};
        byte[] frame = new byte[8 + payload.length];
        frame[0] = (byte) 0x82;
        frame[1] = (byte) (0x80 | 126);
        frame[2] = (byte) (payload.length >> 8);
        frame[3] = (byte) payload.length;
        System.arraycopy(mask, 0, frame, 4, 4);
        for (int i = 0; i < payload.length; i++) {
            frame[8 + i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        return frame;
    }

    /** What one client connection received: the server's JSON messages in order, then the close. */
    private static final class Client extends AbstractWebSocketHandler {

        final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        WebSocketSession session;

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
            messages.add(JSON.readTree(message.getPayload()));
        }

        @Override
        protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
            messages.add(JSON.createObjectNode().put("unexpected", "binary message"));
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
            closed.complete(status);
        }

        JsonNode next() throws InterruptedException {
            JsonNode message = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(message).as("a message from the server").isNotNull();
            return message;
        }

        /** Sends audio in frames of this size until it is all out or the server has closed; returns the frames sent. */
        int sendAudio(byte[] pcm, int frameBytes) {
            int sent = 0;
            for (int offset = 0; offset < pcm.length; offset += frameBytes) {
                if (!session.isOpen() || closed.isDone()) {
                    break;
                }
                try {
                    session.sendMessage(new BinaryMessage(Arrays.copyOfRange(pcm, offset,
                            Math.min(pcm.length, offset + frameBytes))));
                    sent++;
                } catch (IOException | IllegalStateException e) {
                    break;
                }
            }
            return sent;
        }

        /** The second tap, unless the server has already heard the end of speech. */
        void endIfOpen() {
            try {
                if (session.isOpen() && !closed.isDone()) {
                    session.sendMessage(new TextMessage("{\"type\":\"end\"}"));
                }
            } catch (IOException | IllegalStateException e) {
                // Closed meanwhile: the final is already on its way.
            }
        }

        /** Skips partials to the one final. */
        JsonNode finalMessage() throws InterruptedException {
            while (true) {
                JsonNode message = next();
                assertThat(message.path("type").asText()).as(message.toString()).isIn("partial", "final");
                if (message.path("type").asText().equals("final")) {
                    return message;
                }
            }
        }

        /** The messages left, once the server has closed the socket. */
        List<JsonNode> messagesUntilClosed() throws Exception {
            closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            List<JsonNode> rest = new ArrayList<>();
            messages.drainTo(rest);
            return rest;
        }

        CloseStatus closeStatus() throws Exception {
            return closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
