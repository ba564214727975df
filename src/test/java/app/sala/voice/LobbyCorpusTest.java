package app.sala.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.answers.Answers;
import app.sala.answers.Choice;
import app.sala.answers.Reply;
import app.sala.recognition.ListeningSession;
import app.sala.recognition.TestAudio;
import app.sala.understanding.Assistant;
import app.sala.understanding.Understanding;
import app.sala.voice.Decision.Outcome;
import app.sala.voice.LobbyCorpus.Clip;
import app.sala.voice.LobbyCorpus.Condition;
import app.sala.voice.LobbyCorpus.Kind;
import app.sala.voice.LobbyCorpus.Part;
import app.sala.voice.LobbyCorpus.Row;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The lobby corpus (issue 13): phrasings from {@code voice/lobby-*.tsv} said by recorded-voice
 * synthesizers, clean and in lobby babble at 10 and 5 dB SNR, plus noise alone, through the
 * microphone's path (a listening session fed 100 ms chunks, then {@link VoiceService#answer}).
 * Each clip is judged (acted right, offered right, asked without it, acted wrong, downgraded,
 * not understood) and the figures are printed per part and condition beside the targets; every
 * clip, with every reading, is written to {@code target/voice-corpus/clips.tsv}.
 *
 * <p>The default run hears a deterministic sample (every third command and Spanish clip, all
 * emergencies and room talk) to stay within a few minutes on two cores;
 * {@code -Dsala.voice.corpus=full} hears everything. {@code -Dsala.voice.sweep=true} then
 * replays the recorded hearings of the TUNING part at a grid of cut-offs ({@link CutoffSweep})
 * and reports the held-out part at the cut-offs it chooses only.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LobbyCorpusTest {

    static final boolean FULL = "full".equalsIgnoreCase(System.getProperty("sala.voice.corpus", ""));
    static final boolean SWEEP = Boolean.getBoolean("sala.voice.sweep");
    /**
     * One clip in this many of the commands, the Spanish and the noise alone, in the default run:
     * a clip costs about 2 s of CPU (both recognizers, the second listen, the answer), and the
     * default run must stay within about 4 minutes on 2 cores.
     */
    static final int SAMPLE_EVERY = 8;
    /**
     * Vosk's results depend a little on what the same model heard before in the process (the
     * same clip heard again in one JVM can give other confidences, and a second listen another
     * reading), and two threads hear in no fixed order: the service's answer and the replay of
     * the hearing recorded just before it may differ on a few clips near a cut-off.
     */
    private static final double REPLAY_DISAGREEMENT_CEILING_PERCENT = 3;
    static final Path OUT = Path.of("target", "voice-corpus");
    private static final int BABBLE_SECONDS = 30;

    /*
     * The floors are what the corpus reaches at the configured cut-offs, the lower of the
     * default sample and the full run (2026-12-02, idle machine), less about one clip of the
     * sample (3 to 11 points: Vosk hears a clip slightly differently depending on what the model
     * heard before in the same JVM), so a step back fails the build while the targets of issue
     * 13 are printed beside the figures.
     */
    /** Acted on or offered the right thing, % of requests (commands and emergencies), per part and condition. */
    private static final Map<String, Double> ACTED_OR_OFFERED_FLOOR = Map.of(
            "tuning clean", 95.0, "tuning babble 10 dB", 70.0, "tuning babble 5 dB", 30.0,
            "held-out clean", 90.0, "held-out babble 10 dB", 75.0, "held-out babble 5 dB", 40.0);
    /** Emergencies acted on or offered first, %. */
    private static final Map<String, Double> EMERGENCY_HANDLED_FLOOR = Map.of(
            "tuning clean", 88.0, "tuning babble 10 dB", 66.0, "tuning babble 5 dB", 44.0,
            "held-out clean", 91.0, "held-out babble 10 dB", 75.0, "held-out babble 5 dB", 40.0);
    /** Wrong actions (downgraded emergencies included), % of all clips of a part: the target, 2 %, and one clip. */
    private static final Map<Part, Double> WRONG_ACTIONS_CEILING = Map.of(Part.TUNING, 2.5, Part.HELDOUT, 2.5);
    /** Emergencies acted on as something milder: the target is none, and none is what the corpus reaches. */
    private static final int DOWNGRADED_CEILING = 0;
    /**
     * Room talk, Spanish or noise acted on: the target is none. The sample reaches none, the
     * full run one or two held-out Spanish clips ("ayuda" heard as "are you up": Spanish needs
     * its own voice, issue 14); one more is allowed for Vosk hearing a clip a little differently.
     */
    private static final int LEFT_ALONE_ACTED_CEILING = FULL ? 2 : 1;

    @Autowired
    private VoiceService voice;
    @Autowired
    private VoiceInterpreter interpreter;
    @Autowired
    private Answers answers;
    @Autowired
    private Assistant assistant;

    /** One clip heard: what the recognizers gave (all passes, the second listen always), the reply, the verdict. */
    record Result(Clip clip, Hearing hearing, VoiceReply reply, LobbyCorpus.Outcome outcome, long decisionCpuNanos) {
    }

    @Test
    void lobbyCorpus() throws Exception {
        requireFlite();
        checkCorpusData();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        float[] babble = VoicePhrases.lobbyBabble(TestAudio.RATE * BABBLE_SECONDS, 7);
        int every = FULL ? 1 : SAMPLE_EVERY;
        List<Clip> clips = new ArrayList<>();
        for (Part part : Part.values()) {
            clips.addAll(LobbyCorpus.clips(part, every));
        }
        List<Result> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (Clip clip : clips) {
                futures.add(pool.submit(() -> hear(clip, babble)));
            }
            for (Future<Result> future : futures) {
                results.add(future.get());
            }
            results = retimed(results);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;

        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("clips.tsv"), clipsTsv(results), StandardCharsets.UTF_8);
        DecisionProperties cutoffs = interpreter.cutoffs();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Lobby corpus (%s): %d clips heard in %.0f s on 2 threads, %.0f s of CPU"
                        + " (the JVM's, all threads)%n",
                FULL ? "full, -Dsala.voice.corpus=full" : "default sample: one in " + every + " command, Spanish and noise clips;"
                        + " every emergency and room-talk phrasing in every condition, one voice each", results.size(), seconds,
                cpuSeconds));
        Map<Part, CorpusFigures> figures = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            List<Result> ofPart = results.stream().filter(r -> r.clip().row().part() == part).toList();
            CorpusFigures partFigures = CorpusFigures.of(part, ofPart.stream()
                    .map(r -> new CorpusFigures.Judged(r.clip(), r.outcome(), r.hearing().decisionNanos(), r.decisionCpuNanos()))
                    .toList());
            figures.put(part, partFigures);
            report.append('\n').append(partFigures.table(cutoffs));
            report.append(misses(ofPart));
        }
        System.out.println(report);

        // The sweep replays the hearings; at the configured cut-offs the replay must be what the service answered.
        List<String> disagreements = new ArrayList<>();
        for (Result result : results) {
            LobbyCorpus.Outcome replayed = replay(result, cutoffs, new HashMap<>());
            if (replayed != result.outcome()) {
                disagreements.add(result.clip().row().text() + " / " + result.clip().voiceLabel() + " / "
                        + result.clip().condition().label + ": service " + result.outcome() + ", replay " + replayed);
            }
        }
        String replayNote = String.format(Locale.ROOT, "Replay of the recorded hearings at the configured cut-offs: %d of %d clips"
                + " answered otherwise by the service (Vosk hears a clip a little differently each time)%s%n", disagreements.size(),
                results.size(), disagreements.isEmpty() ? "" : ":\n  " + String.join("\n  ", disagreements));
        System.out.print(replayNote);
        Files.writeString(OUT.resolve(FULL ? "report-full.txt" : "report.txt"), report + replayNote, StandardCharsets.UTF_8);
        assertThat(100.0 * disagreements.size() / results.size()).as(replayNote)
                .isLessThanOrEqualTo(REPLAY_DISAGREEMENT_CEILING_PERCENT);

        if (SWEEP) {
            String sweep = CutoffSweep.run(results, cutoffs, this::replay);
            System.out.println(sweep);
            Files.writeString(OUT.resolve("sweep.txt"), sweep, StandardCharsets.UTF_8);
        }

        for (Part part : Part.values()) {
            CorpusFigures partFigures = figures.get(part);
            for (Condition condition : Condition.SPOKEN) {
                String key = part.label + " " + condition.label;
                assertThat(partFigures.actedOrOfferedPercent(condition)).as("%s: acted on or offered, %% of requests", key)
                        .isGreaterThanOrEqualTo(ACTED_OR_OFFERED_FLOOR.get(key));
                assertThat(partFigures.emergenciesHandledPercent(condition)).as("%s: emergencies handled, %%", key)
                        .isGreaterThanOrEqualTo(EMERGENCY_HANDLED_FLOOR.get(key));
            }
            assertThat(partFigures.wrongActionsPercent()).as("%s: wrong actions, %% of all clips", part.label)
                    .isLessThanOrEqualTo(WRONG_ACTIONS_CEILING.get(part));
            assertThat(partFigures.downgraded()).as("%s: emergencies downgraded", part.label)
                    .isLessThanOrEqualTo(DOWNGRADED_CEILING);
            assertThat(partFigures.leftAloneActed()).as("%s: room talk, Spanish or noise acted on", part.label)
                    .isLessThanOrEqualTo(LEFT_ALONE_ACTED_CEILING);
        }
    }

    /** CPU time of this JVM: on a busy machine the wall clock says little about the corpus's own cost. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static void requireFlite() {
        String reason = TestAudio.fliteUnavailableReason();
        if (reason != null) {
            String why = "the lobby corpus needs Debian's flite voices (apt-get install flite): " + reason;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
    }

    /** The corpus holds the shared phrase lists, and the babble never says what a clip says. */
    private void checkCorpusData() {
        List<Row> tuning = LobbyCorpus.rows(Part.TUNING);
        List<Row> heldout = LobbyCorpus.rows(Part.HELDOUT);
        Map<String, Row> tuningByText = tuning.stream().collect(Collectors.toMap(Row::text, r -> r));
        for (VoicePhrases.Command command : VoicePhrases.COMMANDS) {
            Row row = tuningByText.get(command.text());
            assertThat(row).as("VoicePhrases command \"%s\" in lobby-tuning.tsv", command.text()).isNotNull();
            Understanding typed = assistant.understand("en", command.text());
            assertThat(row.matches(typed.intent().name(), typed.intent().slots()))
                    .as("\"%s\" typed gives %s, the corpus expects %s", command.text(), typed.intent(), row.expected()).isTrue();
        }
        Set<String> roomTalk = tuning.stream().filter(r -> r.kind() == Kind.ROOM_TALK).map(Row::text).collect(Collectors.toSet());
        for (String line : VoicePhrases.CHATTER) {
            assertThat(VoicePhrases.BABBLE_CHATTER.contains(line) ^ roomTalk.contains(line))
                    .as("chatter \"%s\" is either babble or tuning room talk", line).isTrue();
        }
        assertThat(heldout.stream().filter(r -> r.kind() == Kind.SPANISH).map(Row::text).toList())
                .as("the held-out Spanish rows are VoicePhrases.SPANISH").containsExactlyElementsOf(VoicePhrases.SPANISH);
        Set<String> heldoutTexts = heldout.stream().map(Row::text).collect(Collectors.toSet());
        assertThat(tuningByText.keySet()).as("no phrasing in both parts").doesNotContainAnyElementsOf(heldoutTexts);
        assertThat(VoicePhrases.BABBLE_CHATTER).as("the babble says nothing a clip says")
                .doesNotContainAnyElementsOf(tuningByText.keySet()).doesNotContainAnyElementsOf(heldoutTexts);
    }

    /** As the microphone stream does it: 100 ms chunks, then the hearing (second listen always) and the reply. */
    private Result hear(Clip clip, float[] babble) {
        byte[] pcm = TestAudio.pcm(audio(clip, babble));
        long start = System.nanoTime();
        try (ListeningSession session = voice.open("en")) {
            session.acceptRecording(pcm);
            Hearing hearing = voice.hear("en", session, true);
            VoiceReply reply = voice.answer("en", session, null, start);
            return new Result(clip, hearing, reply,
                    LobbyCorpus.judge(clip.row(), reply.intent(), reply.slots(), reply.choices()), -1);
        }
    }

    /**
     * The decision timed again one clip at a time, in CPU time of this thread: the first readings
     * of the transcript and the decision over every reading. The service's own figure
     * ({@link Hearing#decisionNanos}) is wall time, which on a shared machine mostly measures the
     * other processes.
     */
    private List<Result> retimed(List<Result> results) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Result> timed = new ArrayList<>(results.size());
        for (Result result : results) {
            long start = threads.getCurrentThreadCpuTime();
            interpreter.readings("en", result.hearing().transcript());
            interpreter.decide(result.hearing().readings());
            long cpu = threads.getCurrentThreadCpuTime() - start;
            timed.add(new Result(result.clip(), result.hearing(), result.reply(), result.outcome(), cpu));
        }
        return timed;
    }

    static float[] audio(Clip clip, float[] babble) {
        if (clip.condition() == Condition.ALONE) {
            int seed = clip.seed();
            double level = 0.02 + 0.01 * (seed % 10);
            return clip.row().text().startsWith("babble")
                    ? TestAudio.scaled(VoicePhrases.lobbyBabble(TestAudio.RATE * 4, 500 + seed), level)
                    : TestAudio.scaled(TestAudio.whiteNoise(TestAudio.RATE * 4, 1000 + seed), level / 2);
        }
        float[] speech = TestAudio.pad(TestAudio.speak(clip.row().text(), clip.voice()), 0.5, 1.0);
        if (clip.condition() == Condition.CLEAN) {
            return speech;
        }
        // Each clip hears the room from its own moment on: the babble is cut at a place of its own.
        String key = clip.row().text() + "|" + clip.voice() + "|" + clip.condition();
        int offset = (int) Math.floorMod(key.hashCode() * 7919L, (long) babble.length);
        return TestAudio.mix(speech, babble, clip.condition().snrDb, offset);
    }

    /**
     * What the service would have answered this hearing at other cut-offs: the first readings
     * alone when they act, else with the second listen's, answered as {@link VoiceService#answer}
     * does. {@code memo} keeps the verdict per decision, for the sweep.
     */
    LobbyCorpus.Outcome replay(Result result, DecisionProperties cutoffs, Map<List<Object>, LobbyCorpus.Outcome> memo) {
        Hearing hearing = result.hearing();
        Decision decision = VoiceInterpreter.decide(hearing.first(), cutoffs);
        if (decision.outcome() != Outcome.ACT && !hearing.again().isEmpty()) {
            decision = VoiceInterpreter.decide(hearing.readings(), cutoffs);
        }
        Decision decided = decision;
        List<Object> key = List.of(decided.outcome(), decided.candidates().stream().map(c -> c.best().intent()).toList());
        return memo.computeIfAbsent(key, k -> {
            Reply reply = switch (decided.outcome()) {
                case ACT -> answers.reply("en", decided.best().best().understanding(), null);
                case ASK -> answers.ask("en", decided.candidates().stream().map(c -> c.best().intent()).toList(), null);
                case NOT_UNDERSTOOD -> answers.reply("en", Understanding.unknown(), null);
            };
            return LobbyCorpus.judge(result.clip().row(), reply.intent().name(), reply.intent().slots(), reply.choices());
        });
    }

    /** The misses of a part: clean and 10 dB in full; at 5 dB only the wrong actions (clips.tsv has them all). */
    private static String misses(List<Result> results) {
        StringBuilder out = new StringBuilder("  Misses (requests not acted on right; anything acted on or asked for room talk,"
                + " Spanish, noise; at 5 dB only wrong actions):\n");
        for (Result result : results) {
            Clip clip = result.clip();
            LobbyCorpus.Outcome outcome = result.outcome();
            boolean miss = clip.row().kind().asks() ? outcome != LobbyCorpus.Outcome.ACTED_RIGHT
                    : outcome != LobbyCorpus.Outcome.NOT_UNDERSTOOD;
            if (!miss || (clip.condition() == Condition.BABBLE_5 && !outcome.wrongAction())) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "    %-16s %-14s %-16s \"%s\" (%s): heard \"%s\" / free \"%s\"%s -> %s%n",
                    outcome.label, clip.condition().label, clip.voiceLabel(), clip.row().text(), clip.row().expected(),
                    result.hearing().transcript().grammar().text(), result.hearing().transcript().free().text(),
                    againText(result.hearing()), replied(result.reply())));
        }
        return out.toString();
    }

    private static String againText(Hearing hearing) {
        return hearing.again().isEmpty() ? "" : " / again \"" + hearing.again().get(0).heard() + "\"";
    }

    static String replied(VoiceReply reply) {
        if (reply.asks()) {
            return "asked " + reply.choices().stream().map(LobbyCorpusTest::choice).toList();
        }
        return "unknown".equals(reply.intent()) ? "not understood" : "acted " + reply.intent() + sorted(reply.slots());
    }

    private static String choice(Choice choice) {
        return choice.intent() + sorted(choice.slots());
    }

    private static String sorted(Map<String, String> slots) {
        return slots.isEmpty() ? "" : new java.util.TreeMap<>(slots).toString();
    }

    private static String clipsTsv(List<Result> results) {
        StringBuilder out = new StringBuilder("part\tkind\tcondition\tvoice\ttext\texpected\toutcome\treply\tgrammar heard"
                + "\tfree heard\tdecision ms\tsecond listen ms\treadings (pass score meaning «words»)\n");
        for (Result result : results) {
            Clip clip = result.clip();
            Hearing hearing = result.hearing();
            List<String> readings = new ArrayList<>();
            for (Reading reading : hearing.readings()) {
                readings.add(String.format(Locale.ROOT, "%s %.3f %s%s «%s»", reading.pass(), reading.score(),
                        reading.intent().name(), sorted(reading.intent().slots()), reading.heard()));
            }
            out.append(String.join("\t", clip.row().part().label, clip.row().kind().name().toLowerCase(Locale.ROOT),
                    clip.condition().label, clip.voiceLabel(), clip.row().text(), clip.row().expected(),
                    result.outcome().label, replied(result.reply()), hearing.transcript().grammar().text(),
                    hearing.transcript().free().text(),
                    String.format(Locale.ROOT, "%.2f", hearing.decisionNanos() / 1e6),
                    hearing.againNanos() < 0 ? "-" : String.format(Locale.ROOT, "%.0f", hearing.againNanos() / 1e6),
                    String.join(" | ", readings))).append('\n');
        }
        return out.toString();
    }
}
