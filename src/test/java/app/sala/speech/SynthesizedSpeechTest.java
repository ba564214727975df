package app.sala.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each engine really produces, read back with the test's own WAV parser: English from
 * FreeTTS at 16 kHz, Spanish from espeak-ng at 22.05 kHz, both PCM mono 16-bit, audible, and
 * as long as the text and the chosen speed make them.
 */
class SynthesizedSpeechTest {

    /** Quieter than any speech, louder than dither: about -36 dBFS. */
    private static final double SILENCE_FLOOR_RMS = 500;

    private static final List<String> ENGLISH = List.of(
            "Hello.",
            "Lie flat on the ground.",
            "Lie flat on the ground with your knees bent and your toes pointing forward.",
            "Lie flat on the ground with your knees bent and your toes pointing forward. "
                    + "Push your heels into the floor and squeeze your belly muscles tight. Hold for two seconds.");
    private static final List<String> SPANISH = List.of(
            "Hola.",
            "Acuéstese en el suelo.",
            "Acuéstese en el suelo con las rodillas dobladas y los dedos de los pies hacia adelante.",
            "Acuéstese en el suelo con las rodillas dobladas y los dedos de los pies hacia adelante. "
                    + "Empuje los talones contra el piso y apriete los músculos del abdomen. Sostenga dos segundos.");

    @Test
    void englishIsAValid16kHzWavFromFreeTtsThatGrowsWithTheText() {
        assertValidAudibleAndGrowing(Engines.freeTts(), "en", ENGLISH, 16000);
    }

    @Test
    void spanishIsAValid22kHzWavFromEspeakThatGrowsWithTheText() {
        assertValidAudibleAndGrowing(Engines.requireEspeak(), "es", SPANISH, 22050);
    }

    @Test
    void englishSlowerIsLongerAndFasterShorter() {
        assertRatesOrdered(Engines.freeTts(), "en", ENGLISH.get(2), 16000);
    }

    @Test
    void spanishSlowerIsLongerAndFasterShorter() {
        assertRatesOrdered(Engines.requireEspeak(), "es", SPANISH.get(2), 22050);
    }

    @Test
    void eachEngineSpeaksOnlyItsOwnLanguages() {
        assertThat(Engines.freeTts().voiceFor("en")).contains("kevin16");
        assertThat(Engines.freeTts().voiceFor("es")).isEmpty();
        EspeakSynthesizer espeak = Engines.requireEspeak();
        assertThat(espeak.voiceFor("es")).contains("es-419");
        assertThat(espeak.voiceFor("en")).as("English is FreeTTS's, never espeak-ng's").isEmpty();
    }

    private static void assertValidAudibleAndGrowing(Synthesizer engine, String language, List<String> texts,
                                                     int sampleRate) {
        List<Double> seconds = new ArrayList<>();
        for (String text : texts) {
            TestWav wav = TestWav.parse(engine.synthesize(text, language, SpeechRate.NORMAL).wav())
                    .assertValidMono16(sampleRate);
            assertThat(wav.rms()).as("%s: loudness (RMS) of \"%s\"", engine.name(), text)
                    .isGreaterThan(SILENCE_FLOOR_RMS);
            assertThat(wav.peak()).as("%s: peak of \"%s\"", engine.name(), text).isGreaterThan(4000);
            seconds.add(wav.seconds());
        }
        assertThat(seconds.get(0)).as("%s: a single word", engine.name()).isBetween(0.2, 2.0);
        assertThat(seconds).as("%s: seconds of speech for ever longer texts", engine.name())
                .isSortedAccordingTo(Double::compare)
                .doesNotHaveDuplicates();
        assertThat(seconds.get(3)).as("%s: two sentences last several seconds", engine.name()).isGreaterThan(4.0);
    }

    private static void assertRatesOrdered(Synthesizer engine, String language, String text, int sampleRate) {
        Map<SpeechRate, Double> seconds = new EnumMap<>(SpeechRate.class);
        for (SpeechRate rate : SpeechRate.values()) {
            seconds.put(rate, TestWav.parse(engine.synthesize(text, language, rate).wav())
                    .assertValidMono16(sampleRate).seconds());
        }
        assertThat(seconds.get(SpeechRate.SLOWER)).as("%s: slower vs normal %s", engine.name(), seconds)
                .isGreaterThan(seconds.get(SpeechRate.NORMAL) * 1.1);
        assertThat(seconds.get(SpeechRate.FASTER)).as("%s: faster vs normal %s", engine.name(), seconds)
                .isLessThan(seconds.get(SpeechRate.NORMAL) / 1.1);
    }
}
