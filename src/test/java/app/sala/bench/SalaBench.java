package app.sala.bench;

import app.sala.recognition.Grammar;
import app.sala.recognition.SafeRecognizer;
import app.sala.recognition.SpeechAudio;
import app.sala.recognition.SpeechModel;
import app.sala.recognition.TestAudio;
import app.sala.recognition.TestAudio.Voice;
import app.sala.recognition.TestModels;
import app.sala.sentences.Intent;
import app.sala.speech.AudioClip;
import app.sala.speech.EspeakSynthesizer;
import app.sala.speech.FreeTtsSynthesizer;
import app.sala.speech.SpeechRate;
import app.sala.speech.Synthesizer;
import app.sala.understanding.Assistant;
import app.sala.voice.VoicePhrases;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The benchmark ({@code ./mvnw -Pbench verify}): the packaged jar as a separate process with
 * the real model, real Chromium, real speech engines; every figure beside a baseline measured
 * in the same run, written to target/bench/report.md and report.json. Nothing is asserted
 * except that the report was written: the figures are for people to read.
 */
class SalaBench {

    private static final Path OUT = Path.of("target", "bench");
    private static final Path JAR = Path.of("target", "sala.jar");
    private static final int WARMUP_STREAMS = 2;
    /**
     * -Dbench.full=true: the whole phrase set for accuracy, 40 false-accept clips and 1,000 voice
     * interactions without a time limit. The default is a sample sized to finish in under ten
     * minutes on two busy cores: every eighth command, 12 false-accept clips, and at most 1,000
     * interactions or 60 seconds of them.
     */
    private static final boolean FULL = Boolean.getBoolean("bench.full");

    /** The capture-settings comparison starts one server per setting: only when asked for. */
    private static final boolean CAPTURE = FULL || Boolean.getBoolean("bench.mic.capture")
            || System.getProperty("bench.only", "").contains("capture");

    /** -Dbench.soak=N: N voice utterances over the socket and the upload, with read-aloud and page views. */
    private static final int SOAK = Integer.getInteger("bench.soak", 0);
    /** Visitors at once during the soak run. */
    private static final int SOAK_VISITORS = 3;

    private final Report report = new Report();
    private final Map<String, Object> context = new LinkedHashMap<>();
    private final long benchStart = System.nanoTime();
    private Assistant assistant;
    private NaivePipeline naive;
    private SpeechModel model;
    private SalaServer server;
    private VoiceClient client;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A command said by one voice: its audio and the intent the typed words give. */
    private record Clip(String text, Voice voice, float[] speech, float[] audio, Intent expected, boolean sampled) {
        double speechEndSeconds() {
            return 0.5 + speech.length / (double) TestAudio.RATE;
        }
    }

    private final List<Clip> clips = new ArrayList<>();
    private float[] white;
    private float[] babble;

    @Test
    void measureEverything() throws Exception {
        machine();
        try {
            prepare();
            section("startup", this::startup);
            section("voice latency (WebSocket, real time)", this::streamedLatency);
            section("voice latency (Chromium, fake microphone)", this::browserVoiceLatency);
            MicrophoneSections microphone = new MicrophoneSections(report, this::progress, OUT, JAR);
            section("microphone and upload paths (flite clips)", () -> microphone.pathsSideBySide(server, client));
            if (CAPTURE) {
                section("microphone capture settings (flite clips)", () -> microphone.captureSettings(client, server));
            } else {
                progress("-- microphone capture settings: skipped (-Dbench.mic.capture=true, -Dbench.full=true or -Dbench.only=capture)");
            }
            section("intent accuracy", this::accuracy);
            section("false accepts", this::falseAccepts);
            section("recognition speed", this::recognitionSpeed);
            section("read-aloud first byte", this::readAloudFirstByte);
            section("synthesis speed", this::synthesisSpeed);
            section("page load", this::pageLoad);
            section("view switch", this::viewSwitch);
            section("memory per session", this::memoryPerSession);
            section("memory after 1,000 voice interactions", this::memoryAfterInteractions);
            if (SOAK > 0) {
                section("soak", this::soak);
            } else {
                progress("-- soak: skipped (-Dbench.soak=N runs N voice utterances with read-aloud and page views)");
            }
        } finally {
            if (server != null) {
                server.close();
            }
            notes();
            report.machine("benchmark run time", String.format(Locale.ROOT, "%.0f s", seconds(benchStart)));
            report.write(OUT);
            System.out.println(report.markdown());
            System.out.println("[bench] wrote " + OUT.resolve("report.md").toAbsolutePath() + " and report.json");
        }
    }

    private interface Section {
        void run() throws Exception;
    }

    /** -Dbench.only=startup,page,... runs only the sections whose names contain one of these words (startup always runs). */
    private static final List<String> ONLY = List.of(System.getProperty("bench.only", "").split(",")).stream()
            .map(String::strip).filter(w -> !w.isEmpty()).toList();

    private void section(String name, Section section) {
        if (!ONLY.isEmpty() && !name.equals("startup") && ONLY.stream().noneMatch(name::contains)) {
            progress("-- " + name + ": skipped (-Dbench.only)");
            return;
        }
        long start = System.nanoTime();
        progress("-- " + name);
        try {
            section.run();
        } catch (Exception | AssertionError e) {
            report.error(name, e);
        }
        progress(String.format(Locale.ROOT, "   %s took %.1f s", name, seconds(start)));
    }

    private void progress(String message) {
        System.out.printf(Locale.ROOT, "[bench %5.1f s] %s%n", seconds(benchStart), message);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    // ---------------------------------------------------------------- setup

    private void machine() throws IOException {
        report.machine("date", Instant.now().toString());
        report.machine("nproc", Runtime.getRuntime().availableProcessors());
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
        report.machine("CPU", cpu);
        String memTotal = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> String.format(Locale.ROOT, "%.1f GB",
                        Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)).orElse("unknown");
        report.machine("RAM", memTotal);
        report.machine("load average at start", Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[0]
                + " " + Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[1]
                + " " + Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[2]);
        report.machine("Java", System.getProperty("java.version"));
        progress("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpu + ", load "
                + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private void prepare() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run ./mvnw -Pbench verify (it packages first)");
        }
        if (!TestModels.installed()) {
            throw new IllegalStateException("models/en is missing: ./mvnw generate-resources installs it");
        }
        long start = System.nanoTime();
        progress("making the spoken clips (FreeTTS and espeak-ng" + (FULL ? ", every command" : ", a sample of the commands")
                + "; -Dbench.full=" + FULL + ")");
        assistant = VoicePhrases.assistant();
        model = TestModels.english();
        naive = new NaivePipeline(model);
        List<VoicePhrases.Command> commands = new ArrayList<>();
        for (int i = 0; i < VoicePhrases.COMMANDS.size(); i += FULL ? 1 : 8) {
            commands.add(VoicePhrases.COMMANDS.get(i));
        }
        List<VoicePhrases.Command> all = new ArrayList<>(commands);
        for (String latency : LATENCY_TEXTS) {
            VoicePhrases.COMMANDS.stream().filter(c -> c.text().equals(latency) && !all.contains(c)).forEach(all::add);
        }
        for (Voice voice : List.of(Voice.FREETTS, Voice.ESPEAK_EN)) {
            for (VoicePhrases.Command command : all) {
                float[] speech = TestAudio.speak(command.text(), voice);
                clips.add(new Clip(command.text(), voice, speech, TestAudio.pad(speech, 0.5, 1.0),
                        assistant.understand("en", command.text()).intent(), commands.contains(command)));
            }
        }
        white = TestAudio.whiteNoise(TestAudio.RATE * 8, 1);
        babble = TestAudio.babble(TestAudio.RATE * 8, VoicePhrases.CHATTER, 2);
        progress(String.format(Locale.ROOT, "   %d clips ready in %.1f s", clips.size(), seconds(start)));
    }

    // ---------------------------------------------------------------- startup and voice

    /**
     * Start-up three ways, side by side: the bare Vaadin application of the same jar (the
     * baseline), Sala as {@code java -Xmx256m -jar} (as before the kiosk launcher), and Sala as
     * the kiosk service starts it (sala-server: start-up archive, serial collector, two malloc
     * arenas). The kiosk one stays up and is measured by every later section.
     */
    private void startup() throws Exception {
        Path cache = Files.createTempDirectory("sala-bench-speech-cache");
        double bare;
        double bareRss;
        try (SalaServer baseline = SalaServer.startBare(JAR, OUT.resolve("bare-server.log"))) {
            bare = baseline.awaitPage("bench/bare-a", Duration.ofSeconds(120));
            bareRss = baseline.rssMb();
        }
        double plain;
        double plainRss;
        Map<String, Double> plainSteps;
        try (SalaServer jar = SalaServer.start(JAR, TestModels.ENGLISH.getParent(), cache, OUT.resolve("plain-server.log"))) {
            plain = jar.awaitReady(Duration.ofSeconds(120));
            plainRss = jar.rssMb();
            plainSteps = jar.milestones();
        }
        Path home = Files.createTempDirectory("sala-bench-kiosk");
        double prepare = SalaServer.prepareKiosk(JAR, home, TestModels.ENGLISH.getParent(), OUT.resolve("prepare.log"));
        server = SalaServer.startKiosk(home, TestModels.ENGLISH.getParent(), cache, OUT.resolve("server.log"), List.of());
        client = new VoiceClient(server);
        double ready = server.awaitReady(Duration.ofSeconds(120));
        double rss = server.rssMb();
        Thread.sleep(12_000);
        double rssSettled = server.rssMb();
        report.row("startup: process start to ready (health UP, model loaded), as the kiosk service starts it",
                String.format(Locale.ROOT, "%.1f s = %.2fx the bare page (plain java -jar: %.1f s = %.2fx)", ready,
                        ready / bare, plain, plain / bare),
                String.format(Locale.ROOT, "bare Vaadin application of the same jar: %.1f s to its first page", bare),
                "<= 8 s and <= 2x the bare jar", ready <= 8 && ready <= 2 * bare,
                Map.of("readySeconds", ready, "plainSeconds", plain, "bareSeconds", bare, "prepareSeconds", prepare));
        report.row("memory: RSS after startup, kiosk settings (sala-server: -Xmx256m, serial GC, 2 malloc arenas)",
                String.format(Locale.ROOT, "%.0f MB at ready, %.0f MB 12 s later (plain java -Xmx256m -jar: %.0f MB)",
                        rss, rssSettled, plainRss),
                String.format(Locale.ROOT, "bare Vaadin application: %.0f MB", bareRss), "<= 300 MB", rssSettled <= 300,
                Map.of("rssMb", rss, "rssSettledMb", rssSettled, "plainRssMb", plainRss, "bareRssMb", bareRss));
        report.detail("Start-up steps, seconds after launch (the log line's arrival): plain java -jar " + steps(plainSteps)
                + "; kiosk service " + steps(server.milestones()) + ". Speech models load on their own thread from the"
                + " first moment of the context, and the voice warm-up on another as soon as the sentences exist, so"
                + " \"Speech recognition\" and \"Voice ready\" overlap Spring's work. The start-up archive took "
                + String.format(Locale.ROOT, "%.0f s to record (sala-server --prepare, once per install).", prepare));
        context.put("rssAfterStartup", rssSettled);
        context.put("readySeconds", ready);
    }

    private static String steps(Map<String, Double> milestones) {
        return milestones.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey().replace(":", ""), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }

    /** The latency clips: a few commands of each kind, both voices, clean. */
    private static final List<String> LATENCY_TEXTS = List.of("show me the bridge", "i have chest pain", "next step",
            "show me the care guide");

    private List<Clip> latencyClips() {
        return clips.stream().filter(c -> LATENCY_TEXTS.contains(c.text())).toList();
    }

    /** The accuracy clips: every command in the full run, every eighth by default. */
    private List<Clip> accuracyClips() {
        return clips.stream().filter(Clip::sampled).toList();
    }

    private void streamedLatency() throws Exception {
        Stats lastFrame = new Stats();
        Stats fromSpeechEnd = new Stats();
        Stats naiveAfterClip = new Stats();
        Stats naiveFromSpeechEnd = new Stats();
        List<Double> warmup = new ArrayList<>();
        List<Clip> set = latencyClips();
        for (int i = 0; i < WARMUP_STREAMS; i++) {
            // The first streams after startup pay for the model's first use; reported apart.
            VoiceClient.Streamed first = client.stream(TestAudio.pcm(set.get(i).audio()));
            warmup.add(first.lastFrameToFinalMillis());
        }
        int done = 0;
        for (Clip clip : set) {
            VoiceClient.Streamed s = client.stream(TestAudio.pcm(clip.audio()));
            lastFrame.add(s.lastFrameToFinalMillis());
            fromSpeechEnd.add((s.finalNanos() - s.firstFrameNanos()) / 1e6 - clip.speechEndSeconds() * 1000);
            NaivePipeline.Result n = naive.hear(TestAudio.pcm(clip.audio()));
            naiveAfterClip.add(n.millis());
            double trailing = clip.audio().length / (double) TestAudio.RATE - clip.speechEndSeconds();
            naiveFromSpeechEnd.add(trailing * 1000 + n.millis());
            done++;
            progress(String.format(Locale.ROOT, "   %d/%d \"%s\" (%s): last frame -> final %.0f ms, ended by %s; naive %.0f ms",
                    done, set.size(), clip.text(), clip.voice().label, s.lastFrameToFinalMillis(),
                    s.endedByServer() ? "the server" : "the clip", n.millis()));
        }
        context.put("streamLastFrame", lastFrame);
        context.put("naiveAfterClip", naiveAfterClip);
        context.put("warmupStreams", warmup);
        report.row("voice reply latency to intent on the server, p50 / p95 (last audio frame sent -> final message; clips streamed in real time over /api/v1/listen)",
                lastFrame.millis(), "naive, after the clip ends: " + naiveAfterClip.millis(), "—", null,
                Map.of("sala", lastFrame.values(), "naive", naiveAfterClip.values(), "firstStreamsAfterStartup", warmup));
        report.row("voice reply latency from the end of speech to intent, p50 / p95",
                fromSpeechEnd.millis(), "naive (needs the clip to end: 1.0 s trailing silence + processing): "
                        + naiveFromSpeechEnd.millis(), "—", null,
                Map.of("sala", fromSpeechEnd.values(), "naive", naiveFromSpeechEnd.values()));
        context.put("fromSpeechEnd", fromSpeechEnd);
    }

    private void browserVoiceLatency() throws Exception {
        if (!BenchBrowser.available()) {
            throw new IllegalStateException("Chromium or chromedriver missing");
        }
        List<String> texts = List.of("show me the bridge", "i have chest pain", "help", "show me the care guide");
        Stats painted = new Stats();
        Stats finalToPaint = new Stats();
        Stats naivePainted = new Stats();
        Path dir = Files.createDirectories(OUT.resolve("clips"));
        int i = 0;
        for (String text : texts) {
            i++;
            float[] speech = TestAudio.speak(text, Voice.FREETTS);
            float[] audio = TestAudio.pad(speech, 1.0, 2.5);
            Path wav = dir.resolve(text.replace(' ', '-') + ".wav");
            Files.write(wav, TestAudio.wav(audio));
            try (BenchBrowser browser = new BenchBrowser(List.of("--use-fake-ui-for-media-stream",
                    "--use-fake-device-for-media-stream", "--use-file-for-fake-audio-capture=" + wav.toAbsolutePath()))) {
                browser.driver.get(server.uri("").toString());
                browser.wait.until(d -> Boolean.TRUE.equals(browser.js("return !!document.querySelector('.sala-view')")));
                browser.waitForVaadin();
                browser.js("""
                        const before = (document.querySelector('.sala-voice-answer') || {}).textContent || '';
                        window.__benchAnswer = {};
                        const check = () => {
                          const el = document.querySelector('.sala-voice-answer');
                          const text = el ? el.textContent.trim() : '';
                          if (text && text !== before.trim() && window.__benchAnswer.at === undefined) {
                            window.__benchAnswer.at = performance.now();
                            requestAnimationFrame(() => { window.__benchAnswer.paintAt = performance.now(); });
                          }
                        };
                        new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
                        """);
                browser.driver.findElement(org.openqa.selenium.By.id("voice-button")).click();
                browser.wait.until(d -> browser.js("return window.__benchAnswer.paintAt") != null);
                @SuppressWarnings("unchecked")
                Map<String, Object> times = (Map<String, Object>) browser.js("""
                        return { paint: window.__benchAnswer.paintAt, frame: window.Sala.voice.lastFrameAt,
                                 fin: window.Sala.voice.lastFinalAt, answer: document.querySelector('.sala-voice-answer').textContent };
                        """);
                double paint = ((Number) times.get("paint")).doubleValue();
                double frame = ((Number) times.get("frame")).doubleValue();
                double fin = ((Number) times.get("fin")).doubleValue();
                painted.add(paint - frame);
                finalToPaint.add(paint - fin);
                NaivePipeline.Result n = naive.hear(TestAudio.pcm(TestAudio.pad(speech, 0.5, 1.0)));
                naivePainted.add(n.millis() + (paint - fin));
                progress(String.format(Locale.ROOT, "   %d/%d \"%s\": last frame -> answer painted %.0f ms (final -> painted %.0f ms)",
                        i, texts.size(), text, paint - frame, paint - fin));
            }
        }
        context.put("browserPainted", painted);
        context.put("finalToPaint", finalToPaint);
        report.row("voice reply latency to the answer painted in Chromium, p50 / p95 (fake microphone; last audio frame the page sent -> .sala-voice-answer painted)",
                painted.millis(), "naive processing + the same UI step: " + naivePainted.millis(), "p95 <= 300 ms",
                painted.p95() <= 300, Map.of("sala", painted.values(), "finalToPainted", finalToPaint.values(),
                        "naive", naivePainted.values()));
    }

    // ---------------------------------------------------------------- accuracy

    private void accuracy() throws Exception {
        Map<String, int[]> ours = new LinkedHashMap<>();
        Map<String, int[]> base = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        AtomicInteger finished = new AtomicInteger();
        try {
            List<Future<String[]>> results = new ArrayList<>();
            for (Clip clip : accuracyClips()) {
                Map<String, float[]> conditions = new LinkedHashMap<>();
                conditions.put("clean", clip.audio());
                conditions.put("white 10 dB", TestAudio.mix(clip.audio(), white, 10));
                conditions.put("babble 10 dB", TestAudio.mix(clip.audio(), babble, 10));
                int total = accuracyClips().size() * conditions.size();
                conditions.forEach((condition, audio) -> results.add(pool.submit(() -> {
                    JsonNode reply = client.transcribe(TestAudio.wav(audio));
                    NaivePipeline.Result n = naive.hear(TestAudio.pcm(audio));
                    Map<String, String> slots = new LinkedHashMap<>();
                    reply.path("slots").fields().forEachRemaining(e -> slots.put(e.getKey(), e.getValue().asText()));
                    boolean right = clip.expected().name().equals(reply.path("intent").asText())
                            && clip.expected().slots().equals(slots);
                    boolean naiveRight = clip.expected().name().equals(n.intent());
                    int count = finished.incrementAndGet();
                    if (count % 10 == 0) {
                        progress("   " + count + "/" + total + " clips heard");
                    }
                    return new String[] {clip.voice().label + ", " + condition, Boolean.toString(right),
                            Boolean.toString(naiveRight), clip.text() + " -> Sala " + reply.path("intent").asText()
                                    + slots + " \"" + reply.path("heard").asText() + "\"; naive " + n.intent() + " \"" + n.heard() + "\""};
                })));
            }
            for (Future<String[]> result : results) {
                String[] r = result.get();
                int[] o = ours.computeIfAbsent(r[0], k -> new int[2]);
                int[] b = base.computeIfAbsent(r[0], k -> new int[2]);
                o[1]++;
                b[1]++;
                o[0] += Boolean.parseBoolean(r[1]) ? 1 : 0;
                b[0] += Boolean.parseBoolean(r[2]) ? 1 : 0;
                if (!Boolean.parseBoolean(r[1])) {
                    misses.add(r[0] + ": " + r[3]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        int[] clean = {0, 0, 0};
        int[] noisy = {0, 0, 0};
        for (String key : ours.keySet()) {
            int[] o = ours.get(key);
            int[] b = base.get(key);
            boolean isClean = key.endsWith("clean");
            int[] sum = isClean ? clean : noisy;
            sum[0] += o[0];
            sum[1] += o[1];
            sum[2] += b[0];
            report.row("voice intent accuracy, " + key, pct(o[0], o[1]), "naive: " + pct(b[0], b[1]),
                    isClean ? ">= 95%" : ">= 90%", 100.0 * o[0] / o[1] >= (isClean ? 95 : 90),
                    Map.of("right", o[0], "total", o[1], "naiveRight", b[0]));
        }
        report.row("voice intent accuracy, all clean clips", pct(clean[0], clean[1]), "naive: " + pct(clean[2], clean[1]),
                ">= 95%", 100.0 * clean[0] / clean[1] >= 95, Map.of("right", clean[0], "total", clean[1], "naiveRight", clean[2]));
        report.row("voice intent accuracy, all noisy clips (10 dB SNR)", pct(noisy[0], noisy[1]),
                "naive: " + pct(noisy[2], noisy[1]), ">= 90%", 100.0 * noisy[0] / noisy[1] >= 90,
                Map.of("right", noisy[0], "total", noisy[1], "naiveRight", noisy[2]));
        report.detail("Sala's misses (intent and slots must both match; the naive pipeline is scored on the intent alone):\n\n"
                + (misses.isEmpty() ? "none" : "- " + String.join("\n- ", misses)));
    }

    private static String pct(int right, int total) {
        return String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * right / total, right, total);
    }

    private void falseAccepts() throws Exception {
        List<String> acted = new ArrayList<>();
        List<String> naiveActed = new ArrayList<>();
        List<float[]> noise = new ArrayList<>();
        int seeds = FULL ? 10 : 3;
        for (int seed = 0; seed < seeds; seed++) {
            noise.add(TestAudio.scaled(TestAudio.whiteNoise(TestAudio.RATE * 4, 100 + seed), 0.01 + 0.01 * seed));
            noise.add(TestAudio.scaled(TestAudio.babble(TestAudio.RATE * 4, VoicePhrases.CHATTER, 200 + seed), 0.05 + 0.01 * seed));
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < noise.size(); i++) {
            labels.add((i % 2 == 0 ? "white noise " : "babble ") + i / 2);
        }
        List<float[]> all = new ArrayList<>(noise);
        for (String phrase : FULL ? VoicePhrases.SPANISH : VoicePhrases.SPANISH.subList(0, 6)) {
            all.add(TestAudio.pad(TestAudio.speak(phrase, Voice.ESPEAK_ES), 0.5, 1.0));
            labels.add("\"" + phrase + "\"");
        }
        progress("   " + all.size() + " clips of noise and Spanish");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                int index = i;
                results.add(pool.submit(() -> {
                    JsonNode reply = client.transcribe(TestAudio.wav(all.get(index)));
                    NaivePipeline.Result n = naive.hear(TestAudio.pcm(all.get(index)));
                    synchronized (acted) {
                        if (!Intent.UNKNOWN.equals(reply.path("intent").asText())) {
                            acted.add(labels.get(index) + " -> " + reply.path("intent").asText() + " \""
                                    + reply.path("heard").asText() + "\"");
                        }
                        if (!Intent.UNKNOWN.equals(n.intent())) {
                            naiveActed.add(labels.get(index) + " -> " + n.intent() + " \"" + n.heard() + "\"");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int total = all.size();
        report.row("false accepts (" + noise.size() + " noise-only + " + (all.size() - noise.size())
                + " Spanish-into-English clips)", pct(acted.size(), total),
                "naive: " + pct(naiveActed.size(), total), "<= 2%", 100.0 * acted.size() / total <= 2,
                Map.of("sala", acted, "naive", naiveActed, "total", total));
        report.detail("False accepts, Sala: " + (acted.isEmpty() ? "none" : String.join("; ", acted))
                + "\n\nFalse accepts, naive: " + (naiveActed.isEmpty() ? "none" : String.join("; ", naiveActed)));
    }

    private void recognitionSpeed() {
        Grammar grammar = Grammar.of(assistant.grammarPhrases("en"));
        double audioSeconds = 0;
        long grammarNanos = 0;
        long freeNanos = 0;
        for (Clip clip : clips.stream().filter(c -> LATENCY_TEXTS.contains(c.text()) && c.voice() == Voice.FREETTS).toList()) {
            byte[] pcm = TestAudio.pcm(clip.audio());
            audioSeconds += clip.audio().length / (double) TestAudio.RATE;
            long start = System.nanoTime();
            try (SafeRecognizer recognizer = model.grammarRecognizer(grammar, SpeechAudio.SAMPLE_RATE, 60)) {
                feed(recognizer, pcm);
            }
            grammarNanos += System.nanoTime() - start;
            start = System.nanoTime();
            try (SafeRecognizer recognizer = model.freeRecognizer(SpeechAudio.SAMPLE_RATE, 60)) {
                feed(recognizer, pcm);
            }
            freeNanos += System.nanoTime() - start;
        }
        double grammarSpeed = audioSeconds / (grammarNanos / 1e9);
        double freeSpeed = audioSeconds / (freeNanos / 1e9);
        context.put("grammarSpeed", grammarSpeed);
        context.put("freeSpeed", freeSpeed);
        report.row(String.format(Locale.ROOT, "recognition speed, grammar mode (audio s / processing s, %.0f s of speech)", audioSeconds),
                String.format(Locale.ROOT, "%.1fx real time", grammarSpeed),
                String.format(Locale.ROOT, "free mode: %.1fx real time", freeSpeed), "—", null,
                Map.of("grammar", grammarSpeed, "free", freeSpeed, "audioSeconds", audioSeconds));
    }

    private static void feed(SafeRecognizer recognizer, byte[] pcm) {
        for (int offset = 0; offset < pcm.length; offset += SpeechAudio.CHUNK_BYTES) {
            if (recognizer.accept(pcm, offset, Math.min(SpeechAudio.CHUNK_BYTES, pcm.length - offset))) {
                recognizer.result();
            }
        }
        recognizer.finalResult();
    }

    // ---------------------------------------------------------------- read-aloud

    private void readAloudFirstByte() throws Exception {
        FreeTtsSynthesizer direct = new FreeTtsSynthesizer();
        direct.synthesize("Warming up the voice.", "en", SpeechRate.NORMAL);
        firstByte("Warming up the server's voice.");
        Stats uncached = new Stats();
        Stats cached = new Stats();
        Stats engine = new Stats();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            texts.add("Sentence number " + i + " of the benchmark: lie on your back with your knees bent and your feet flat.");
        }
        for (String text : texts) {
            uncached.add(firstByte(text));
            long start = System.nanoTime();
            direct.synthesize(text + " ", "en", SpeechRate.NORMAL);
            engine.add((System.nanoTime() - start) / 1e6);
        }
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                cached.add(firstByte(text));
            }
        }
        context.put("uncached", uncached);
        context.put("cached", cached);
        context.put("engine", engine);
        report.row("read-aloud first byte, uncached (GET /api/v1/speech, English, FreeTTS), p50 / p95", uncached.millis(),
                "direct FreeTTS call: " + engine.millis(), "—", null,
                Map.of("sala", uncached.values(), "engine", engine.values()));
        report.row("read-aloud first byte, cached, p50 / p95", cached.millis(), "direct FreeTTS call: " + engine.millis(),
                "<= 50 ms", cached.p95() <= 50, Map.of("sala", cached.values(), "engine", engine.values()));
    }

    /** Milliseconds from sending the request to the first byte of the body. */
    private double firstByte(String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri("api/v1/speech?lang=en&rate=normal&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200 || body.read() < 0) {
                throw new IllegalStateException("speech: HTTP " + response.statusCode());
            }
            double millis = (System.nanoTime() - start) / 1e6;
            body.readAllBytes();
            return millis;
        }
    }

    private void synthesisSpeed() {
        List<String> english = List.of("Lie on your back with your knees bent and your feet flat on the floor.",
                "If you have chest pain, call nine one one now.",
                "Slowly lift your hips until your body makes a straight line from your shoulders to your knees.");
        List<String> spanish = List.of("Acuéstese boca arriba con las rodillas dobladas y los pies en el suelo.",
                "Si tiene dolor de pecho, llame al nueve uno uno ahora.",
                "Levante la cadera despacio hasta que su cuerpo forme una línea recta.");
        EspeakSynthesizer espeak = new EspeakSynthesizer("espeak-ng", Map.of("en", "en-us", "es", "es-419"),
                Duration.ofSeconds(10));
        Map<String, Double> speeds = new LinkedHashMap<>();
        speeds.put("FreeTTS kevin16 (en)", speed(new FreeTtsSynthesizer(), "en", english));
        speeds.put("espeak-ng en-us", speed(espeak, "en", english));
        speeds.put("espeak-ng es-419", speed(espeak, "es", spanish));
        context.put("synthesis", speeds);
        speeds.forEach((engine, speed) -> report.row("synthesis speed, " + engine + " (audio s / synthesis s)",
                String.format(Locale.ROOT, "%.1fx real time", speed), "the other engines (rows beside)", "—", null,
                Map.of("speed", speed)));
    }

    private static double speed(Synthesizer synthesizer, String language, List<String> texts) {
        synthesizer.synthesize("Warm up.", language, SpeechRate.NORMAL);
        double audio = 0;
        long nanos = 0;
        for (String text : texts) {
            long start = System.nanoTime();
            AudioClip clip = synthesizer.synthesize(text, language, SpeechRate.NORMAL);
            nanos += System.nanoTime() - start;
            audio += clip.pcm().length / 2.0 / clip.sampleRate();
        }
        return audio / (nanos / 1e9);
    }

    // ---------------------------------------------------------------- pages

    private void pageLoad() {
        Stats sala = new Stats();
        Stats bare = new Stats();
        try (BenchBrowser browser = new BenchBrowser(List.of())) {
            browser.watchViews();
            browser.coldLoad(server.uri("").toString());
            browser.coldLoad(server.uri("bench/bare-a").toString());
            for (int i = 0; i < 6; i++) {
                sala.add(browser.coldLoad(server.uri("").toString()));
                bare.add(browser.coldLoad(server.uri("bench/bare-a").toString()));
            }
        }
        double ratio = sala.p50() / bare.p50();
        report.row("page load, cold (no cache, new session) to the first view painted, p50 / p95",
                sala.millis() + String.format(Locale.ROOT, " = %.2fx the bare page (p50)", ratio),
                "bare Vaadin page from the same jar: " + bare.millis(), "<= 1.3x the bare page", ratio <= 1.3,
                Map.of("sala", sala.values(), "bare", bare.values(), "ratioP50", ratio));
        context.put("pageRatio", ratio);
    }

    private void viewSwitch() {
        List<BenchBrowser.Step> tour = List.of(
                new BenchBrowser.Step("home -> exercises", "a[href='exercises']", ".sala-exercises-view"),
                new BenchBrowser.Step("exercises -> bridge", "a[href='exercises/bridge']", ".sala-exercise-view .sala-step-card"),
                new BenchBrowser.Step("bridge -> home", "a.sala-home", ".sala-home-view"),
                new BenchBrowser.Step("home -> care", "a[href='care']", ".sala-care-view"),
                new BenchBrowser.Step("care -> where to go", "a[href='care/where-to-go']", ".sala-where-view .sala-choice"),
                new BenchBrowser.Step("where to go -> advice", ".sala-choice[data-condition='sprain-strain']", ".sala-advice-view .sala-result"),
                new BenchBrowser.Step("advice -> emergency", "a.sala-emergency-strip", ".sala-emergency-view"),
                new BenchBrowser.Step("emergency -> home", "a.sala-home", ".sala-home-view"),
                new BenchBrowser.Step("home -> activities", "a[href='activities']", ".sala-activities-view"),
                new BenchBrowser.Step("activities -> home", "a.sala-home", ".sala-home-view"));
        List<BenchBrowser.Step> bareTour = List.of(
                new BenchBrowser.Step("bare a -> b", "a.bench-bare-link", ".bench-bare-b"),
                new BenchBrowser.Step("bare b -> a", "a.bench-bare-link", ".bench-bare-a"));
        Stats sala = new Stats();
        Stats bare = new Stats();
        try (BenchBrowser browser = new BenchBrowser(List.of())) {
            browser.driver.get(server.uri("").toString());
            browser.wait.until(d -> Boolean.TRUE.equals(browser.js("return !!document.querySelector('.sala-home-view')")));
            browser.waitForVaadin();
            browser.tour(tour);
            for (int round = 0; round < 3; round++) {
                browser.tour(tour).forEach(sala::add);
            }
            browser.driver.get(server.uri("bench/bare-a").toString());
            browser.wait.until(d -> Boolean.TRUE.equals(browser.js("return !!document.querySelector('.bench-bare-a')")));
            browser.waitForVaadin();
            browser.tour(bareTour);
            for (int round = 0; round < 15; round++) {
                browser.tour(bareTour).forEach(bare::add);
            }
        }
        report.row("view switch: tap to new view painted, p50 / p95 over all views (" + tour.size() + " switches x 3)",
                sala.millis(), "bare Vaadin route switch: " + bare.millis(), "p95 <= 100 ms", sala.p95() <= 100,
                Map.of("sala", sala.values(), "bare", bare.values()));
    }

    // ---------------------------------------------------------------- memory

    private void memoryPerSession() throws Exception {
        int sessions = 100;
        server.gc();
        double rssBefore = server.rssMb();
        double heapBefore = server.heapUsedMb();
        for (int i = 0; i < sessions; i++) {
            openHomeView();
        }
        server.gc();
        double rssAfter = server.rssMb();
        double heapAfter = server.heapUsedMb();
        double perSessionRss = (rssAfter - rssBefore) / sessions * 1024;
        double perSessionHeap = (heapAfter - heapBefore) / sessions * 1024;
        report.row("memory per extra concurrent Vaadin session (" + sessions + " sessions with the home view open)",
                String.format(Locale.ROOT, "%.0f KB heap after GC (RSS %+.0f KB)", perSessionHeap, perSessionRss),
                String.format(Locale.ROOT, "before: heap %.0f MB, RSS %.0f MB", heapBefore, rssBefore), "—", null,
                Map.of("heapKbPerSession", perSessionHeap, "rssKbPerSession", perSessionRss, "sessions", sessions));
    }

    /**
     * What a browser does for a new visitor, without the browser: the bootstrap request creates
     * the session and the UI, then the client's first "ui-navigate" event builds the home view.
     */
    private void openHomeView() throws Exception {
        HttpResponse<String> init = http.send(HttpRequest.newBuilder(server.uri("?v-r=init&location=&query="))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = init.headers().firstValue("set-cookie").orElse("").split(";")[0];
        if (init.statusCode() != 200 || !cookie.startsWith("JSESSIONID")) {
            throw new IllegalStateException("no new Vaadin session: HTTP " + init.statusCode());
        }
        String key = new com.fasterxml.jackson.databind.ObjectMapper().readTree(init.body())
                .path("appConfig").path("uidl").path("Vaadin-Security-Key").asText();
        String navigate = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> view = http.send(HttpRequest.newBuilder(server.uri("?v-r=uidl&v-uiId=0"))
                .header("Cookie", cookie).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (view.statusCode() != 200 || !view.body().contains("sala-home-view")) {
            throw new IllegalStateException("the home view was not built: HTTP " + view.statusCode());
        }
    }

    private void memoryAfterInteractions() throws Exception {
        byte[] wav = TestAudio.wav(TestAudio.pad(TestAudio.speak("stop", Voice.FREETTS), 0.2, 0.3));
        int total = 1000;
        int warm = 100;
        long limit = FULL ? Long.MAX_VALUE : System.nanoTime() + 60_000_000_000L;
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        double[] afterWarm = new double[3];
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int phase = 0; phase < 2; phase++) {
                int count = phase == 0 ? warm : total - warm;
                List<Future<?>> results = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    results.add(pool.submit(() -> {
                        if (System.nanoTime() > limit) {
                            return null;
                        }
                        client.transcribe(wav);
                        int n = done.incrementAndGet();
                        if (n % 100 == 0) {
                            progress(String.format(Locale.ROOT, "   %d/%d voice interactions (%.0f /s)", n, total,
                                    n / seconds(start)));
                        }
                        return null;
                    }));
                }
                for (Future<?> result : results) {
                    result.get();
                }
                if (phase == 0) {
                    server.gc();
                    afterWarm[0] = server.rssMb();
                    afterWarm[1] = server.heapUsedMb();
                    afterWarm[2] = done.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        server.gc();
        double rss = server.rssMb();
        double heap = server.heapUsedMb();
        double startup = (double) context.getOrDefault("rssAfterStartup", Double.NaN);
        report.row("memory after " + done.get() + " voice interactions (POST /api/v1/transcribe, 2 at a time"
                        + (done.get() < total ? ", stopped at the time limit; -Dbench.full=true runs all 1,000" : "") + ")",
                String.format(Locale.ROOT, "RSS %.0f MB, heap after GC %.0f MB", rss, heap),
                String.format(Locale.ROOT, "after startup: RSS %.0f MB; after the first %.0f: RSS %.0f MB, heap %.0f MB",
                        startup, afterWarm[2], afterWarm[0], afterWarm[1]),
                "no growth after the run", heap <= afterWarm[1] * 1.1 + 2,
                Map.of("rssMb", rss, "heapMb", heap, "rssAfterWarmMb", afterWarm[0], "heapAfterWarmMb", afterWarm[1]));
    }

    // ---------------------------------------------------------------- soak

    /**
     * Months of a lobby in one run: {@link #SOAK} utterances from {@link #SOAK_VISITORS} visitors at
     * once, alternately uploaded and streamed over the socket (four times faster than real time),
     * with a read-aloud clip every 10 utterances and a new visitor's home page every 50. Resident
     * memory is sampled every 2 s and the heap every 10 s; the chart is soak.png beside the report.
     * Flat means the last fifth of the utterances added less than 2 % to resident memory.
     */
    private void soak() throws Exception {
        List<Clip> sample = clips;
        List<byte[]> wavs = sample.stream().map(c -> TestAudio.wav(c.audio())).toList();
        List<byte[]> pcms = sample.stream().map(c -> TestAudio.pcm(c.audio())).toList();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        List<SoakChart.Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        samples.add(new SoakChart.Sample(0, 0, server.rssMb(), server.heapUsedMb()));
        ExecutorService pool = Executors.newFixedThreadPool(SOAK_VISITORS + 1);
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.locks.ReentrantLock microphone = new java.util.concurrent.locks.ReentrantLock();
        java.util.concurrent.atomic.AtomicInteger streamed = new java.util.concurrent.atomic.AtomicInteger();
        try {
            Future<?> sampler = pool.submit(() -> {
                int tick = 0;
                while (running.get()) {
                    Thread.sleep(2_000);
                    double heap = ++tick % 5 == 0 ? server.heapUsedMb() : Double.NaN;
                    samples.add(new SoakChart.Sample(seconds(start), done.get(), server.rssMb(), heap));
                }
                return null;
            });
            List<Future<?>> visitors = new ArrayList<>();
            for (int v = 0; v < SOAK_VISITORS; v++) {
                visitors.add(pool.submit(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < SOAK) {
                        int clip = n % wavs.size();
                        try {
                            // A kiosk has one microphone: Sala keeps one stream per visitor and closes the
                            // older one, so streams take turns and the other visitors upload meanwhile.
                            if (n % 2 == 1 && microphone.tryLock()) {
                                try {
                                    client.stream(pcms.get(clip), 4.0);
                                    streamed.incrementAndGet();
                                } finally {
                                    microphone.unlock();
                                }
                            } else {
                                client.transcribe(wavs.get(clip));
                            }
                            if (n % 10 == 0) {
                                firstByte("Soak sentence " + (n % 200) + ": lie on your back with your knees bent.");
                            }
                            if (n % 50 == 0) {
                                openHomeView();
                            }
                        } catch (Exception e) {
                            if (failed.incrementAndGet() <= 5) {
                                progress("   soak: utterance " + n + " failed: " + e);
                            }
                        }
                        int count = done.incrementAndGet();
                        if (count % 250 == 0) {
                            progress(String.format(Locale.ROOT, "   soak: %d/%d utterances, RSS %.0f MB (%.0f s)", count, SOAK,
                                    server.rssMb(), seconds(start)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> visitor : visitors) {
                visitor.get();
            }
            running.set(false);
            sampler.get();
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
        samples.add(new SoakChart.Sample(seconds(start), done.get(), server.rssMb(), server.heapUsedMb()));
        double at80 = rssAt(samples, (int) (SOAK * 0.8));
        double atEnd = rssAt(samples, SOAK);
        double growth = (atEnd - at80) / at80 * 100;
        boolean flat = growth < 2;
        double peak = samples.stream().mapToDouble(SoakChart.Sample::rssMb).max().orElse(Double.NaN);
        String verdict = String.format(Locale.ROOT, "%s: the last %,d of %,d utterances %s resident memory by %.1f %%",
                flat ? "flat" : "growing", SOAK - (int) (SOAK * 0.8), SOAK, growth >= 0 ? "raised" : "lowered", Math.abs(growth));
        SoakChart.write(samples, "Sala soak run: " + verdict, OUT.resolve("soak.png"));
        StringBuilder csv = new StringBuilder("seconds,utterances,rss_mb,heap_mb\n");
        samples.forEach(x -> csv.append(String.format(Locale.ROOT, "%.1f,%d,%.1f,%.1f%n", x.seconds(), x.utterances(),
                x.rssMb(), x.heapMb())));
        Files.writeString(OUT.resolve("soak.csv"), csv);
        server.gc();
        report.row(String.format(Locale.ROOT, "soak: %,d utterances (%d visitors at once, upload and socket), read-aloud and"
                        + " page views; RSS at 80 %% of the utterances -> at the end (chart: soak.png)", SOAK, SOAK_VISITORS),
                String.format(Locale.ROOT, "%.0f -> %.0f MB (%+.1f %%), peak %.0f MB; heap after GC %.0f MB; %d streamed over"
                                + " the socket, the rest uploaded; %d failed; %.0f min",
                        at80, atEnd, growth, peak, server.heapUsedMb(), streamed.get(), failed.get(), seconds(start) / 60),
                String.format(Locale.ROOT, "after startup: RSS %.0f MB", (double) context.getOrDefault("rssAfterStartup", Double.NaN)),
                "the last fifth adds < 2 %", flat,
                Map.of("rssAt80Mb", at80, "rssAtEndMb", atEnd, "growthPercent", growth, "peakMb", peak, "failed", failed.get()));
        report.note("Soak run: " + verdict + ". ![memory over the soak run](soak.png) (samples in soak.csv)");
    }

    /** Resident memory when {@code utterances} were done: the mean of the samples nearest to it. */
    private static double rssAt(List<SoakChart.Sample> samples, int utterances) {
        List<SoakChart.Sample> sorted = samples.stream()
                .sorted(java.util.Comparator.comparingInt(x -> Math.abs(x.utterances() - utterances))).limit(3).toList();
        return sorted.stream().mapToDouble(SoakChart.Sample::rssMb).average().orElse(Double.NaN);
    }

    // ---------------------------------------------------------------- notes

    private void notes() {
        String endpoint = "0.5";
        try {
            for (String line : Files.readAllLines(TestModels.ENGLISH.resolve("conf/model.conf"))) {
                if (line.startsWith("--endpoint.rule2.min-trailing-silence=")) {
                    endpoint = line.substring(line.indexOf('=') + 1);
                }
            }
        } catch (IOException e) {
            // The model's default stays in the note.
        }
        report.note("Intent on the server: the reply leaves as soon as the grammar recognizer ends the phrase, "
                + "which Vosk does after " + endpoint + " s of trailing silence (endpoint.rule2.min-trailing-silence in "
                + "models/en/conf/model.conf). That silence is in \"end of speech -> intent\" (" + fmt("fromSpeechEnd")
                + "), not in \"last frame -> final\" (" + fmt("streamLastFrame") + "), which is decoding the last 100 ms "
                + "frame and matching. Next: a shorter trailing silence for grammar phrases that are complete (rule2 at 0.3 s) "
                + "would cut about 200 ms from every reply.");
        report.note("The naive pipeline waits for the clip to end and then decodes all of it in free mode: its "
                + "latency grows with the clip (" + fmt("naiveAfterClip") + " here) and it still needs something to end "
                + "the clip (a second tap or a timeout).");
        @SuppressWarnings("unchecked")
        List<Double> warmup = (List<Double>) context.getOrDefault("warmupStreams", List.of());
        report.note("Warm-up: the first " + warmup.size() + " streams after startup took "
                + warmup.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList() + " ms from the last frame to "
                + "the final message, against " + fmt("streamLastFrame") + " later: the model is loaded at startup, so a "
                + "first request pays for page faults and the JIT at most. If it stands out, feed a second of silence "
                + "through a recognizer at startup.");
        report.note("Answer on screen: after the final message the page makes one more Vaadin round trip (the ticket) "
                + "before the answer is drawn: " + fmt("finalToPaint") + " from the final message to the answer painted. "
                + "Next: draw the answer text from the final message directly and let the round trip only act.");
        report.note("CPU: Sala decodes every stream twice at once, grammar and free mode; free mode ran at "
                + String.format(Locale.ROOT, "%.1fx", (double) context.getOrDefault("freeSpeed", Double.NaN))
                + " real time here against grammar mode's " + String.format(Locale.ROOT, "%.1fx",
                        (double) context.getOrDefault("grammarSpeed", Double.NaN))
                + ". When the machine is busy the free pass falls behind the microphone, the grammar recognizer's end of "
                + "phrase arrives late and the stream ends with the clip instead (\"ended by the clip\" in the progress). "
                + "Next: run the free recognizer only when the grammar result is doubtful, or with a smaller beam.");
        report.note("Memory: RSS grows well past the 256 MB heap after the first voice interactions while the heap "
                + "after GC stays flat, so the growth is native memory, most likely Vosk's recognizers and the grammar compiled for each one "
                + "(glibc malloc arenas). Next: compile the grammar once and reuse recognizers from a small pool, and "
                + "cap arenas (MALLOC_ARENA_MAX=2) in the kiosk launcher.");
        report.note("Read-aloud: uncached is all synthesis (FreeTTS renders the whole clip before the first byte: "
                + fmt("uncached") + " vs " + fmt("engine") + " for the engine alone); cached is a file read ("
                + fmt("cached") + "). Next: prewarm (on by default in production, off here) already removes it for "
                + "screen texts; sentence-by-sentence streaming would cut it for long texts.");
        report.note("Page load: the Vaadin client bundle dominates both Sala and the bare page; Sala adds its theme, "
                + "pictograms and the footer's scripts. View switch: one server round trip plus building the view.");
        report.note("Figures on this machine are noisy (2 cores shared with other builds, see load average); "
                + "compare each figure with its baseline from the same run.");
    }

    private String fmt(String key) {
        Object value = context.get(key);
        return value instanceof Stats stats ? stats.millis() : "n/a";
    }
}
