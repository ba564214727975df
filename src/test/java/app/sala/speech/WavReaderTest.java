package app.sala.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading espeak-ng's output: sizes that lie when streamed, and anything that is not audio at all. */
class WavReaderTest {

    private static final int BOGUS = 0xFFFFFFFF;
    private static final byte[] SAMPLES = {0x10, 0x00, (byte) 0xF0, (byte) 0xFF, 0x00, 0x40, 0x00, (byte) 0xC0};

    @Test
    void readsBackWhatAudioClipWrites() {
        AudioClip clip = WavReader.read(new AudioClip(SAMPLES, 16000).wav());

        assertThat(clip.sampleRate()).isEqualTo(16000);
        assertThat(clip.pcm()).containsExactly(SAMPLES);
    }

    @Test
    void aStreamedWavWithBogusSizesIsReadToTheEnd() {
        // espeak-ng --stdout to a pipe cannot seek back to fill in the sizes.
        byte[] streamed = wav(BOGUS, fmt(1, 1, 22050, 16), chunk("data", BOGUS, SAMPLES));

        AudioClip clip = WavReader.read(streamed);

        assertThat(clip.sampleRate()).isEqualTo(22050);
        assertThat(clip.pcm()).containsExactly(SAMPLES);
    }

    @Test
    void placeholderSizesNearIntMaxAreIgnoredToo() {
        // What espeak-ng 1.51 actually writes to a pipe: 0x7FFFF024 and 0x7FFFF000.
        byte[] streamed = wav(0x7FFFF024, fmt(1, 1, 22050, 16), chunk("data", 0x7FFFF000, SAMPLES));

        assertThat(WavReader.read(streamed).pcm()).containsExactly(SAMPLES);
    }

    @Test
    void aDataSizeSmallerThanTheSamplesDoesNotCutThemShort() {
        byte[] streamed = wav(36, fmt(1, 1, 22050, 16), chunk("data", 0, SAMPLES));

        assertThat(WavReader.read(streamed).pcm()).containsExactly(SAMPLES);
    }

    @Test
    void otherChunksBeforeTheSamplesAreSkipped() {
        byte[] list = chunk("LIST", 5, "INFOx".getBytes(StandardCharsets.US_ASCII));
        byte[] padded = concat(list, new byte[] {0}); // odd chunk sizes are padded to even
        byte[] extensibleFmt = concat(chunk("fmt ", 18, concat(fmtBody(1, 1, 16000, 16), new byte[] {0, 0})));

        AudioClip clip = WavReader.read(wav(BOGUS, extensibleFmt, padded, chunk("data", SAMPLES.length, SAMPLES)));

        assertThat(clip.sampleRate()).isEqualTo(16000);
        assertThat(clip.pcm()).containsExactly(SAMPLES);
    }

    @Test
    void aTrailingHalfSampleIsDropped() {
        byte[] streamed = wav(BOGUS, fmt(1, 1, 22050, 16), chunk("data", BOGUS, new byte[] {1, 2, 3}));

        assertThat(WavReader.read(streamed).pcm()).containsExactly(1, 2);
    }

    static Stream<Arguments> notAudio() {
        byte[] random = new byte[512];
        new Random(42).nextBytes(random);
        return Stream.of(
                Arguments.of("nothing", new byte[0]),
                Arguments.of("three bytes", new byte[] {'R', 'I', 'F'}),
                Arguments.of("random bytes", random),
                Arguments.of("an error page", "<html><body>espeak-ng: error</body></html>".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("RIFF but not WAVE", wav(BOGUS, chunk("AVI ", 4, new byte[4]))),
                Arguments.of("a header and no chunks", wav(4)),
                Arguments.of("samples before their format", wav(BOGUS, chunk("data", BOGUS, SAMPLES))),
                Arguments.of("a format and no samples", wav(BOGUS, fmt(1, 1, 22050, 16))),
                Arguments.of("a chunk with a bogus size before the samples",
                        wav(BOGUS, fmt(1, 1, 22050, 16), chunk("LIST", BOGUS, new byte[8]), chunk("data", 8, SAMPLES))),
                Arguments.of("float samples", wav(BOGUS, fmt(3, 1, 22050, 32), chunk("data", BOGUS, SAMPLES))),
                Arguments.of("stereo", wav(BOGUS, fmt(1, 2, 22050, 16), chunk("data", BOGUS, SAMPLES))),
                Arguments.of("8-bit", wav(BOGUS, fmt(1, 1, 22050, 8), chunk("data", BOGUS, SAMPLES))),
                Arguments.of("a zero sample rate", wav(BOGUS, fmt(1, 1, 0, 16), chunk("data", BOGUS, SAMPLES))),
                // A process cut off while writing its header (killed, or a full disk on the other end).
                Arguments.of("a header cut off inside the format chunk",
                        java.util.Arrays.copyOf(wav(BOGUS, fmt(1, 1, 22050, 16), chunk("data", BOGUS, SAMPLES)), 28)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notAudio")
    void anythingThatIsNotMono16BitPcmIsASpeechException(String what, byte[] bytes) {
        assertThatThrownBy(() -> WavReader.read(bytes)).as(what).isInstanceOf(SpeechException.class);
    }

    // --- building WAV streams byte by byte

    static byte[] wav(int riffSize, byte[]... chunks) {
        return concat(ascii("RIFF"), le32(riffSize), ascii("WAVE"), concat(chunks));
    }

    static byte[] fmt(int format, int channels, int sampleRate, int bits) {
        return chunk("fmt ", 16, fmtBody(format, channels, sampleRate, bits));
    }

    static byte[] fmtBody(int format, int channels, int sampleRate, int bits) {
        int blockAlign = channels * bits / 8;
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) format).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * blockAlign).putShort((short) blockAlign).putShort((short) bits).array();
    }

    static byte[] chunk(String id, int declaredSize, byte[] body) {
        return concat(ascii(id), le32(declaredSize), body);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] le32(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
