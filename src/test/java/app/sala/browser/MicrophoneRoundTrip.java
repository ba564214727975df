package app.sala.browser;

import app.sala.recognition.TestAudio;
import app.sala.recognition.UploadedWav;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor at the kiosk, through the real microphone path: a fresh headless Chromium whose
 * fake microphone plays one clip (1.5 s of silence, the speech, 2.5 s of silence), the kiosk
 * home opened, a tap on Speak, and what the kiosk did once it answered: the screen it ended on,
 * the answer shown, the words heard, any "did you mean" choices, what the server decided, when
 * each step of the tap happened, and the exact audio the page sent.
 *
 * <p>Chromium takes its fake-capture file only at launch, so every clip gets its own browser;
 * {@link #parallel(int)} runs that many at once against one running server. Test code only: the
 * page is watched through a script added before its own (it copies the microphone stream's
 * frames and messages), nothing in Sala records audio.
 */
public final class MicrophoneRoundTrip {

    public static final double LEAD_SECONDS = 1.5;
    public static final double TAIL_SECONDS = 2.5;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(40);

    /**
     * Installed before any page script. Records the tap on Speak (capture phase, so before any
     * handler of the page), and for the microphone stream's socket: when it was made and opened,
     * every binary frame sent (a copy) and every message received.
     */
    private static final String WATCH = """
            (() => {
              const rec = window.__salaMic = { tapAt: null, socketAt: null, openAt: null, firstSendAt: null,
                                              frames: [], messages: [], closed: false };
              document.addEventListener('click', (e) => {
                const button = e.target && e.target.closest && e.target.closest('#voice-button');
                if (button && rec.tapAt === null) { rec.tapAt = performance.now(); }
              }, true);
              if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
                const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
                navigator.mediaDevices.getUserMedia = (constraints) => getUserMedia(constraints).then((stream) => {
                  const track = stream.getAudioTracks()[0];
                  rec.capture = track ? track.getSettings() : null;
                  return stream;
                });
              }
              const Native = window.WebSocket;
              const send = Native.prototype.send;
              Native.prototype.send = function (data) {
                if (this.__salaMic && (data instanceof ArrayBuffer || ArrayBuffer.isView(data))) {
                  if (rec.firstSendAt === null) { rec.firstSendAt = performance.now(); }
                  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
                  rec.frames.push(bytes.slice());
                }
                return send.call(this, data);
              };
              window.WebSocket = new Proxy(Native, {
                construct(target, args) {
                  const socket = new target(...args);
                  if (String(args[0]).includes('/api/v1/listen')) {
                    socket.__salaMic = true;
                    rec.socketAt = performance.now();
                    socket.addEventListener('open', () => { rec.openAt = performance.now(); });
                    socket.addEventListener('message', (m) => { if (typeof m.data === 'string') { rec.messages.push(m.data); } });
                    socket.addEventListener('close', () => { rec.closed = true; });
                  }
                  return socket;
                }
              });
            })();
            """;

    /** The frames the page sent, as one base64 string of 16-bit PCM. */
    private static final String SENT_AUDIO = """
            const frames = (window.__salaMic && window.__salaMic.frames) || [];
            let length = 0;
            frames.forEach((f) => { length += f.length; });
            const all = new Uint8Array(length);
            let at = 0;
            frames.forEach((f) => { all.set(f, at); at += f.length; });
            let binary = '';
            for (let i = 0; i < all.length; i += 0x8000) {
              binary += String.fromCharCode.apply(null, all.subarray(i, i + 0x8000));
            }
            return btoa(binary);
            """;

    /**
     * Tolerant reader of "did you mean" choices: buttons or links in an element whose class
     * names choices, or elements marked as one choice. No such element: no choices.
     */
    private static final String CHOICES = """
            const panel = document.querySelector('.sala-voice-panel') || document;
            const found = panel.querySelectorAll('[data-choice], .sala-voice-choice, .sala-voice-choices button, .sala-voice-choices a, .sala-voice-choices li');
            const texts = [];
            found.forEach((el) => { const t = (el.textContent || '').trim(); if (t && !texts.includes(t)) { texts.push(t); } });
            return texts;
            """;

    /**
     * One clip: its speech (16 kHz floats, without the padding: the harness adds it), a sound
     * under all of it if any (a waiting room, the kiosk's own speaker), and what the kiosk should
     * have done.
     *
     * @param background   played under the whole padded clip, from its start (looped), or null
     * @param backgroundDb how far below the speech the background is (SNR in dB, speech measured where it is loud)
     */
    public record Clip(String label, float[] speech, float[] background, double backgroundDb, String expectation,
                       Predicate<Outcome> expected) {

        /** The kiosk should end on this route ("" is home; compared without a leading slash or query). */
        public static Clip expectingRoute(String label, float[] speech, String route) {
            return new Clip(label, speech, null, 0, "route " + route, outcome -> route.equals(outcome.route()));
        }

        public static Clip expecting(String label, float[] speech, String expectation, Predicate<Outcome> expected) {
            return new Clip(label, speech, null, 0, expectation, expected);
        }

        /** A WAV file (any rate, channels, PCM or float: as the upload endpoint takes it). */
        public static Clip fromWav(String label, Path wav, String expectation, Predicate<Outcome> expected) {
            try {
                byte[] pcm = UploadedWav.toSpeechPcm(Files.readAllBytes(wav), 60);
                float[] samples = new float[pcm.length / 2];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8)) / 32768f;
                }
                return expecting(label, samples, expectation, expected);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The same clip with this sound under all of it, {@code snrDb} below the speech. */
        public Clip over(float[] sound, double snrDb) {
            return new Clip(label, speech, sound, snrDb, expectation, expected);
        }

        /**
         * What the fake microphone plays: 1.5 s of silence, the speech, 2.5 s of silence, and the
         * background (if any) under all of it, so capture processing hears the room before the visitor.
         */
        public float[] padded() {
            float[] padded = TestAudio.pad(speech, LEAD_SECONDS, TAIL_SECONDS);
            return background == null ? padded : TestAudio.mix(padded, background, backgroundDb);
        }

        /** The padded clip as a WAV file's bytes: what the upload endpoint is given to compare. */
        public byte[] wav() {
            return TestAudio.wav(padded());
        }
    }

    /**
     * What happened for one clip.
     *
     * @param route     the kiosk's address after the answer, without the leading slash ("" is home)
     * @param answer    the answer text shown ({@code .sala-voice-answer})
     * @param heard     the words heard, as the server's final message gave them (else as shown)
     * @param choices   "did you mean" choices shown, empty when there are none (or no such element yet)
     * @param reply     the server's final message on the microphone stream (null when none came)
     * @param marks     when each step of the tap happened, in ms on the page's clock (performance.now()):
     *                  tap, socket, socketOpen, firstSend from the harness; the page's own marks
     *                  (start, microphoneOpen, firstSample, firstSent...) as {@code page.<name>}
     * @param capture   the microphone track's settings as the browser applied them (echoCancellation,
     *                  noiseSuppression, autoGainControl, sampleRate...), empty when it never opened
     * @param sentPcm   every binary frame the page sent on the stream, joined: 16 kHz mono 16-bit PCM
     * @param error     why the round trip did not complete, or null
     * @param seconds   wall time of the whole round trip, browser start to answer
     */
    public record Outcome(Clip clip, String route, String answer, String heard, List<String> choices, JsonNode reply,
                          Map<String, Double> marks, Map<String, Object> capture, byte[] sentPcm, String error, double seconds) {

        public String label() {
            return clip.label();
        }

        /** The kiosk answered and did what the clip expects. */
        public boolean passed() {
            return error == null && clip.expected().test(this);
        }

        public String intent() {
            return reply == null ? "" : reply.path("intent").asText("");
        }

        public Map<String, String> slots() {
            Map<String, String> slots = new LinkedHashMap<>();
            if (reply != null) {
                reply.path("slots").fields().forEachRemaining(e -> slots.put(e.getKey(), e.getValue().asText()));
            }
            return slots;
        }

        /** What the page sent, as floats. */
        public float[] sent() {
            float[] samples = new float[sentPcm.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) ((sentPcm[2 * i] & 0xff) | (sentPcm[2 * i + 1] << 8)) / 32768f;
            }
            return samples;
        }

        /**
         * Where in the played clip the first sample the page sent lies, in seconds: the fake
         * microphone starts playing when it is opened, so this is the clip's audio that never
         * reached the server (NaN when nothing was sent, or when a background under the whole clip
         * leaves nothing to line up by).
         */
        public double lostSeconds() {
            return sentPcm.length < 3200 || clip.background() != null ? Double.NaN : offsetInClip(clip.padded(), sent());
        }

        /** Milliseconds from the tap to the first microphone sample the page had (NaN when unknown). */
        public double tapToFirstSampleMillis() {
            return between("tap", "page.firstSample");
        }

        public double between(String from, String to) {
            Double a = marks.get(from);
            Double b = marks.get(to);
            return a == null || b == null ? Double.NaN : b - a;
        }

        @Override
        public String toString() {
            return label() + ": " + (error != null ? "ERROR " + error : (passed() ? "ok" : "MISS")) + " -> route \"" + route
                    + "\", intent " + intent() + slots() + ", heard \"" + heard + "\", answer \"" + answer + "\""
                    + (choices.isEmpty() ? "" : ", choices " + choices);
        }
    }

    private final String baseUrl;
    private final Path workDir;
    private int parallel = 1;
    private Consumer<Outcome> progress = outcome -> { };

    /**
     * @param baseUrl the kiosk's address, e.g. {@code http://127.0.0.1:8080/}
     * @param workDir where the padded clips are written for Chromium to play
     */
    private Consumer<ChromeDriver> afterAnswer;
    private Consumer<ChromeDriver> beforeSpeaking;

    public MicrophoneRoundTrip(String baseUrl, Path workDir) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.workDir = workDir;
    }

    /** Chromium and ChromeDriver are installed. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** How many browsers run at once in {@link #runAll(List)} (2 suits two cores). */
    public MicrophoneRoundTrip parallel(int browsers) {
        this.parallel = Math.max(1, browsers);
        return this;
    }

    /** Called after each clip of {@link #runAll(List)}, from the thread that ran it. */
    /**
     * What the visitor does once the answer is shown, before the outcome is read: e.g. taps a
     * "did you mean" choice. It gets the browser; the outcome then reports where that led.
     */
    /** What the visitor does on the page before tapping Speak (e.g. switching the screen to Spanish). */
    public MicrophoneRoundTrip beforeSpeaking(Consumer<ChromeDriver> visitor) {
        this.beforeSpeaking = visitor;
        return this;
    }

    public MicrophoneRoundTrip afterAnswer(Consumer<ChromeDriver> visitor) {
        this.afterAnswer = visitor;
        return this;
    }

    public MicrophoneRoundTrip onEach(Consumer<Outcome> progress) {
        this.progress = progress;
        return this;
    }

    /** Every clip, in its own browser, {@link #parallel(int)} at a time; outcomes in the clips' order. */
    public List<Outcome> runAll(List<Clip> clips) {
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread thread = new Thread(r, "microphone-round-trip");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Clip clip : clips) {
                futures.add(pool.submit(() -> {
                    Outcome outcome = run(clip);
                    progress.accept(outcome);
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static final AtomicInteger FILES = new AtomicInteger();
    /** Browsers running now: quit at JVM exit too, so a stopped run leaves no Chromium behind. */
    private static final java.util.Set<ChromeDriver> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(driver -> {
            try {
                driver.quit();
            } catch (RuntimeException e) {
                // Already gone.
            }
        }), "microphone-round-trip-quit"));
    }

    /** One clip in a fresh browser. Errors (no answer in time, a browser that would not start) are in the outcome. */
    public Outcome run(Clip clip) {
        long start = System.nanoTime();
        Path wav;
        try {
            Files.createDirectories(workDir);
            wav = workDir.resolve(String.format("%03d-%s.wav", FILES.incrementAndGet() % 1000,
                    clip.label().replaceAll("[^A-Za-z0-9]+", "-")));
            Files.write(wav, clip.wav());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriver driver = null;
        try {
            driver = browser(wav);
            RUNNING.add(driver);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
            driver.get(baseUrl);
            ChromeDriver d0 = driver;
            wait.until(d -> Boolean.TRUE.equals(d0.executeScript(
                    "return !!document.querySelector('.sala-view') && !!document.querySelector('#voice-button:not([disabled])')")));
            waitForVaadin(driver, wait);
            if (beforeSpeaking != null) {
                beforeSpeaking.accept(driver);
                waitForVaadin(driver, wait);
                wait.until(d -> Boolean.TRUE.equals(d0.executeScript(
                        "return !!document.querySelector('#voice-button:not([disabled])')")));
            }
            driver.findElement(By.id("voice-button")).click();
            WebDriverWait answerWait = new WebDriverWait(driver, ANSWER_WAIT);
            answerWait.pollingEvery(Duration.ofMillis(50));
            // Answered: the stream gave its final (or closed), the screen acted, the button offers to speak again.
            answerWait.until(d -> Boolean.TRUE.equals(d0.executeScript("""
                    const rec = window.__salaMic;
                    const done = rec.closed || rec.messages.some((m) => m.includes('"final"'));
                    const flow = window.Vaadin && window.Vaadin.Flow;
                    const idle = !!flow && !!flow.clients && Object.values(flow.clients).every(c => !c.isActive || !c.isActive());
                    const button = document.querySelector('#voice-button');
                    const answer = document.querySelector('.sala-voice-answer');
                    return done && idle && !!button && button.getAttribute('aria-pressed') === 'false'
                        && !!answer && answer.textContent.trim().length > 0;
                    """)));
            waitForVaadin(driver, wait);
            if (afterAnswer != null) {
                afterAnswer.accept(driver);
                waitForVaadin(driver, wait);
            }
            return outcome(clip, driver, null, start);
        } catch (RuntimeException e) {
            String why = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
            if (driver != null) {
                try {
                    return outcome(clip, driver, why, start);
                } catch (RuntimeException ignored) {
                    // The browser is gone too: report what is known.
                }
            }
            return new Outcome(clip, "", "", "", List.of(), null, Map.of(), Map.of(), new byte[0], why, (System.nanoTime() - start) / 1e9);
        } finally {
            if (driver != null) {
                RUNNING.remove(driver);
                driver.quit();
            }
            try {
                Files.deleteIfExists(wav);
            } catch (IOException e) {
                // Left for the next clean.
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Outcome outcome(Clip clip, ChromeDriver driver, String error, long start) {
        String route = route(driver.getCurrentUrl());
        Map<String, Object> page = (Map<String, Object>) driver.executeScript("""
                const rec = window.__salaMic || {};
                const text = (css) => { const el = document.querySelector(css); return el ? el.textContent.trim() : ''; };
                const voice = (window.Sala && window.Sala.voice) || {};
                return { answer: text('.sala-voice-answer'), heard: text('.sala-voice-heard'), messages: rec.messages || [],
                         capture: rec.capture || null,
                         marks: { tap: rec.tapAt, socket: rec.socketAt, socketOpen: rec.openAt, firstSend: rec.firstSendAt },
                         pageMarks: voice.marks || {}, lastFrameAt: voice.lastFrameAt, lastFinalAt: voice.lastFinalAt };
                """);
        JsonNode reply = null;
        for (Object message : (List<Object>) page.getOrDefault("messages", List.of())) {
            try {
                JsonNode node = JSON.readTree(message.toString());
                if ("final".equals(node.path("type").asText())) {
                    reply = node;
                }
            } catch (IOException e) {
                // Not JSON: not ours to read.
            }
        }
        Map<String, Double> marks = new LinkedHashMap<>();
        ((Map<String, Object>) page.getOrDefault("marks", Map.of())).forEach((k, v) -> {
            if (v instanceof Number n) {
                marks.put(k, n.doubleValue());
            }
        });
        ((Map<String, Object>) page.getOrDefault("pageMarks", Map.of())).forEach((k, v) -> {
            if (v instanceof Number n) {
                marks.put("page." + k, n.doubleValue());
            }
        });
        if (page.get("lastFrameAt") instanceof Number n) {
            marks.put("page.lastFrame", n.doubleValue());
        }
        if (page.get("lastFinalAt") instanceof Number n) {
            marks.put("page.final", n.doubleValue());
        }
        List<String> choices = new ArrayList<>((List<String>) driver.executeScript(CHOICES));
        if (choices.isEmpty() && reply != null && reply.path("choices").isArray()) {
            // Not shown as elements this harness knows: the server's own list.
            reply.path("choices").forEach(c -> choices.add(c.isTextual() ? c.asText()
                    : c.path("label").asText(c.path("text").asText(c.toString()))));
        }
        String heard = reply != null ? reply.path("heard").asText("") : String.valueOf(page.get("heard"));
        byte[] pcm = Base64.getDecoder().decode((String) driver.executeScript(SENT_AUDIO));
        Map<String, Object> capture = page.get("capture") instanceof Map<?, ?> settings
                ? new LinkedHashMap<>((Map<String, Object>) settings) : Map.of();
        return new Outcome(clip, route, String.valueOf(page.get("answer")), heard, List.copyOf(choices), reply, marks,
                capture, pcm,
                error == null && reply == null ? "no final message on the microphone stream" : error,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Where {@code captured} starts within {@code played}, in seconds: the lag that best lines up
     * their loudness envelopes (10 ms frames), searched over the first 3 s. Capture processing
     * changes the samples but not where the syllables are.
     */
    public static double offsetInClip(float[] played, float[] captured) {
        int frame = TestAudio.RATE / 100;
        double[] p = envelope(played, frame);
        double[] c = envelope(captured, frame);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int lag = 0; lag <= Math.min(300, p.length - 1); lag++) {
            int n = Math.min(c.length, p.length - lag);
            if (n < 50) {
                break;
            }
            double sumP = 0;
            double sumC = 0;
            for (int j = 0; j < n; j++) {
                sumP += p[j + lag];
                sumC += c[j];
            }
            double meanP = sumP / n;
            double meanC = sumC / n;
            double cov = 0;
            double varP = 0;
            double varC = 0;
            for (int j = 0; j < n; j++) {
                double dp = p[j + lag] - meanP;
                double dc = c[j] - meanC;
                cov += dp * dc;
                varP += dp * dp;
                varC += dc * dc;
            }
            double score = cov / Math.sqrt(Math.max(1e-12, varP * varC));
            if (score > bestScore) {
                bestScore = score;
                best = lag;
            }
        }
        return best / 100.0;
    }

    private static double[] envelope(float[] samples, int frame) {
        double[] out = new double[samples.length / frame];
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int j = 0; j < frame; j++) {
                float s = samples[i * frame + j];
                sum += s * s;
            }
            out[i] = Math.log10(1e-7 + Math.sqrt(sum / frame));
        }
        return out;
    }

    private String route(String url) {
        String path = URI.create(url).getPath();
        String base = URI.create(baseUrl).getPath();
        String route = path.startsWith(base) ? path.substring(base.length()) : path;
        return route.startsWith("/") ? route.substring(1) : route;
    }

    private static ChromeDriver browser(Path wav) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--lang=en-US",
                "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-audio-capture=" + wav.toAbsolutePath() + "%noloop");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1080, 1920));
        return driver;
    }

    private static void waitForVaadin(ChromeDriver driver, WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "const flow = window.Vaadin && window.Vaadin.Flow;"
                        + "if (!flow || !flow.clients) { return false; }"
                        + "return Object.values(flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
