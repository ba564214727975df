package app.sala.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoudnessTrackTest {

    @Test
    void wordsLouderThanTheRoomStandOutByTheirLevelDifference() {
        // One second of quiet (amplitude 0.01), one second of words (0.1): 20 dB apart.
        float[] audio = new float[2 * TestAudio.RATE];
        for (int i = 0; i < audio.length; i++) {
            audio[i] = (float) ((i < TestAudio.RATE ? 0.01 : 0.1) * Math.sin(i * 0.3));
        }
        LoudnessTrack track = track(audio, 333);
        List<HeardWord> words = List.of(new HeardWord("next", 1, 1.0, 1.5), new HeardWord("step", 1, 1.5, 2.0));
        assertThat(track.wordsAboveRestDb(words)).isCloseTo(20, within(0.5));
        // Words placed on the quiet part are 20 dB below the rest: not a visitor talking.
        assertThat(track.wordsAboveRestDb(List.of(new HeardWord("help", 1, 0.2, 0.8)))).isLessThan(-15);
    }

    @Test
    void wordsInEvenNoiseDoNotStandOut() {
        LoudnessTrack track = track(TestAudio.whiteNoise(3 * TestAudio.RATE, 7), SpeechAudio.CHUNK_BYTES);
        assertThat(track.wordsAboveRestDb(List.of(new HeardWord("blacked", 1, 1.0, 1.4), new HeardWord("out", 1, 1.4, 1.7))))
                .isBetween(-1.0, 1.0);
    }

    @Test
    void withoutAnythingToCompareTheAnswerSaysSo() {
        LoudnessTrack track = track(TestAudio.pad(TestAudio.whiteNoise(TestAudio.RATE, 1), 1, 0), SpeechAudio.CHUNK_BYTES);
        assertThat(track.wordsAboveRestDb(List.of())).isNaN();
        assertThat(track.wordsAboveRestDb(List.of(new HeardWord("x", 1, 1.0, 2.0)))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(new LoudnessTrack().wordsAboveRestDb(List.of(new HeardWord("x", 1, 0, 1)))).isNaN();
    }

    private static LoudnessTrack track(float[] audio, int chunk) {
        byte[] pcm = TestAudio.pcm(audio);
        LoudnessTrack track = new LoudnessTrack();
        for (int offset = 0; offset < pcm.length; offset += chunk) {
            track.add(pcm, offset, Math.min(chunk, pcm.length - offset));
        }
        return track;
    }
}
