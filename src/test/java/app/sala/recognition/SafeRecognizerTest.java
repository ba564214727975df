package app.sala.recognition;

import static app.sala.recognition.SpeechAudio.BYTES_PER_SAMPLE;
import static app.sala.recognition.SpeechAudio.CHUNK_BYTES;
import static app.sala.recognition.SpeechAudio.SAMPLE_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.sala.speech.AudioClip;
import app.sala.speech.FreeTtsSynthesizer;
import app.sala.speech.SpeechRate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every misuse that kills the JVM when made on Vosk directly (docs/STACK-NOTES.md) made on our
 * layer instead: each ends in a clean exception, and the recognizer or model still works
 * afterwards. That this class finishes at all is part of the proof.
 */
class SafeRecognizerTest {

    private static final Grammar COMMANDS = Grammar.of(List.of("show me the bridge", "next step", "help"));
    private static byte[] bridge;

    @BeforeAll
    static void speak() {
        AudioClip clip = new FreeTtsSynthesizer().synthesize("show me the bridge", "en", SpeechRate.NORMAL);
        assertThat(clip.sampleRate()).isEqualTo(SAMPLE_RATE);
        bridge = withSilence(clip.pcm());
    }

    @Test
    void aPhraseFedInEvenChunksIsHeard() {
        try (SafeRecognizer recognizer = grammarRecognizer()) {
            feed(recognizer, bridge, CHUNK_BYTES);
            assertThat(recognizer.finalResult().text()).isEqualTo("show me the bridge");
        }
    }

    @Test
    void oddLengthChunksAreHeardTheSameBecauseTheOddByteIsCarried() {
        try (SafeRecognizer recognizer = grammarRecognizer()) {
            feed(recognizer, bridge, 333);
            assertThat(recognizer.finalResult().text()).isEqualTo("show me the bridge");
        }
        try (SafeRecognizer recognizer = grammarRecognizer()) {
            feed(recognizer, bridge, 1);
            assertThat(recognizer.finalResult().text()).isEqualTo("show me the bridge");
        }
    }

    @Test
    void aNegativeLengthOrOffsetIsRefusedAndTheRecognizerStillWorks() {
        try (SafeRecognizer recognizer = grammarRecognizer()) {
            assertThatThrownBy(() -> recognizer.accept(bridge, 0, -1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> recognizer.accept(bridge, -2, 10)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> recognizer.accept(bridge, 0, Integer.MIN_VALUE)).isInstanceOf(IllegalArgumentException.class);
            feed(recognizer, bridge, CHUNK_BYTES);
            assertThat(recognizer.finalResult().text()).isEqualTo("show me the bridge");
        }
    }

    @Test
    void aLengthBeyondTheArrayIsRefused() {
        try (SafeRecognizer recognizer = grammarRecognizer()) {
            byte[] small = new byte[100];
            assertThatThrownBy(() -> recognizer.accept(small, 0, 101)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside 100 bytes");
            assertThatThrownBy(() -> recognizer.accept(small, 90, 20)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> recognizer.accept(small, 50, Integer.MAX_VALUE)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> recognizer.accept(null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(recognizer.accept(small, 100, 0)).isFalse();
        }
    }

    @Test
    void closingTwiceIsHarmlessAndUseAfterCloseIsAnException() {
        SafeRecognizer recognizer = grammarRecognizer();
        recognizer.close();
        recognizer.close();
        assertThat(recognizer.isClosed()).isTrue();
        assertThatThrownBy(() -> recognizer.accept(bridge)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(recognizer::result).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(recognizer::partial).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(recognizer::finalResult).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theModelOutlivesItsRecognizersAndRefusesNewOnesOnceClosed() {
        SpeechModel model = TestModels.load();
        SafeRecognizer recognizer = model.grammarRecognizer(COMMANDS, SAMPLE_RATE, 15);
        model.close();
        assertThat(model.isClosed()).isTrue();
        assertThat(model.openRecognizers()).isEqualTo(1);
        // Still decoding on a model whose close was asked for: the native model is still there.
        feed(recognizer, bridge, CHUNK_BYTES);
        assertThat(recognizer.finalResult().text()).isEqualTo("show me the bridge");
        recognizer.close();
        assertThat(model.openRecognizers()).isZero();
        assertThatThrownBy(() -> model.grammarRecognizer(COMMANDS, SAMPLE_RATE, 15)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> model.freeRecognizer(SAMPLE_RATE, 15)).isInstanceOf(IllegalStateException.class);
        model.close();
    }

    @Test
    void grammarsThatAreNotAListOfLowerCasePhrasesAreRefused() {
        assertThatThrownBy(() -> Grammar.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grammar.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        for (String bad : List.of("", " ", "[]", "not json\"", "Show Me", "show  me", " show", "next step!", "[unk]",
                "{\"a\":1}", "step 2")) {
            assertThatThrownBy(() -> Grammar.of(List.of(bad))).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Grammar.of(Arrays.asList("help", null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TestModels.english().grammarRecognizer(null, SAMPLE_RATE, 15))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Grammar.of(List.of("qué hora es", "don't stop", "help", "help")).phrases())
                .containsExactly("qué hora es", "don't stop", "help");
    }

    @Test
    void sampleRatesVoskCannotUseAreRefused() {
        for (int rate : new int[] {-16_000, -1, 0, 8_000, 15_999, 48_001, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> TestModels.english().freeRecognizer(rate, 15)).as("rate %d", rate)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TestModels.english().grammarRecognizer(COMMANDS, rate, 15))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(TestModels.english().openRecognizers()).isZero();
    }

    @Test
    void anUtteranceLongerThanItsLimitEndsWithAnExceptionAndKeepsWhatWasHeard() {
        try (SafeRecognizer recognizer = TestModels.english().grammarRecognizer(COMMANDS, SAMPLE_RATE, 1.0)) {
            byte[] oneSecondAndABit = Arrays.copyOf(bridge, SAMPLE_RATE * BYTES_PER_SAMPLE + 2);
            assertThatThrownBy(() -> feed(recognizer, oneSecondAndABit, CHUNK_BYTES))
                    .isInstanceOf(UtteranceTooLongException.class).hasMessageContaining("longer than 1 s");
            assertThat(recognizer.acceptedSeconds()).isLessThanOrEqualTo(1.0);
            assertThat(recognizer.finalResult()).isNotNull();
        }
        assertThatThrownBy(() -> TestModels.english().freeRecognizer(SAMPLE_RATE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TestModels.english().freeRecognizer(SAMPLE_RATE, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void freeModeHearsWordsOutsideAnyGrammar() {
        try (SafeRecognizer recognizer = TestModels.english().freeRecognizer(SAMPLE_RATE, 15)) {
            feed(recognizer, bridge, CHUNK_BYTES);
            Heard heard = recognizer.finalResult();
            assertThat(heard.text()).contains("bridge");
            assertThat(heard.words()).isNotEmpty().allSatisfy(w -> assertThat(w.confidence()).isBetween(0.0, 1.0));
        }
    }

    private static SafeRecognizer grammarRecognizer() {
        return TestModels.english().grammarRecognizer(COMMANDS, SAMPLE_RATE, 15);
    }

    static void feed(SafeRecognizer recognizer, byte[] pcm, int chunk) {
        for (int offset = 0; offset < pcm.length; offset += chunk) {
            recognizer.accept(pcm, offset, Math.min(chunk, pcm.length - offset));
        }
    }

    static byte[] withSilence(byte[] pcm) {
        byte[] padded = new byte[pcm.length + SAMPLE_RATE * BYTES_PER_SAMPLE];
        System.arraycopy(pcm, 0, padded, 8_000, pcm.length);
        return padded;
    }
}
