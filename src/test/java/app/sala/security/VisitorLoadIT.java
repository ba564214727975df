package app.sala.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.content.CareSetting;
import app.sala.content.Condition;
import app.sala.content.ContentCatalog;
import app.sala.content.Exercise;
import app.sala.content.LanguagePack;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * 50 visitors at once, over HTTP as their browsers would talk to the kiosk server: each opens
 * the page with its own cookie jar (its own session), lets Vaadin start a UI, then taps its way
 * through screens (the UI navigates on the server and sends back the new screen), hears texts
 * read aloud and asks questions. Each of the 50 places is taken by one visitor after another
 * for the length of the run; together they cover every screen. Afterwards
 * the sessions end, as their timeout would end them, and the heap must come back to where it
 * was: memory that stays is a leak, and a kiosk runs for months.
 *
 * <p>Figures (requests, latency, heap) are printed, not asserted; what is asserted is that no
 * request failed and the heap came back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        // Fifty visitors share one address here; a lobby kiosk has one visitor at a time.
        "sala.api.rate-limit.capacity=1000000",
        "sala.api.rate-limit.refill-per-second=1000000"})
class VisitorLoadIT {

    static final int VISITORS = Integer.getInteger("sala.load.visitors", 50);
    /** How long new visitors keep coming; each slot's last visit is finished after it. */
    static final Duration RUN = Duration.ofSeconds(Long.getLong("sala.load.seconds", 30));
    /** Screens one visitor taps through; together the visitors cover every screen. */
    static final int TAPS_PER_VISIT = 20;
    static final long LEAK_MARGIN_BYTES = 50L * 1024 * 1024;

    /**
     * The API calls a visitor's page makes besides read-aloud, with the answers that count as
     * fine. An endpoint this build lacks may answer 404; extend the list with each new one.
     */
    static final List<ApiCall> API_CALLS = List.of(
            new ApiCall("POST", "/api/v1/ask", "application/json", "{\"text\":\"show me the exercises\",\"lang\":\"en\"}"),
            new ApiCall("POST", "/api/v1/ask", "application/json", "{\"text\":\"where should I go\",\"lang\":\"en\"}"),
            new ApiCall("POST", "/api/v1/ask", "application/json", "{\"text\":\"ayuda\",\"lang\":\"es\"}"));

    record ApiCall(String method, String path, String contentType, String body) {
    }

    /** A kiosk address and the CSS class of the screen it shows. */
    record Route(String path, String query, String viewClass) {
    }

    @LocalServerPort
    int port;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();

    @Test
    void fiftyVisitorsUseEveryScreenWithoutAnErrorAndTheHeapComesBackAfterwards() throws Exception {
        List<Route> routes = routes();
        List<String> texts = spokenTexts();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        // Warm-up: every screen drawn once, every clip synthesized and cached, pools started; then forgotten.
        warmUp(routes, texts);
        assertThat(errors).as("errors while warming up").isEmpty();
        endAllSessions();
        long baseline = settledHeap(memory);
        requests.set(0);
        sessions.set(0);
        latencies.clear();

        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 20, TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        try {
            runVisitors(routes, texts);
        } finally {
            sampler.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int alive = manager().findSessions().length;
        long withSessions = settledHeap(memory);
        endAllSessions();
        long after = settledHeap(memory);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "Load: %d visitors at once, %d sessions (%d alive at the end), %d requests in %.1f s "
                        + "(%.0f/s), %d errors; latency p50 %.1f ms, p95 %.1f ms, max %.1f ms; %d routes%n",
                VISITORS, sessions.get(), alive, requests.get(), seconds, requests.get() / seconds, errors.size(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 100), routes.size());
        System.out.printf(Locale.ROOT, "Load heap: baseline %s, peak %s (sampled, garbage included), with %d sessions "
                        + "after GC %s (%.0f KB each), after they ended %s (%+.1f MB)%n",
                mb(baseline), mb(peak.get()), alive, mb(withSessions), (withSessions - after) / 1024.0 / Math.max(1, alive),
                mb(after), (after - baseline) / 1048576.0);

        assertThat(errors).as("failed requests (first 20 of %d)", errors.size()).isEmpty();
        assertThat(alive).as("every visitor had a session of its own").isEqualTo(sessions.get());
        assertThat(after).as("heap after the sessions ended, against %s before", mb(baseline))
                .isLessThan(baseline + LEAK_MARGIN_BYTES);
    }

    // --- the visitors

    private void warmUp(List<Route> routes, List<String> texts) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        visit(client, new Random(0), routes, texts, "warm-up visitor");
        for (String text : texts) {
            hear(client, text, "warm-up");
        }
    }

    private void runVisitors(List<Route> routes, List<String> texts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(VISITORS);
        long end = System.nanoTime() + RUN.toNanos();
        List<Route> shuffled = new ArrayList<>(routes);
        Collections.shuffle(shuffled, new Random(1));
        try {
            List<Future<?>> slots = new ArrayList<>();
            for (int slot = 0; slot < VISITORS; slot++) {
                int place = slot;
                slots.add(pool.submit(() -> {
                    CookieManager cookies = new CookieManager();
                    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    Random random = new Random(place);
                    for (int visit = 0; visit == 0 || System.nanoTime() < end; visit++) {
                        cookies.getCookieStore().removeAll();
                        List<Route> walk = new ArrayList<>();
                        for (int tap = 0; tap < TAPS_PER_VISIT; tap++) {
                            walk.add(shuffled.get((place * TAPS_PER_VISIT + visit * 7 + tap) % shuffled.size()));
                        }
                        visit(client, random, walk, texts, "visitor " + place + "." + visit);
                    }
                    return null;
                }));
            }
            for (Future<?> slot : slots) {
                slot.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One visitor: opens the page, then taps through these screens, hearing some and asking. */
    private void visit(HttpClient client, Random random, List<Route> order, List<String> texts, String who) {
        Response page = send(client, get("/"), who + " opens the page");
        if (page == null || page.status() != 200 || !page.body().contains("<html")) {
            error(who + " opens the page", page);
            return;
        }
        sessions.incrementAndGet();
        Response init = send(client, get("/?v-r=init&location=&query="), who + " starts Vaadin");
        if (init == null || init.status() != 200) {
            error(who + " starts Vaadin", init);
            return;
        }
        Ui ui;
        try {
            JsonNode config = Http.JSON.readTree(init.body()).get("appConfig");
            ui = new Ui(config.get("v-uiId").asInt(), config.at("/uidl/Vaadin-Security-Key").asText(),
                    config.at("/uidl/syncId").asInt(), 0);
        } catch (IOException | NullPointerException e) {
            error(who + " starts Vaadin: " + e, init);
            return;
        }
        String shownClass = null;
        for (int i = 0; i < order.size(); i++) {
            Route route = order.get(i);
            ui = navigate(client, ui, route, !route.viewClass().equals(shownClass), who);
            if (ui == null) {
                return;
            }
            shownClass = route.viewClass();
            if (i % 3 == 0) {
                hear(client, texts.get(random.nextInt(texts.size())), who);
            }
            if (i % 5 == 0) {
                ask(client, API_CALLS.get(random.nextInt(API_CALLS.size())), who);
            }
        }
    }

    /** What the browser keeps of its UI between requests. */
    record Ui(int id, String csrfToken, int syncId, int clientId) {
    }

    private Ui navigate(HttpClient client, Ui ui, Route route, boolean newScreen, String who) {
        String rpc = "{\"csrfToken\":\"" + ui.csrfToken() + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"" + route.path() + "\",\"query\":\"" + route.query() + "\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"link\"}}],\"syncId\":" + ui.syncId() + ",\"clientId\":"
                + ui.clientId() + "}";
        String what = who + " taps to /" + route.path() + (route.query().isEmpty() ? "" : "?" + route.query());
        Response response = send(client, HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + ui.id()))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(rpc)), what);
        if (response == null) {
            return null;
        }
        String body = response.body();
        if (response.status() != 200 || !body.startsWith("for(;;);[")) {
            error(what, response);
            return null;
        }
        if (body.contains("sala-error-view") || body.contains("sala-not-found-view") || body.contains("\"appError\"")
                || body.contains("sessionExpired") || (newScreen && !body.contains(route.viewClass()))) {
            error(what + ": not the screen " + route.viewClass(), response);
            return null;
        }
        try {
            JsonNode answer = Http.JSON.readTree(body.substring("for(;;);".length())).get(0);
            return new Ui(ui.id(), ui.csrfToken(), answer.get("syncId").asInt(), answer.get("clientId").asInt());
        } catch (IOException | NullPointerException e) {
            error(what + ": " + e, response);
            return null;
        }
    }

    private void hear(HttpClient client, String text, String who) {
        String[] parts = text.split("\\|", 2);
        Response clip = send(client, get("/api/v1/speech?lang=" + parts[0] + "&text="
                + URLEncoder.encode(parts[1], StandardCharsets.UTF_8) + "&rate=normal"), who + " hears " + text);
        if (clip != null && (clip.status() != 200 || !clip.contentType().equals("audio/wav"))) {
            error(who + " hears " + text, clip);
        }
    }

    private void ask(HttpClient client, ApiCall call, String who) {
        String what = who + " calls " + call.method() + " " + call.path() + " " + call.body();
        Response response = send(client, HttpRequest.newBuilder(uri(call.path())).timeout(Duration.ofSeconds(60))
                .header("Content-Type", call.contentType())
                .method(call.method(), HttpRequest.BodyPublishers.ofString(call.body())), what);
        boolean fine = response != null && (response.status() == 200
                || response.status() == 404 && !Endpoints.present(mappings, call.path()));
        if (response != null && !fine) {
            error(what, response);
        }
    }

    record Response(int status, String contentType, String body) {
    }

    private Response send(HttpClient client, HttpRequest.Builder request, String what) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - started);
            requests.incrementAndGet();
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            requests.incrementAndGet();
            errors.add(what + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            errors.add(what + ": interrupted");
            return null;
        }
    }

    private HttpRequest.Builder get(String target) {
        return HttpRequest.newBuilder(uri(target)).timeout(Duration.ofSeconds(60)).GET();
    }

    private URI uri(String target) {
        return URI.create("http://127.0.0.1:" + port + target);
    }

    private void error(String what, Response response) {
        if (errors.size() < 20) {
            String body = response == null ? "" : response.body();
            errors.add(what + " -> " + (response == null ? "no answer" : response.status() + " "
                    + body.substring(0, Math.min(300, body.length()))));
        } else {
            errors.add(what);
        }
    }

    // --- what the visitors see and hear

    /** Every screen of the kiosk, every exercise step and every care answer included. */
    private List<Route> routes() {
        LanguagePack pack = catalog.pack(Locale.ENGLISH);
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("", "", "sala-home-view"));
        routes.add(new Route("exercises", "", "sala-exercises-view"));
        for (Exercise exercise : pack.exercises().items()) {
            for (int step = 1; step <= exercise.stepCount(); step++) {
                routes.add(new Route("exercises/" + exercise.id(), "step=" + step, "sala-exercise-view"));
            }
        }
        routes.add(new Route("care", "", "sala-care-view"));
        routes.add(new Route("care/where-to-go", "", "sala-where-view"));
        routes.add(new Route("emergency", "", "sala-emergency-view"));
        for (CareSetting setting : pack.care().settings()) {
            for (Condition condition : setting.conditions()) {
                routes.add(setting.isEmergency()
                        ? new Route("emergency/" + condition.id(), "", "sala-emergency-view")
                        : new Route("care/where-to-go/" + condition.id(), "", "sala-advice-view"));
            }
        }
        routes.add(new Route("activities", "", "sala-activities-view"));
        return routes;
    }

    /** Texts read aloud, as "lang|text": each exercise's name and first step in each language. */
    private List<String> spokenTexts() {
        List<String> texts = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            for (Exercise exercise : catalog.pack(locale).exercises().items()) {
                texts.add(locale.getLanguage() + "|" + exercise.name());
                texts.add(locale.getLanguage() + "|" + exercise.steps().get(0));
            }
        }
        return texts;
    }

    // --- sessions and memory

    private Manager manager() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    /** Ends every session the way its timeout would: Vaadin is told and lets go of its UIs. */
    private void endAllSessions() {
        for (Session session : manager().findSessions()) {
            session.expire();
        }
        assertThat(manager().findSessions()).as("sessions left").isEmpty();
    }

    private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
