package app.sala.bench;

import app.sala.browser.MicrophoneRoundTrip;
import app.sala.browser.MicrophoneRoundTrip.Clip;
import app.sala.browser.MicrophoneRoundTrip.Outcome;
import app.sala.recognition.TestAudio;
import app.sala.voice.VoicePhrases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The clips of the microphone sections of the benchmark: flite's four voices (trained on
 * recorded people) saying twelve kiosk requests, three of them emergencies, clean and in a
 * waiting room's babble at 10 dB SNR, plus a visitor far from the microphone (the speech 20 dB
 * quieter) and the kiosk's own read-aloud under the request (the speaker feeding back). Each is
 * scored the same way whichever path heard it: the upload endpoint or Chromium's microphone.
 */
final class MicrophoneComparison {

    /** The requests; the first {@link #EMERGENCIES} are emergencies. */
    static final List<String> COMMANDS = List.of("my daughter had a seizure", "my husband is having chest pain",
            "he passed out", "show me the bridge", "next step", "make the text bigger", "read it to me",
            "i twisted my ankle where should i go", "help", "go home", "louder please", "speak slower");
    static final int EMERGENCIES = 3;

    static final String CLEAN = "clean";
    static final String BABBLE = "babble 10 dB";
    static final String QUIET = "quiet (speech -20 dB)";
    static final String ECHO = "read-aloud echo 6 dB below";
    static final List<String> CONDITIONS = List.of(CLEAN, BABBLE, QUIET, ECHO);
    static final double BABBLE_SNR = 10;
    static final double ECHO_SNR = 6;
    static final double QUIET_DB = -20;

    /** What Sala reads aloud (FreeTTS, as the kiosk does) while the visitor speaks, in the echo clips. */
    static final String READ_ALOUD = "Lie on your back. Bring your right knee up to your chest. Hold for 15 to 30 "
            + "seconds. Return to where you started. Repeat with your left leg.";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the typed words give: the decision the spoken request should reach. */
    record Expected(String intent, Map<String, String> slots, String route) {

        /** The route from the home screen: "" when the request stays there. */
        String screen() {
            return route == null ? "" : route;
        }
    }

    /** One clip with what it should do. */
    record Item(String command, String voice, String condition, boolean emergency, Expected expected, Clip clip) {
        String label() {
            return clip.label();
        }
    }

    /** How one path did on one clip. */
    record Result(Item item, boolean actedRight, boolean emergencyHandled, boolean actedOnSomethingElse, String what) {
    }

    private MicrophoneComparison() {
    }

    /** The typed understanding of each command, from the running server ({@code POST /api/v1/ask}). */
    static Map<String, Expected> expectations(SalaServer server) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (String command : COMMANDS) {
            String body = JSON.createObjectNode().put("lang", "en").put("text", command).toString();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("api/v1/ask"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode reply = JSON.readTree(response.body());
            expected.put(command, new Expected(reply.path("intent").asText(), slots(reply),
                    reply.path("route").isNull() || reply.path("route").isMissingNode() ? null : reply.path("route").asText()));
        }
        return expected;
    }

    /**
     * The clips, in a fixed order: every command in every voice clean and in babble, then one
     * quiet and one echo clip per command (the voices taking turns). {@code limit} below the
     * whole set takes clips evenly from each condition, so a small run still has them all.
     */
    static List<Item> items(Map<String, Expected> expected, int limit) {
        float[] babble = VoicePhrases.lobbyBabble(TestAudio.RATE * 12, 18);
        float[] readAloud = TestAudio.speak(READ_ALOUD, TestAudio.Voice.FREETTS);
        Map<String, List<Item>> byCondition = new LinkedHashMap<>();
        CONDITIONS.forEach(c -> byCondition.put(c, new ArrayList<>()));
        for (int c = 0; c < COMMANDS.size(); c++) {
            String command = COMMANDS.get(c);
            boolean emergency = c < EMERGENCIES;
            for (int v = 0; v < TestAudio.FLITE_VOICES.size(); v++) {
                String voice = TestAudio.FLITE_VOICES.get(v).flite;
                float[] speech = TestAudio.speak(command, TestAudio.FLITE_VOICES.get(v));
                byCondition.get(CLEAN).add(item(command, voice, CLEAN, emergency, expected, speech, null, 0));
                byCondition.get(BABBLE).add(item(command, voice, BABBLE, emergency, expected, speech, babble, BABBLE_SNR));
            }
            TestAudio.Voice speaker = TestAudio.FLITE_VOICES.get(c % TestAudio.FLITE_VOICES.size());
            String voice = speaker.flite;
            float[] speech = TestAudio.speak(command, speaker);
            byCondition.get(QUIET).add(item(command, voice, QUIET, emergency, expected, TestAudio.gain(speech, QUIET_DB), null, 0));
            byCondition.get(ECHO).add(item(command, voice, ECHO, emergency, expected, speech, readAloud, ECHO_SNR));
        }
        int total = byCondition.values().stream().mapToInt(List::size).sum();
        List<Item> items = new ArrayList<>();
        for (List<Item> group : byCondition.values()) {
            int take = limit >= total ? group.size() : Math.max(1, (int) Math.round((double) limit * group.size() / total));
            // Evenly spread over the commands; where each command has all four voices, the voices take turns.
            int voices = group.size() == COMMANDS.size() ? 1 : TestAudio.FLITE_VOICES.size();
            for (int i = 0; i < take; i++) {
                int at = (int) ((long) i * group.size() / take);
                items.add(group.get(at - at % voices + i % voices));
            }
        }
        return items;
    }

    private static Item item(String command, String voice, String condition, boolean emergency, Map<String, Expected> expected,
                             float[] speech, float[] background, double snr) {
        Expected want = expected.get(command);
        String label = command + " / " + voice + " / " + condition;
        Clip clip = Clip.expecting(label, speech, want.intent() + want.slots() + " on \"" + want.screen() + "\"",
                outcome -> want.intent().equals(outcome.intent()) && want.slots().equals(outcome.slots())
                        && want.screen().equals(outcome.route()));
        if (background != null) {
            clip = clip.over(background, snr);
        }
        return new Item(command, voice, condition, emergency, want, clip);
    }

    static Result fromUpload(Item item, JsonNode reply) {
        String intent = reply.path("intent").asText();
        Map<String, String> slots = slots(reply);
        String route = reply.path("route").isNull() || reply.path("route").isMissingNode() ? null : reply.path("route").asText();
        boolean right = item.expected().intent().equals(intent) && item.expected().slots().equals(slots)
                && Objects.equals(item.expected().route(), route);
        return new Result(item, right, route != null && route.startsWith("emergency"), !right && acts(intent),
                intent + slots + " \"" + reply.path("heard").asText() + "\"");
    }

    static Result fromMicrophone(Outcome outcome, Item item) {
        boolean right = outcome.passed();
        return new Result(item, right, outcome.error() == null && outcome.route().startsWith("emergency"),
                !right && outcome.error() == null && acts(outcome.intent()),
                outcome.error() != null ? "error: " + outcome.error()
                        : outcome.intent() + outcome.slots() + " \"" + outcome.heard() + "\" on \"" + outcome.route() + "\""
                        + (outcome.choices().isEmpty() ? "" : " choices " + outcome.choices()));
    }

    /** An answer that does something (not "didn't catch that", not the list of things to say). */
    private static boolean acts(String intent) {
        return !intent.isEmpty() && !"unknown".equals(intent) && !"help".equals(intent);
    }

    private static Map<String, String> slots(JsonNode reply) {
        Map<String, String> slots = new LinkedHashMap<>();
        reply.path("slots").fields().forEachRemaining(e -> slots.put(e.getKey(), e.getValue().asText()));
        return slots;
    }

    /** The rows of the tables: per condition, acted right over all clips and emergencies handled over the emergencies. */
    static List<String> rowNames(List<Item> items) {
        List<String> rows = new ArrayList<>();
        for (String condition : CONDITIONS) {
            if (items.stream().anyMatch(i -> i.condition().equals(condition))) {
                rows.add(condition + ": acted right");
                if (items.stream().anyMatch(i -> i.condition().equals(condition) && i.emergency())) {
                    rows.add(condition + ": emergencies handled");
                }
            }
        }
        return rows;
    }

    /** "right/total" for one row of one column; wrong acts noted. */
    static String cell(List<Result> results, String row) {
        String condition = row.substring(0, row.indexOf(':'));
        boolean emergencies = row.endsWith("emergencies handled");
        List<Result> in = results.stream().filter(r -> r.item().condition().equals(condition)
                && (!emergencies || r.item().emergency())).toList();
        if (in.isEmpty()) {
            return "—";
        }
        long good = in.stream().filter(r -> emergencies ? r.emergencyHandled() : r.actedRight()).count();
        long wrong = in.stream().filter(Result::actedOnSomethingElse).count();
        return String.format(Locale.ROOT, "%d/%d (%.0f%%)%s", good, in.size(), 100.0 * good / in.size(),
                emergencies || wrong == 0 ? "" : ", " + wrong + " acted on something else");
    }

    /** A Markdown table: one row per condition row, one column per path or setting. */
    static String table(String firstHeader, List<String> rows, Map<String, List<Result>> columns) {
        StringBuilder md = new StringBuilder("| " + firstHeader + " |");
        columns.keySet().forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n|---|");
        columns.keySet().forEach(c -> md.append("---|"));
        md.append('\n');
        for (String row : rows) {
            md.append("| ").append(row).append(" |");
            columns.values().forEach(results -> md.append(' ').append(cell(results, row)).append(" |"));
            md.append('\n');
        }
        return md.toString();
    }

    /** RMS in dBFS over the whole capture and over its loudest second (where the speech is). */
    static String loudness(float[] samples) {
        double whole = TestAudio.rms(samples);
        int second = TestAudio.RATE;
        double loudest = 0;
        for (int start = 0; start + second <= samples.length; start += second / 10) {
            double sum = 0;
            for (int i = start; i < start + second; i++) {
                sum += samples[i] * samples[i];
            }
            loudest = Math.max(loudest, Math.sqrt(sum / second));
        }
        return String.format(Locale.ROOT, "RMS %.1f dBFS, loudest second %.1f dBFS", db(whole), db(loudest));
    }

    static double db(double rms) {
        return 20 * Math.log10(Math.max(1e-9, rms));
    }

    static MicrophoneRoundTrip harness(SalaServer server, java.nio.file.Path workDir) {
        return new MicrophoneRoundTrip(server.uri("").toString(), workDir).parallel(2);
    }
}
