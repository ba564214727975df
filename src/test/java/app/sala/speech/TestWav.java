package app.sala.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A WAV file as the tests read it, independently of {@link WavReader}: the canonical 44-byte
 * header Sala promises, read field by field (little-endian), and the samples after it.
 */
record TestWav(String riff, long riffSize, String wave, String fmt, int fmtSize, int format, int channels,
               int sampleRate, int byteRate, int blockAlign, int bitsPerSample, String data, long dataSize,
               short[] samples, int fileLength) {

    static TestWav parse(byte[] bytes) {
        assertThat(bytes.length).as("a WAV file has at least its 44-byte header").isGreaterThanOrEqualTo(44);
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[(bytes.length - 44) / 2];
        ByteBuffer body = ByteBuffer.wrap(bytes, 44, bytes.length - 44).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples.length; i++) {
            samples[i] = body.getShort();
        }
        return new TestWav(tag(bytes, 0), Integer.toUnsignedLong(in.getInt(4)), tag(bytes, 8), tag(bytes, 12),
                in.getInt(16), in.getShort(20), in.getShort(22), in.getInt(24), in.getInt(28), in.getShort(32),
                in.getShort(34), tag(bytes, 36), Integer.toUnsignedLong(in.getInt(40)), samples, bytes.length);
    }

    private static String tag(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }

    /** Every header field agrees with RIFF/WAVE, PCM, mono, 16-bit and with the bytes that follow. */
    TestWav assertValidMono16(int expectedSampleRate) {
        assertThat(riff).isEqualTo("RIFF");
        assertThat(wave).isEqualTo("WAVE");
        assertThat(fmt).isEqualTo("fmt ");
        assertThat(fmtSize).as("PCM fmt chunk size").isEqualTo(16);
        assertThat(format).as("format tag (1 = PCM)").isEqualTo(1);
        assertThat(channels).as("channels").isEqualTo(1);
        assertThat(bitsPerSample).as("bits per sample").isEqualTo(16);
        assertThat(sampleRate).as("sample rate").isEqualTo(expectedSampleRate);
        assertThat(blockAlign).as("block align").isEqualTo(2);
        assertThat(byteRate).as("byte rate").isEqualTo(expectedSampleRate * 2);
        assertThat(data).isEqualTo("data");
        assertThat(dataSize).as("data size = the bytes after the header").isEqualTo(fileLength - 44L);
        assertThat(dataSize % 2).as("whole 16-bit samples").isZero();
        assertThat(riffSize).as("RIFF size = file length - 8").isEqualTo(fileLength - 8L);
        return this;
    }

    double seconds() {
        return samples.length / (double) sampleRate;
    }

    /** Root mean square of the samples, in 16-bit units (0..32768). */
    double rms() {
        double sum = 0;
        for (short sample : samples) {
            sum += (double) sample * sample;
        }
        return samples.length == 0 ? 0 : Math.sqrt(sum / samples.length);
    }

    int peak() {
        int peak = 0;
        for (short sample : samples) {
            peak = Math.max(peak, Math.abs((int) sample));
        }
        return peak;
    }
}
