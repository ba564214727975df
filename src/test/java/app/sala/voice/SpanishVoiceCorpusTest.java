package app.sala.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.answers.Answers;
import app.sala.answers.Choice;
import app.sala.recognition.TestAudio;
import app.sala.recognition.TestAudio.Voice;
import app.sala.sentences.Intent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Spanish voice corpus (issue 14): phrasings from {@code voice/spanish-*.tsv} said by
 * espeak-ng's Spanish voices, clean and in lobby babble at 10 dB SNR, into a screen in Spanish,
 * on the path a visitor's speech takes ({@link VoiceService#transcribe}: the English model
 * through the phonetic bridge, or a Spanish model when one is installed). The held-out part (its
 * own phrasings and voices) is reported apart; nothing was tuned on it. Every clip is written to
 * {@code target/voice-corpus/spanish-clips.tsv}.
 *
 * <p>Targets of the issue: acted on or offered right 90 % clean, 70 % in babble; emergencies
 * handled 100 % clean and never sent anywhere else; English, small talk and noise never acted
 * on. The floors below are what the bridge reaches (2026-12-02), well short of the targets: they
 * keep it from getting worse, and the figures say how far it is.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpanishVoiceCorpusTest {

    /** -Dsala.voice.spanish=full: every row by every voice of its part; by default each row by one voice in turn. */
    static final boolean FULL = "full".equalsIgnoreCase(System.getProperty("sala.voice.spanish", ""));
    static final List<Voice> TUNING_VOICES = List.of(Voice.ESPEAK_ES, Voice.ESPEAK_ES_F3, Voice.ESPEAK_ES419_M3);
    static final List<Voice> HELDOUT_VOICES = List.of(Voice.ESPEAK_ES419_F4, Voice.ESPEAK_ES_PABLO);
    private static final Path OUT = Path.of("target", "voice-corpus");
    private static final double BABBLE_SNR_DB = 10;

    /*
     * Floors: the lower of what the default sample and the full run reached (2026-12-02: tuning
     * clean 26.9 / 28.2 %, babble 11.5 / 14.1 %; held-out clean 31.8 / 25.0 %, babble 13.6 /
     * 11.4 %), less about one clip of the sample. Only the intents the bridge listens for
     * (bridge/es.yaml: listens_for) and emergencies can be right; the others are answered "not
     * understood" by design and count as misses here.
     */
    private static final double TUNING_CLEAN_FLOOR = 22;
    private static final double TUNING_BABBLE_FLOOR = 7;
    private static final double HELDOUT_CLEAN_FLOOR = 20;
    private static final double HELDOUT_BABBLE_FLOOR = 7;

    /**
     * "show me the bridge" said in English over babble at a Spanish screen was shown the Bridge
     * (the Spanish sentences name it "bridge" too): one clip of the full run. The target is none.
     */
    private static final int OTHER_ACTED_CEILING = 1;

    @Autowired
    VoiceService voice;

    record Row(String text, String intent, Map<String, String> slots, String kind, String part) {

        boolean emergency() {
            return kind.equals("emergency");
        }

        /** A command or an emergency: something to act on or offer. */
        boolean asks() {
            return !intent.equals("-");
        }

        boolean matches(String heardIntent, Map<String, String> heardSlots) {
            if (emergency()) {
                return Answers.isEmergency(new Intent(heardIntent, heardSlots));
            }
            return intent.equals(heardIntent) && heardSlots.entrySet().containsAll(slots.entrySet());
        }
    }

    record Result(Row row, Voice voice, boolean babble, VoiceReply reply) {

        boolean acted() {
            return reply.choices().isEmpty() && !Intent.UNKNOWN.equals(reply.intent());
        }

        boolean right() {
            if (!row.asks()) {
                return false;
            }
            if (acted()) {
                return row.matches(reply.intent(), reply.slots());
            }
            List<Choice> choices = reply.choices();
            return row.emergency() ? !choices.isEmpty() && Answers.isEmergency(new Intent(choices.get(0).intent(),
                    choices.get(0).slots())) : choices.stream().anyMatch(c -> row.matches(c.intent(), c.slots()));
        }

        /** An emergency sent to a place of care that is not the emergency room: the worst outcome. */
        boolean downgraded() {
            return row.emergency() && acted() && Intent.WHERE_TO_GO.equals(reply.intent())
                    && !row.matches(reply.intent(), reply.slots());
        }

        boolean actedWrong() {
            return acted() && !(row.asks() && row.matches(reply.intent(), reply.slots()));
        }
    }

    static List<Row> rows(String part) throws IOException {
        try (InputStream in = SpanishVoiceCorpusTest.class.getResourceAsStream("/voice/spanish-" + part + ".tsv")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("text\t")) {
                    continue;
                }
                String[] cells = line.split("\t");
                Map<String, String> slots = new LinkedHashMap<>();
                if (!cells[2].equals("-") && !cells[2].equals("emergency")) {
                    Arrays.stream(cells[2].split(";")).map(kv -> kv.split("=")).forEach(kv -> slots.put(kv[0], kv[1]));
                }
                rows.add(new Row(cells[0], cells[1], slots, cells[3], cells[4]));
            }
            return rows;
        }
    }

    @Test
    void withoutASpanishModelSpanishIsHeardThroughTheBridgeAndShowsOnlyWhatItCanHear() {
        assertThat(voice.listens("es")).isTrue();
        assertThat(voice.bridged("es")).isTrue();
        assertThat(voice.bridged("en")).isFalse();
        assertThat(voice.howHeard().get("es")).startsWith("the phonetic bridge into the en model");
        assertThat(voice.cutoffs("es").act()).as("acts only when surer").isGreaterThan(voice.cutoffs("en").act());
        assertThat(voice.cutoffs("es").emergencyAct()).isEqualTo(voice.cutoffs("en").emergencyAct());
        assertThat(voice.examples("es")).contains("Muéstreme el puente", "Léamelo", "Inglés", "Letra más grande")
                .doesNotContain("Siguiente paso");
    }

    /**
     * A Spanish speaker at an English screen says "español": the English model does not know the
     * word (Vosk would drop it from the grammar), so it is given to the model as the Spanish
     * bridge says it, and the screen switches (or offers to).
     */
    @Test
    void espanolSaidAtAnEnglishScreenSwitchesToSpanish() {
        for (Voice speaker : List.of(Voice.ESPEAK_ES, Voice.ESPEAK_ES_F3)) {
            VoiceReply reply = voice.transcribe("en", TestAudio.wav(TestAudio.pad(TestAudio.speak("español", speaker), 0.5, 1.0)));
            boolean switches = Intent.SET_LANGUAGE.equals(reply.intent()) && "es".equals(reply.slots().get("language"))
                    || reply.choices().stream().anyMatch(c -> Intent.SET_LANGUAGE.equals(c.intent())
                    && "es".equals(c.slots().get("language")));
            assertThat(switches).as("%s: %s", speaker.label, reply).isTrue();
        }
    }

    @Test
    void spanishThroughTheBridgeActsOnlyOnWhatItHeardAndNeverDowngradesAnEmergency() throws IOException {
        List<Result> results = new ArrayList<>();
        for (String part : List.of("tuning", "heldout")) {
            List<Voice> voices = part.equals("tuning") ? TUNING_VOICES : HELDOUT_VOICES;
            List<Row> rows = rows(part);
            for (int index = 0; index < rows.size(); index++) {
                Row row = rows.get(index);
                List<Voice> speakers = FULL ? voices : List.of(voices.get(index % voices.size()));
                for (Voice speaker : speakers) {
                    // The English rows are said by a recorded English voice: an English visitor at a Spanish screen.
                    Voice said = row.kind().equals("english") ? (part.equals("tuning") ? Voice.FLITE_SLT : Voice.FLITE_AWB)
                            : speaker;
                    float[] speech = TestAudio.pad(TestAudio.speak(row.text(), said), 0.5, 1.0);
                    for (boolean babble : List.of(false, true)) {
                        float[] audio = babble ? TestAudio.mix(speech,
                                VoicePhrases.lobbyBabble(speech.length, row.text().hashCode()), BABBLE_SNR_DB) : speech;
                        results.add(new Result(row, said, babble, voice.transcribe("es", TestAudio.wav(audio))));
                    }
                    if (row.kind().equals("english")) {
                        break;
                    }
                }
            }
        }
        write(results);
        String report = report(results);
        System.out.println(report);
        Files.writeString(OUT.resolve("spanish-report.txt"), report);

        assertThat(results).as("an emergency is never sent to another place of care").noneMatch(Result::downgraded);
        assertThat(results.stream().filter(r -> !r.row().asks()).filter(Result::acted).map(Result::toString).toList())
                .as("English, small talk: acted on at most once (the target is never; see docs/VOICE.md)")
                .hasSizeLessThanOrEqualTo(OTHER_ACTED_CEILING);
        assertThat(percent(results, "tuning", false)).as("tuning clean, acted on or offered right")
                .isGreaterThanOrEqualTo(TUNING_CLEAN_FLOOR);
        assertThat(percent(results, "tuning", true)).as("tuning babble 10 dB").isGreaterThanOrEqualTo(TUNING_BABBLE_FLOOR);
        assertThat(percent(results, "heldout", false)).as("held-out clean").isGreaterThanOrEqualTo(HELDOUT_CLEAN_FLOOR);
        assertThat(percent(results, "heldout", true)).as("held-out babble 10 dB").isGreaterThanOrEqualTo(HELDOUT_BABBLE_FLOOR);
    }

    private static double percent(List<Result> results, String part, boolean babble) {
        List<Result> asked = results.stream().filter(r -> r.row().part().equals(part) && r.babble() == babble
                && r.row().asks()).toList();
        return asked.isEmpty() ? 0 : 100.0 * asked.stream().filter(Result::right).count() / asked.size();
    }

    private static String report(List<Result> results) {
        StringBuilder out = new StringBuilder("Spanish voice corpus (the bridge into the English model)\n");
        out.append(String.format(Locale.ROOT, "%-8s %-7s %8s %10s %12s %8s %10s %10s%n", "part", "audio", "clips",
                "a|o right", "emergencies", "wrong", "downgrade", "other acted"));
        for (String part : List.of("tuning", "heldout")) {
            for (boolean babble : List.of(false, true)) {
                List<Result> these = results.stream().filter(r -> r.row().part().equals(part) && r.babble() == babble).toList();
                List<Result> emergencies = these.stream().filter(r -> r.row().emergency()).toList();
                out.append(String.format(Locale.ROOT, "%-8s %-7s %8d %9.1f%% %7d of %2d %8d %10d %10d%n", part,
                        babble ? "babble" : "clean", these.size(), percent(results, part, babble),
                        emergencies.stream().filter(Result::right).count(), emergencies.size(),
                        these.stream().filter(Result::actedWrong).count(), these.stream().filter(Result::downgraded).count(),
                        these.stream().filter(r -> !r.row().asks() && r.acted()).count()));
            }
        }
        out.append("\nBy intent (clean, both parts): right of clips\n");
        results.stream().filter(r -> !r.babble() && r.row().asks())
                .collect(Collectors.groupingBy(r -> r.row().emergency() ? "emergency" : r.row().intent(), java.util.TreeMap::new,
                        Collectors.toList()))
                .forEach((intent, rs) -> out.append(String.format(Locale.ROOT, "  %-15s %2d of %2d%n", intent,
                        rs.stream().filter(Result::right).count(), rs.size())));
        return out.toString();
    }

    private static void write(List<Result> results) throws IOException {
        Files.createDirectories(OUT);
        StringBuilder tsv = new StringBuilder("part\tvoice\taudio\ttext\texpected\tright\tintent\tslots\tchoices\theard\n");
        for (Result r : results) {
            tsv.append(String.join("\t", r.row().part(), r.voice().label, r.babble() ? "babble10" : "clean", r.row().text(),
                    r.row().intent() + r.row().slots(), String.valueOf(r.right()), r.reply().intent(),
                    String.valueOf(r.reply().slots()), r.reply().choices().stream().map(c -> c.intent() + c.slots()).toList()
                            .toString(), r.reply().heard())).append('\n');
        }
        Files.writeString(OUT.resolve("spanish-clips.tsv"), tsv.toString());
    }
}
