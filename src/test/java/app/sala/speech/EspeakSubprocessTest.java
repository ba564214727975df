package app.sala.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * espeak-ng is another program, so it can be missing, fail, or hang. Stand-in scripts play
 * each part; the kiosk must answer within its time limit, leave no process behind, and keep
 * English (FreeTTS, in-process) working whatever espeak-ng does.
 */
class EspeakSubprocessTest {

    private static final Duration LIMIT = Duration.ofMillis(500);

    @TempDir
    Path dir;

    @Test
    void aHangingEngineIsStoppedAtItsTimeLimitWithItsChildren() throws Exception {
        Path pids = dir.resolve("pids");
        Path script = script("hangs.sh", """
                if [ "$1" = "--version" ]; then echo "eSpeak NG text-to-speech: 1.51 (stand-in)"; exit 0; fi
                echo $$ > "%s"
                sleep 30 &
                echo $! >> "%s"
                sleep 30
                """.formatted(pids, pids));
        EspeakSynthesizer espeak = new EspeakSynthesizer(script.toString(), Map.of("es", "es"), LIMIT);
        assertThat(espeak.unavailableReason()).as("it answers --version like espeak-ng").isEmpty();

        long started = System.nanoTime();
        assertThatThrownBy(() -> espeak.synthesize("Hola", "es", SpeechRate.NORMAL))
                .isInstanceOf(SpeechException.class)
                .hasMessageContaining("did not finish within 500 ms")
                .hasMessageContaining(script.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("the caller hears back within a few seconds, not after 30").isLessThan(Duration.ofSeconds(5));
        List<Long> recorded = Files.readAllLines(pids).stream().map(String::strip).map(Long::parseLong).toList();
        assertThat(recorded).as("the script and its own child sleep").hasSize(2);
        assertNoProcessLeft(script, recorded);
    }

    @Test
    void anEngineHangingOnItsVersionCheckIsReportedUnavailable() throws Exception {
        Path script = script("hangs-at-once.sh", "sleep 30\n");
        EspeakSynthesizer espeak = new EspeakSynthesizer(script.toString(), Map.of("es", "es"), LIMIT);

        long started = System.nanoTime();
        Optional<String> reason = espeak.unavailableReason();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(reason).hasValueSatisfying(text -> assertThat(text).contains(script.toString(), "500 ms"));
        assertThat(espeak.voiceFor("es")).isEmpty();
        assertNoProcessLeft(script, List.of());
    }

    @Test
    void aMissingCommandIsReportedWithTheReason() {
        String missing = dir.resolve("no-such-espeak-" + UUID.randomUUID()).toString();
        EspeakSynthesizer espeak = new EspeakSynthesizer(missing, Map.of("es", "es-419"), LIMIT);

        assertThat(espeak.unavailableReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains(missing, "cannot start"));
        assertThat(espeak.voiceFor("es")).as("no voice from an engine that cannot run").isEmpty();
        assertThatThrownBy(() -> espeak.synthesize("Hola", "es", SpeechRate.NORMAL))
                .isInstanceOf(SpeechException.class).hasMessageContaining("es");
    }

    @Test
    void anEngineThatFailsGivesASpeechExceptionWithItsExitCode() throws IOException {
        Path script = script("fails.sh", """
                if [ "$1" = "--version" ]; then echo "eSpeak NG (stand-in)"; exit 0; fi
                cat > /dev/null
                echo "espeak-ng: voice not found" >&2
                exit 3
                """);
        EspeakSynthesizer espeak = new EspeakSynthesizer(script.toString(), Map.of("es", "es"), LIMIT);

        assertThatThrownBy(() -> espeak.synthesize("Hola", "es", SpeechRate.NORMAL))
                .isInstanceOf(SpeechException.class)
                .hasMessageContaining("exit code 3");
    }

    @Test
    void anEngineThatPrintsSomethingOtherThanAudioGivesASpeechException() throws IOException {
        Path script = script("prints-text.sh", """
                if [ "$1" = "--version" ]; then echo "eSpeak NG (stand-in)"; exit 0; fi
                cat > /dev/null
                echo "this is not a wav file"
                """);
        EspeakSynthesizer espeak = new EspeakSynthesizer(script.toString(), Map.of("es", "es"), LIMIT);

        assertThatThrownBy(() -> espeak.synthesize("Hola", "es", SpeechRate.NORMAL))
                .isInstanceOf(SpeechException.class)
                .hasMessageContaining("not a WAV");
    }

    @Test
    void theTextGoesInOnStandardInputAndNeverBecomesAnArgument() throws IOException {
        Path arguments = dir.resolve("arguments");
        Path input = dir.resolve("input");
        Path fixture = dir.resolve("fixture.wav");
        Files.write(fixture, new AudioClip(new byte[2000], 22050).wav());
        Path script = script("records.sh", """
                if [ "$1" = "--version" ]; then echo "eSpeak NG (stand-in)"; exit 0; fi
                for argument in "$@"; do printf '%%s\\n' "$argument"; done > "%s"
                cat > "%s"
                cat "%s"
                """.formatted(arguments, input, fixture));
        EspeakSynthesizer espeak = new EspeakSynthesizer(script.toString(), Map.of("es", "es-419"), LIMIT);
        String text = "-v en --version $(touch " + dir.resolve("pwned") + ") `id`; rm -rf / | cat /etc/passwd";

        AudioClip clip = espeak.synthesize(text, "es", SpeechRate.SLOWER);

        assertThat(clip.sampleRate()).isEqualTo(22050);
        assertThat(Files.readAllLines(arguments))
                .containsExactly("-v", "es-419", "-s", String.valueOf(SpeechRate.SLOWER.espeakWordsPerMinute()),
                        "--stdout", "--stdin");
        assertThat(Files.readString(input, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(dir.resolve("pwned")).doesNotExist();
    }

    @Test
    void withoutEspeakSpanishSaysWhyAndEnglishStillSpeaks() {
        String missing = dir.resolve("no-such-espeak-" + UUID.randomUUID()).toString();
        SpeechService speech = Engines.service(new EspeakSynthesizer(missing, Map.of("es", "es-419"), LIMIT),
                dir.resolve("cache"));

        SpeechAvailability spanish = speech.availability("es");
        assertThat(spanish.available()).isFalse();
        assertThat(spanish.reason()).contains(missing, "cannot start");
        assertThatThrownBy(() -> speech.wav("Hola", "es", SpeechRate.NORMAL))
                .isInstanceOf(SpeechException.class)
                .isNotInstanceOf(SpeechRequestException.class) // the kiosk's fault, not the caller's: a 503
                .hasMessageContaining(missing);

        assertThat(speech.availability("en")).isEqualTo(new SpeechAvailability("en", true, "freetts", "kevin16", null));
        TestWav.parse(speech.wav("English never depends on espeak.", "en", SpeechRate.NORMAL)).assertValidMono16(16000);
    }

    private Path script(String name, String body) throws IOException {
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    /**
     * No process the script started is alive: not the recorded ones, not any descendant of this
     * JVM, not anything on the machine running the script. SIGKILL is delivered at once but a
     * process takes a moment to be gone, so this looks again for up to two seconds.
     */
    private static void assertNoProcessLeft(Path script, List<Long> pids) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        List<String> left;
        do {
            left = leftOver(script, pids);
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        assertThat(left).as("processes left behind by " + script).isEmpty();
    }

    private static List<String> leftOver(Path script, List<Long> pids) {
        String path = script.toString();
        long self = ProcessHandle.current().pid();
        return java.util.stream.Stream.of(
                        pids.stream().map(ProcessHandle::of).flatMap(Optional::stream),
                        ProcessHandle.current().descendants()
                                .filter(p -> describe(p).contains(path) || describe(p).contains("sleep 30")),
                        ProcessHandle.allProcesses().filter(p -> p.pid() != self && describe(p).contains(path)))
                .flatMap(s -> s)
                .filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + describe(p))
                .distinct()
                .toList();
    }

    private static String describe(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        return info.commandLine().orElseGet(() -> info.command().orElse("?")
                + info.arguments().map(arguments -> " " + String.join(" ", arguments)).orElse(""));
    }
}
