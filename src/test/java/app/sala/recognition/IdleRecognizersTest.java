package app.sala.recognition;

import static app.sala.recognition.SpeechAudio.CHUNK_BYTES;
import static app.sala.recognition.SpeechAudio.SAMPLE_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.sala.speech.FreeTtsSynthesizer;
import app.sala.speech.SpeechRate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Free-mode recognizers kept between utterances, on the real model: the next utterance hears
 * the same as on a new recognizer, with its word times counted from its own start (the
 * loudness of each word depends on them), and the model still closes cleanly.
 */
class IdleRecognizersTest {

    private static byte[] bridge;

    @BeforeAll
    static void speak() {
        bridge = SafeRecognizerTest.withSilence(new FreeTtsSynthesizer()
                .synthesize("show me the bridge", "en", SpeechRate.NORMAL).pcm());
    }

    @Test
    void aKeptRecognizerHearsTheNextUtteranceWithItsOwnWordTimes() {
        SpeechModel model = TestModels.load();
        try {
            Heard first = hear(model);
            assertThat(model.idleRecognizers()).as("kept after the first utterance").isEqualTo(1);
            for (int utterance = 2; utterance <= 4; utterance++) {
                Heard again = hear(model);
                assertThat(model.idleRecognizers()).as("the same one kept, not a second").isEqualTo(1);
                assertThat(again.text()).isEqualTo(first.text());
                assertThat(again.words()).hasSameSizeAs(first.words());
                for (int i = 0; i < first.words().size(); i++) {
                    assertThat(again.words().get(i).start()).as("utterance %d, word %d starts", utterance, i)
                            .isCloseTo(first.words().get(i).start(), within(0.05));
                    assertThat(again.words().get(i).end()).isCloseTo(first.words().get(i).end(), within(0.05));
                }
            }
        } finally {
            model.close();
        }
    }

    @Test
    void atMostTwoAreKeptAndClosingTheModelClosesThem() {
        SpeechModel model = TestModels.load();
        List<SafeRecognizer> streams = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            streams.add(model.freeRecognizer(SAMPLE_RATE, 15));
        }
        assertThat(model.openRecognizers()).isEqualTo(3);
        streams.forEach(SafeRecognizer::close);
        assertThat(model.openRecognizers()).isZero();
        assertThat(model.idleRecognizers()).isEqualTo(IdleRecognizers.KEPT);
        model.close();
        assertThat(model.idleRecognizers()).isZero();
        assertThatThrownBy(() -> model.freeRecognizer(SAMPLE_RATE, 15)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRecognizerInUseWhenTheModelClosesIsClosedNotKept() {
        SpeechModel model = TestModels.load();
        SafeRecognizer stream = model.freeRecognizer(SAMPLE_RATE, 15);
        model.close();
        SafeRecognizerTest.feed(stream, bridge, CHUNK_BYTES);
        assertThat(stream.finalResult().text()).contains("bridge");
        stream.close();
        assertThat(model.idleRecognizers()).isZero();
        assertThat(model.openRecognizers()).isZero();
    }

    @Test
    void grammarRecognizersAreNotKept() {
        SpeechModel model = TestModels.load();
        try {
            model.grammarRecognizer(Grammar.of(List.of("show me the bridge")), SAMPLE_RATE, 15).close();
            assertThat(model.idleRecognizers()).isZero();
        } finally {
            model.close();
        }
    }

    @Test
    void aRecognizerIsRetiredOnceItHasHeardItsShareOfAudio() {
        IdleRecognizers idle = new IdleRecognizers();
        assertThat(idle.keep(new IdleRecognizers.Kept(null, SAMPLE_RATE, IdleRecognizers.RETIRE_AFTER_SECONDS))).isFalse();
        assertThat(idle.keep(new IdleRecognizers.Kept(null, SAMPLE_RATE, 10))).isTrue();
        assertThat(idle.take(48_000)).as("another sample rate").isNull();
        assertThat(idle.take(SAMPLE_RATE).heardSeconds()).isEqualTo(10);
        assertThat(idle.size()).isZero();
    }

    private static Heard hear(SpeechModel model) {
        try (SafeRecognizer recognizer = model.freeRecognizer(SAMPLE_RATE, 15)) {
            SafeRecognizerTest.feed(recognizer, bridge, CHUNK_BYTES);
            return recognizer.finalResult();
        }
    }
}
