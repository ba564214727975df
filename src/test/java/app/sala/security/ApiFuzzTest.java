package app.sala.security;

import static app.sala.security.HostileInput.concat;
import static app.sala.security.HostileInput.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The HTTP API fed random and hostile input: huge bodies, random bytes, broken WAV files, odd
 * content types, unicode edge cases, huge query strings, many headers, malformed HTTP. Every
 * answer is a 4xx with the API's JSON (or a 200, or a deliberate 503 with a reason), never
 * another 5xx; the server goes on answering; no thread or espeak-ng process is left behind.
 *
 * <p>An endpoint in {@link #ENDPOINTS} that this build does not have may answer 404 (the list
 * names the voice endpoints before they exist); one it has may not. The inputs are seeded:
 * a failure names the case and repeats on the next run.
 */
@ApiTestServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiFuzzTest {

    /** The HTTP API: method, path and a query that is valid for it. Extend it with each new endpoint. */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/speech", "lang=en&text=Hello"),
            new Endpoint("POST", "/api/v1/ask", ""),
            new Endpoint("POST", "/api/v1/transcribe", "lang=en"));

    private static final long SEED = Long.getLong("sala.fuzz.seed", 20261128L);
    private static final int RANDOM_REQUESTS = Integer.getInteger("sala.fuzz.requests", 400);
    private static final int HUGE = 20 * 1024 * 1024;
    private static final int THREAD_MARGIN = 10;

    record Endpoint(String method, String path, String query) {

        String target(String otherQuery) {
            return otherQuery == null || otherQuery.isEmpty() ? path : path + "?" + otherQuery;
        }

        String target() {
            return target(query);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The server's answer, or why there was none. */
    record Outcome(int status, String contentType, String body, IOException failure) {

        static Outcome of(HttpResponse<byte[]> response) {
            return new Outcome(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), null);
        }

        @Override
        public String toString() {
            if (failure != null) {
                return "no answer (" + failure + ")";
            }
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    /**
     * One hostile request. {@code reachesApp}: the request gets past the HTTP parser, so the
     * answer must be the API's JSON; {@code mayClose}: the server may close the connection
     * instead of answering (a body that never ends, a client that hangs up).
     */
    record Case(String name, Endpoint endpoint, Sender sender, boolean reachesApp, boolean mayClose, int alsoFine) {

        Case(String name, Endpoint endpoint, Sender sender, boolean reachesApp, boolean mayClose) {
            this(name, endpoint, sender, reachesApp, mayClose, 0);
        }
    }

    interface Sender {
        Outcome send() throws IOException, InterruptedException;
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> statuses = new TreeMap<>();
    private int baselineThreads;

    @BeforeAll
    void warmUpAndCountThreads() throws Exception {
        // Start what starts on first use (engines, pools), then count: the fuzzing must not add to it.
        for (Endpoint endpoint : ENDPOINTS) {
            json(endpoint, utf8("{\"text\":\"help\",\"lang\":\"en\"}"), "application/json").send();
        }
        get("/api/v1/speech?lang=es&text=" + URLEncoder.encode("Hola", StandardCharsets.UTF_8));
        baselineThreads = serverThreads().size();
        System.out.printf("Fuzz: endpoints %s, present in this build: %s; seed %d; %d server threads before%n",
                ENDPOINTS, ENDPOINTS.stream().filter(this::present).toList(), SEED, baselineThreads);
    }

    @Test
    @Order(1)
    void hostileRequestsGetA4xxOrAnAnswerNeverA500() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (Endpoint endpoint : ENDPOINTS) {
            cases.addAll(hostileCases(endpoint));
        }

        List<String> problems = run(cases);

        System.out.printf("Fuzz, hostile cases: %d requests, statuses %s%n", cases.size(), statuses);
        assertThat(problems).as(problems.size() + " of " + cases.size() + " hostile requests").isEmpty();
    }

    @Test
    @Order(2)
    void randomRequestsGetA4xxOrAnAnswerNeverA500() throws Exception {
        statuses.clear();
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < RANDOM_REQUESTS; i++) {
            cases.add(randomCase(random, i));
        }

        List<String> problems = run(cases);

        System.out.printf("Fuzz, random: %d requests (seed %d), statuses %s%n", cases.size(), SEED, statuses);
        assertThat(problems).as(problems.size() + " of " + cases.size() + " random requests").isEmpty();
    }

    @Test
    @Order(3)
    void afterwardsTheServerAnswersAndNoThreadOrProcessIsLeft() throws Exception {
        assertThat(get("/").status()).isEqualTo(200);
        Outcome speech = get("/api/v1/speech?lang=en&text=Still%20here");
        assertThat(speech.status()).as(speech.toString()).isEqualTo(200);
        assertThat(speech.contentType()).isEqualTo("audio/wav");
        assertThat(get("/actuator/health").status()).isEqualTo(200);

        // Requests end before their answers do: give threads and espeak-ng a moment to finish.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> threads = serverThreads();
        List<String> processes = childProcesses();
        while ((threads.size() > baselineThreads + THREAD_MARGIN || !processes.isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            threads = serverThreads();
            processes = childProcesses();
        }

        System.out.printf("Fuzz, afterwards: %d server threads (%d before), %d child processes%n",
                threads.size(), baselineThreads, processes.size());
        assertThat(threads.size()).as("server threads now: %s", threadSummary(threads))
                .isLessThanOrEqualTo(baselineThreads + THREAD_MARGIN);
        assertThat(processes).as("espeak-ng or other child processes still running").isEmpty();
    }

    // --- the cases

    private List<Case> hostileCases(Endpoint endpoint) {
        List<Case> cases = new ArrayList<>();
        HostileInput.jsonBodies().forEach((name, body) ->
                cases.add(new Case("JSON body, " + name, endpoint, json(endpoint, body, "application/json"), true, false)));
        HostileInput.wavs().forEach((name, wav) ->
                cases.add(new Case("WAV body, " + name, endpoint, json(endpoint, wav, "audio/wav"), true, false)));
        for (String type : HostileInput.contentTypes()) {
            cases.add(new Case("Content-Type " + abbreviate(String.valueOf(type)), endpoint,
                    json(endpoint, utf8("{\"text\":\"help\",\"lang\":\"en\"}"), type), true, false));
        }
        for (int size : new int[] {0, 1, 1000, 16 * 1024, 16 * 1024 + 1, 3_000_000, 4 * 1024 * 1024 + 1}) {
            byte[] bytes = HostileInput.random(size, size);
            cases.add(new Case(size + " random bytes as JSON", endpoint, json(endpoint, bytes, "application/json"), true, false));
            cases.add(new Case(size + " random bytes as WAV", endpoint, json(endpoint, bytes, "audio/wav"), true, false));
        }
        cases.add(new Case("20 MB body", endpoint, json(endpoint, new byte[HUGE], "audio/wav"), true, true));
        cases.add(new Case("20 MB body in chunks", endpoint, () -> send(http(endpoint.target())
                .header("Content-Type", "audio/wav")
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[HUGE])))
                .build()), true, true));
        HostileInput.strings().forEach((name, text) -> {
            String value = URLEncoder.encode(text, StandardCharsets.UTF_8);
            for (String language : List.of("en", "es")) {
                cases.add(new Case("query text (" + language + "): " + name, endpoint, () -> send(http(endpoint.target("lang="
                        + language + "&text=" + value)).method(endpoint.method(), body(endpoint, "{\"text\":\"help\",\"lang\":\""
                        + language + "\"}")).build()), true, false));
            }
            cases.add(new Case("query lang: " + name, endpoint, () -> send(http(endpoint.target("lang=" + value + "&text=Hello"))
                    .method(endpoint.method(), body(endpoint, "{\"text\":\"help\",\"lang\":\"en\"}")).build()), true, false));
        });
        for (String query : List.of("lang=%ED%A0%80&text=%ED%B0%80", "text=%00%00%00&lang=en%00", "lang=en&text=%C3%28%FF%FE",
                "lang=en&" + "a=1&".repeat(10_000), "lang=en&text=" + "a".repeat(40_000), "%3D%3D%3D=%26%26")) {
            cases.add(new Case("query " + abbreviate(query), endpoint, () -> send(http(endpoint.target(query))
                    .method(endpoint.method(), body(endpoint, "{}")).build()), true, false));
        }
        cases.add(new Case("query of 100 KB", endpoint, () -> send(http(endpoint.target("lang=en&text=" + "b".repeat(100_000)))
                .method(endpoint.method(), body(endpoint, "{}")).build()), false, false));
        for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE")) {
            cases.add(new Case("method " + method, endpoint, () -> send(http(endpoint.target())
                    .method(method, method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE")
                            ? HttpRequest.BodyPublishers.noBody() : body(endpoint, "{\"text\":\"help\"}")).build()),
                    !method.equals("TRACE") && !method.equals("HEAD"), false));
        }
        for (String accept : List.of("text/html", "application/xml", "audio/wav", "image/png", "*/*;q=bogus", "nonsense", "")) {
            cases.add(new Case("Accept " + accept, endpoint, () -> send(http(endpoint.target()).header("Accept", accept)
                    .method(endpoint.method(), body(endpoint, "{\"text\":\"help\",\"lang\":\"en\"}")).build()), false, false));
        }
        cases.add(new Case("150 headers", endpoint, () -> {
            HttpRequest.Builder request = http(endpoint.target());
            for (int i = 0; i < 150; i++) {
                request.header("X-Fuzz-" + i, "v" + i);
            }
            return send(request.method(endpoint.method(), body(endpoint, "{}")).build());
        }, false, false));
        cases.add(new Case("a 70 KB header", endpoint, () -> send(http(endpoint.target()).header("X-Fuzz", "c".repeat(70_000))
                .method(endpoint.method(), body(endpoint, "{}")).build()), false, false));
        cases.add(new Case("a foreign Origin", endpoint, () -> send(http(endpoint.target()).header("Origin", "http://evil.example")
                .method(endpoint.method(), body(endpoint, "{\"text\":\"help\",\"lang\":\"en\"}")).build()), true, false));
        cases.add(new Case("Range past the end", endpoint, () -> send(http(endpoint.target()).header("Range", "bytes=999999999-")
                .method(endpoint.method(), body(endpoint, "{\"text\":\"help\",\"lang\":\"en\"}")).build()), true, false));
        cases.addAll(rawCases(endpoint));
        return cases;
    }

    /** Malformed HTTP, written to the socket byte for byte. */
    private List<Case> rawCases(Endpoint endpoint) {
        String host = "Host: 127.0.0.1:" + port + "\r\n";
        String target = endpoint.target();
        Map<String, byte[]> raw = new java.util.LinkedHashMap<>();
        raw.put("broken percent escapes", utf8(endpoint.method() + " " + endpoint.path() + "?lang=%ZZ&text=100% HTTP/1.1\r\n"
                + host + "Connection: close\r\n\r\n"));
        raw.put("NUL in a header", utf8(endpoint.method() + " " + target + " HTTP/1.1\r\n" + host + "X-A: a\u0000b\r\nConnection: close\r\n\r\n"));
        raw.put("non-ASCII header bytes", concat(utf8(endpoint.method() + " " + target + " HTTP/1.1\r\n" + host + "X-A: "),
                new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80}, utf8("\r\nConnection: close\r\n\r\n")));
        raw.put("negative Content-Length", utf8(endpoint.method() + " " + target + " HTTP/1.1\r\n" + host
                + "Content-Length: -1\r\nConnection: close\r\n\r\n{}"));
        raw.put("Content-Length not a number", utf8(endpoint.method() + " " + target + " HTTP/1.1\r\n" + host
                + "Content-Length: abc\r\nConnection: close\r\n\r\n{}"));
        raw.put("Content-Length of 20 digits", utf8(endpoint.method() + " " + target + " HTTP/1.1\r\n" + host
                + "Content-Length: 99999999999999999999\r\nConnection: close\r\n\r\n{}"));
        raw.put("two different Content-Lengths", utf8(endpoint.method() + " " + target + " HTTP/1.1\r\n" + host
                + "Content-Length: 2\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{}"));
        raw.put("Content-Length and chunked", utf8(endpoint.method() + " " + target + " HTTP/1.1\r\n" + host
                + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                + "2\r\n{}\r\n0\r\n\r\n"));
        raw.put("chunk size not hex", utf8(endpoint.method() + " " + target + " HTTP/1.1\r\n" + host
                + "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"));
        raw.put("chunk size overflowing", utf8(endpoint.method() + " " + target + " HTTP/1.1\r\n" + host
                + "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\nConnection: close\r\n\r\nffffffffffffffffff\r\n{}\r\n0\r\n\r\n"));
        raw.put("unknown method", utf8("FROB " + target + " HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n"));
        raw.put("absolute URI of another host", utf8(endpoint.method() + " http://evil.example" + target + " HTTP/1.1\r\n"
                + "Host: evil.example\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"));
        raw.put("no Host header", utf8(endpoint.method() + " " + target + " HTTP/1.1\r\nConnection: close\r\n\r\n"));
        raw.put("HTTP/1.0", utf8(endpoint.method() + " " + target + " HTTP/1.0\r\nContent-Length: 2\r\n\r\n{}"));
        raw.put("bare LF line ends", utf8(endpoint.method() + " " + target + " HTTP/1.1\n" + host.replace("\r\n", "\n")
                + "Content-Length: 2\nConnection: close\n\n{}"));
        List<Case> cases = new ArrayList<>();
        raw.forEach((name, bytes) -> cases.add(new Case("raw: " + name, endpoint, () -> raw(bytes, false), false, false)));
        // The one 5xx that is the client's doing: HTTP's own answer to a version it does not speak.
        cases.add(new Case("raw: HTTP/9.9", endpoint, () -> raw(utf8(endpoint.method() + " " + target + " HTTP/9.9\r\n" + host
                + "Connection: close\r\n\r\n"), false), false, false, 505));
        cases.add(new Case("raw: body stops halfway", endpoint, () -> raw(utf8(endpoint.method() + " " + target + " HTTP/1.1\r\n"
                + host + "Content-Type: application/json\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n{\"text\":\"he"), true),
                false, true));
        return cases;
    }

    private Case randomCase(Random random, int index) {
        Endpoint endpoint = ENDPOINTS.get(random.nextInt(ENDPOINTS.size()));
        String method = random.nextInt(5) == 0 ? List.of("GET", "POST", "PUT", "DELETE", "PATCH").get(random.nextInt(5)) : endpoint.method();
        String language = List.of("en", "es", HostileInput.randomText(random, random.nextInt(8))).get(random.nextInt(3));
        String query = random.nextBoolean() ? endpoint.query()
                : "lang=" + encode(language) + "&text=" + encode(HostileInput.randomText(random, random.nextInt(300)));
        byte[] body = switch (random.nextInt(5)) {
            case 0 -> new byte[0];
            case 1 -> HostileInput.random(randomSize(random), random.nextLong());
            case 2 -> utf8("{\"text\":" + HostileInput.jsonString(HostileInput.randomText(random, random.nextInt(400)))
                    + ",\"lang\":" + HostileInput.jsonString(random.nextBoolean() ? "en" : "es") + "}");
            case 3 -> mutatedWav(random);
            default -> new ArrayList<>(HostileInput.jsonBodies().values()).get(random.nextInt(HostileInput.jsonBodies().size()));
        };
        List<String> types = HostileInput.contentTypes();
        String type = types.get(random.nextInt(types.size()));
        boolean noBody = method.equals("GET") && random.nextBoolean();
        String name = String.format("random #%d: %s %s, %d bytes of %s", index, method, endpoint.path(), noBody ? 0 : body.length, type);
        return new Case(name, endpoint, () -> {
            HttpRequest.Builder request = http(endpoint.target(query));
            if (type != null) {
                request.header("Content-Type", type);
            }
            return send(request.method(method, noBody ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build());
        }, true, false);
    }

    private static int randomSize(Random random) {
        int roll = random.nextInt(10);
        return roll < 7 ? random.nextInt(2048) : roll < 9 ? 2048 + random.nextInt(20_000) : 1_000_000 + random.nextInt(4_000_000);
    }

    private static byte[] mutatedWav(Random random) {
        byte[] wav = HostileInput.wav(1, List.of(8000, 16000, 22050, 44100, 48000).get(random.nextInt(5)), 1 + random.nextInt(2), 16,
                2 * random.nextInt(48000), null, null);
        for (int flips = 1 + random.nextInt(6); flips > 0; flips--) {
            wav[random.nextInt(Math.min(wav.length, 64))] = (byte) random.nextInt(256);
        }
        return wav;
    }

    // --- sending and judging

    private List<String> run(List<Case> cases) {
        List<String> problems = new ArrayList<>();
        for (Case c : cases) {
            Outcome outcome;
            try {
                outcome = c.sender().send();
            } catch (IOException e) {
                outcome = new Outcome(-1, "", "", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            statuses.merge(outcome.failure() != null || outcome.status() < 0 ? "none" : String.valueOf(outcome.status()), 1, Integer::sum);
            String problem = problem(c, outcome);
            if (problem != null) {
                problems.add(c.endpoint() + " with " + c.name() + ": " + problem + " -> " + outcome);
            }
        }
        return problems;
    }

    private String problem(Case c, Outcome outcome) {
        if (outcome.failure() != null || outcome.status() < 0) {
            return c.mayClose() ? null : "the server answered nothing";
        }
        int status = outcome.status();
        if (status == c.alsoFine()) {
            return null;
        }
        if (status >= 500 && status != 503) {
            return "a server error";
        }
        if (status == 503) {
            return isApiError(outcome, 503) ? null : "a 503 without the API's reason";
        }
        if (status == 404 && present(c.endpoint()) && c.reachesApp()) {
            return "404 from an endpoint this build has";
        }
        if (status >= 400 && c.reachesApp() && !isApiError(outcome, status)) {
            return "not the API's JSON error";
        }
        return null;
    }

    private static boolean isApiError(Outcome outcome, int status) {
        if (!outcome.contentType().startsWith("application/json")) {
            return false;
        }
        try {
            JsonNode json = Http.JSON.readTree(outcome.body());
            return json.path("status").asInt() == status && !json.path("error").asText().isBlank()
                    && !json.path("message").asText().isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    boolean present(Endpoint endpoint) {
        return Endpoints.present(mappings, endpoint.path());
    }

    private Sender json(Endpoint endpoint, byte[] body, String contentType) {
        return () -> {
            HttpRequest.Builder request = http(endpoint.target());
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            return send(request.method(endpoint.method(), HttpRequest.BodyPublishers.ofByteArray(body)).build());
        };
    }

    private static HttpRequest.BodyPublisher body(Endpoint endpoint, String json) {
        return endpoint.method().equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }

    private HttpRequest.Builder http(String target) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target)).timeout(Duration.ofSeconds(60));
    }

    private Outcome send(HttpRequest request) throws IOException, InterruptedException {
        return Outcome.of(client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    private Outcome get(String target) throws IOException, InterruptedException {
        return send(http(target).GET().build());
    }

    private Outcome raw(byte[] request, boolean closeOutput) throws IOException {
        RawHttp.RawAnswer answer = RawHttp.send(port, request, closeOutput);
        return new Outcome(answer.status(), "", answer.head(), null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 50 ? text.substring(0, 50) + "..." : text;
    }

    // --- what is left running

    /** The server's threads: everything but this test's own HTTP client. */
    private static List<String> serverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> !name.startsWith("HttpClient-"))
                .toList();
    }

    private static String threadSummary(List<String> threads) {
        return threads.stream().collect(Collectors.groupingBy(name -> name.replaceAll("\\d+", "#"), TreeMap::new,
                Collectors.counting())).toString();
    }

    private static List<String> childProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList();
    }
}
