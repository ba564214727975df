package app.sala.bench;

import app.sala.bench.MicrophoneComparison.Expected;
import app.sala.bench.MicrophoneComparison.Item;
import app.sala.bench.MicrophoneComparison.Result;
import app.sala.browser.MicrophoneRoundTrip;
import app.sala.browser.MicrophoneRoundTrip.Outcome;
import app.sala.recognition.TestAudio;
import app.sala.recognition.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The benchmark's microphone sections: the same clips through the upload endpoint and through
 * Chromium's microphone side by side, the moment the microphone opens (tap to first sample),
 * and the capture settings (echo cancellation, noise suppression, auto gain) each on and off.
 * {@code -Dbench.mic.clips=N} limits the clips (default 16, all 120 with -Dbench.full=true);
 * the capture settings run with {@code -Dbench.mic.capture=true}, -Dbench.full=true or
 * -Dbench.only=capture.
 */
final class MicrophoneSections {

    static final boolean FULL = Boolean.getBoolean("bench.full");
    static final int CLIPS = Integer.getInteger("bench.mic.clips", FULL ? Integer.MAX_VALUE : 16);

    /** The capture settings compared: all on (the browser's default), all off, and each one off alone. */
    static final Map<String, List<String>> SETTINGS = settings();

    private static Map<String, List<String>> settings() {
        Map<String, List<String>> settings = new LinkedHashMap<>();
        settings.put("all on", capture(true, true, true));
        settings.put("all off", capture(false, false, false));
        settings.put("noise suppression off", capture(true, false, true));
        settings.put("auto gain off", capture(true, true, false));
        settings.put("echo cancellation off", capture(false, true, true));
        return settings;
    }

    private static List<String> capture(boolean echo, boolean noise, boolean gain) {
        return List.of("--sala.voice.capture.echo-cancellation=" + echo, "--sala.voice.capture.noise-suppression=" + noise,
                "--sala.voice.capture.auto-gain-control=" + gain);
    }

    private final Report report;
    private final Consumer<String> progress;
    private final Path out;
    private final Path jar;

    MicrophoneSections(Report report, Consumer<String> progress, Path out, Path jar) {
        this.report = report;
        this.progress = progress;
        this.out = out.resolve("microphone");
        this.jar = jar;
    }

    private void requireTools() {
        if (!MicrophoneRoundTrip.available()) {
            throw new IllegalStateException("Chromium or chromedriver missing");
        }
        if (!TestAudio.fliteAvailable()) {
            throw new IllegalStateException("flite missing (apt-get install flite)");
        }
    }

    /** The same clips through POST /api/v1/transcribe and through Chromium's microphone, on the running server. */
    void pathsSideBySide(SalaServer server, VoiceClient client) throws Exception {
        requireTools();
        Map<String, Expected> expected = MicrophoneComparison.expectations(server);
        List<Item> items = MicrophoneComparison.items(expected, CLIPS);
        progress.accept("   " + items.size() + " clips (-Dbench.mic.clips=" + (CLIPS == Integer.MAX_VALUE ? "all" : CLIPS) + ")");
        List<Result> upload = upload(client, items);
        List<Outcome> outcomes = microphone(server, items, "default settings");
        List<Result> microphone = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            microphone.add(MicrophoneComparison.fromMicrophone(outcomes.get(i), items.get(i)));
        }
        Map<String, List<Result>> columns = new LinkedHashMap<>();
        columns.put("upload (POST /api/v1/transcribe)", upload);
        columns.put("microphone (Chromium)", microphone);
        List<String> rows = MicrophoneComparison.rowNames(items);
        for (String row : rows) {
            report.row("voice through both paths, " + row, "microphone: " + MicrophoneComparison.cell(microphone, row),
                    "upload: " + MicrophoneComparison.cell(upload, row), "—", null, Map.of());
        }
        String table = MicrophoneComparison.table("condition", rows, columns);
        System.out.println(table);
        report.detail("The same clips through both paths (flite voices awb, kal16, rms, slt; 1.5 s of silence before, "
                + "2.5 s after; babble of four flite voices at 10 dB SNR), with the capture settings of application.properties:\n\n"
                + table + "\nWhere the paths differ:\n\n" + differences(upload, microphone));

        Stats tapToSample = new Stats();
        Stats lost = new Stats();
        outcomes.forEach(o -> {
            if (!Double.isNaN(o.tapToFirstSampleMillis())) {
                tapToSample.add(o.tapToFirstSampleMillis());
            }
            if (!Double.isNaN(o.lostSeconds())) {
                lost.add(o.lostSeconds() * 1000);
            }
        });
        report.row("microphone: tap to the first sample captured, p50 / p95 (first tap in a fresh browser; performance.now() "
                        + "marks of the page)", tapToSample.millis(),
                "the clip's own start lost (fake microphone, envelope alignment): " + lost.millis(), "—", null,
                Map.of("tapToFirstSample", tapToSample.values(), "lostMillis", lost.values()));
    }

    private List<Result> upload(VoiceClient client, List<Item> items) throws IOException, InterruptedException {
        List<Result> results = new ArrayList<>();
        for (Item item : items) {
            results.add(MicrophoneComparison.fromUpload(item, client.transcribe(item.clip().wav())));
        }
        return results;
    }

    private List<Outcome> microphone(SalaServer server, List<Item> items, String setting) {
        int[] done = {0};
        return MicrophoneComparison.harness(server, out.resolve("clips")).onEach(o -> {
            synchronized (done) {
                done[0]++;
                progress.accept(String.format(Locale.ROOT, "   [%s] %d/%d %s (%.1f s)", setting, done[0], items.size(), o,
                        o.seconds()));
            }
        }).runAll(items.stream().map(Item::clip).toList());
    }

    private static String differences(List<Result> upload, List<Result> microphone) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < upload.size(); i++) {
            Result u = upload.get(i);
            Result m = microphone.get(i);
            if (u.actedRight() != m.actedRight()) {
                lines.add("- " + u.item().label() + ": upload " + (u.actedRight() ? "right" : "wrong") + " (" + u.what()
                        + "), microphone " + (m.actedRight() ? "right" : "wrong") + " (" + m.what() + ")");
            }
        }
        return lines.isEmpty() ? "none" : String.join("\n", lines);
    }

    /** Each capture setting on and off: one server per setting, the same clips through Chromium's microphone. */
    void captureSettings(VoiceClient client, SalaServer reference) throws Exception {
        requireTools();
        Map<String, Expected> expected = MicrophoneComparison.expectations(reference);
        List<Item> items = MicrophoneComparison.items(expected, CLIPS);
        Map<String, List<Result>> columns = new LinkedHashMap<>();
        columns.put("upload (no browser)", upload(client, items));
        Map<String, String> loudness = new LinkedHashMap<>();
        Files.createDirectories(out);
        Item saved = items.stream().filter(i -> i.condition().equals(MicrophoneComparison.BABBLE) && i.emergency())
                .findFirst().orElse(items.get(0));
        Files.write(out.resolve("played--" + slug(saved.label()) + ".wav"), saved.clip().wav());
        for (Map.Entry<String, List<String>> setting : SETTINGS.entrySet()) {
            Path cache = Files.createTempDirectory("sala-bench-speech-cache");
            try (SalaServer server = SalaServer.start(jar, TestModels.ENGLISH.getParent(), cache,
                    out.resolve("server-" + slug(setting.getKey()) + ".log"), setting.getValue())) {
                server.awaitReady(Duration.ofSeconds(120));
                List<Outcome> outcomes = microphone(server, items, setting.getKey());
                List<Result> results = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    results.add(MicrophoneComparison.fromMicrophone(outcomes.get(i), items.get(i)));
                    Outcome o = outcomes.get(i);
                    if (items.get(i) == saved && o.sentPcm().length > 0) {
                        // The audio the server received, to listen to: processed (all on) against unprocessed (all off).
                        Files.write(out.resolve(slug(setting.getKey()) + "--" + slug(saved.label()) + ".wav"),
                                TestAudio.wav(o.sent()));
                        loudness.put(setting.getKey(), MicrophoneComparison.loudness(o.sent()));
                    }
                }
                columns.put(setting.getKey(), results);
                // The table so far: a long run can be read before it ends.
                progress.accept("   capture settings so far:\n" + MicrophoneComparison.table("condition",
                        MicrophoneComparison.rowNames(items), columns));
                progress.accept("   [" + setting.getKey() + "] applied: " + outcomes.stream().map(Outcome::capture)
                        .filter(c -> !c.isEmpty()).findFirst().map(c -> "echoCancellation=" + c.get("echoCancellation")
                                + ", noiseSuppression=" + c.get("noiseSuppression") + ", autoGainControl=" + c.get("autoGainControl"))
                        .orElse("(no capture)"));
            }
        }
        List<String> rows = MicrophoneComparison.rowNames(items);
        for (String row : rows) {
            StringBuilder cells = new StringBuilder();
            columns.forEach((name, results) -> {
                if (!name.startsWith("upload")) {
                    cells.append(cells.length() == 0 ? "" : "; ").append(name).append(' ')
                            .append(MicrophoneComparison.cell(results, row));
                }
            });
            report.row("capture settings, " + row, cells.toString(), "upload: " + MicrophoneComparison.cell(columns.get("upload (no browser)"), row),
                    "—", null, Map.of());
        }
        String table = MicrophoneComparison.table("condition", rows, columns);
        System.out.println(table);
        loudness.put("played (the clip itself)", MicrophoneComparison.loudness(saved.clip().padded()));
        StringBuilder levels = new StringBuilder();
        loudness.forEach((k, v) -> levels.append("- ").append(k).append(": ").append(v).append('\n'));
        report.detail("Capture settings through Chromium's microphone (one server per setting, the same " + items.size()
                + " clips; echo cancellation has no far-end reference here: the echo is in the played file, the page did "
                + "not play it):\n\n" + table + "\nWhat the server received of \"" + saved.label() + "\" (WAVs in "
                + out.toAbsolutePath() + "):\n\n" + levels);
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
