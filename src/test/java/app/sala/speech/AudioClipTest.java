package app.sala.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one audio form every engine converts to, and the one WAV header written for all of them. */
class AudioClipTest {

    @Test
    void writesACanonicalPcmMonoHeaderWhoseSizesMatchTheSamples() {
        byte[] pcm = {0x01, 0x00, (byte) 0xFF, 0x7F, 0x00, (byte) 0x80};

        TestWav wav = TestWav.parse(new AudioClip(pcm, 16000).wav()).assertValidMono16(16000);

        assertThat(wav.fileLength()).isEqualTo(44 + pcm.length);
        assertThat(wav.samples()).containsExactly((short) 1, Short.MAX_VALUE, Short.MIN_VALUE);
    }

    @Test
    void anEmptyClipIsStillAWellFormedFile() {
        TestWav wav = TestWav.parse(new AudioClip(new byte[0], 22050).wav()).assertValidMono16(22050);

        assertThat(wav.dataSize()).isZero();
        assertThat(wav.riffSize()).isEqualTo(36);
    }

    @Test
    void secondsCountTwoBytesPerSample() {
        assertThat(new AudioClip(new byte[32000], 16000).seconds()).isEqualTo(1.0);
        assertThat(new AudioClip(new byte[22050], 22050).seconds()).isEqualTo(0.5);
    }

    @Test
    void bigEndianSamplesAreTurnedLittleEndian() {
        // FreeTTS's byte order: most significant byte first.
        byte[] bigEndian = {0x12, 0x34, (byte) 0x80, 0x00, (byte) 0xFF, (byte) 0xFE};

        AudioClip clip = AudioClip.fromBigEndian(bigEndian, 16000);

        assertThat(clip.pcm()).containsExactly(0x34, 0x12, 0x00, 0x80, 0xFE, 0xFF);
        assertThat(TestWav.parse(clip.wav()).samples()).containsExactly((short) 0x1234, Short.MIN_VALUE, (short) -2);
        assertThat(bigEndian).as("the input is left as it was").containsExactly(0x12, 0x34, 0x80, 0x00, 0xFF, 0xFE);
    }

    @Test
    void aDanglingHalfSampleFromABigEndianEngineIsDropped() {
        AudioClip clip = AudioClip.fromBigEndian(new byte[] {0x00, 0x01, 0x7F}, 16000);

        assertThat(clip.pcm()).containsExactly(0x01, 0x00);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 44101})
    void anOddNumberOfBytesIsNot16BitPcm(int length) {
        assertThatThrownBy(() -> new AudioClip(new byte[length], 16000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("even number of bytes")
                .hasMessageContaining(String.valueOf(length));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -16000})
    void theSampleRateMustBePositive(int sampleRate) {
        assertThatThrownBy(() -> new AudioClip(new byte[2], sampleRate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample rate");
    }
}
