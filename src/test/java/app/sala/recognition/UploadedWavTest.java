package app.sala.recognition;

import static app.sala.recognition.SpeechAudio.BYTES_PER_SAMPLE;
import static app.sala.recognition.SpeechAudio.SAMPLE_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class UploadedWavTest {

    @Test
    void sixteenKilohertzMonoPassesThroughUnchanged() {
        short[] samples = {0, 1000, -1000, 32767, -32768};
        byte[] pcm = UploadedWav.toSpeechPcm(wav(1, SAMPLE_RATE, 16, 1, le16(samples)), 15);
        assertThat(shorts(pcm)).containsExactly(0, 1000, -1000, 32767, -32768);
    }

    @Test
    void stereoIsAveragedNotInterleaved() {
        short[] interleaved = {1000, 3000, -2000, -4000};
        byte[] pcm = UploadedWav.toSpeechPcm(wav(1, SAMPLE_RATE, 16, 2, le16(interleaved)), 15);
        assertThat(shorts(pcm)).containsExactly(2000, -3000);
    }

    @Test
    void fortyEightKilohertzBecomesSixteenWithTheSameDurationAndPitch() {
        int rate = 48_000;
        short[] tone = new short[rate];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (10_000 * Math.sin(2 * Math.PI * 440 * i / rate));
        }
        int[] out = shorts(UploadedWav.toSpeechPcm(wav(1, rate, 16, 1, le16(tone)), 15));
        assertThat(out).hasSize(SAMPLE_RATE);
        // A 440 Hz tone crosses zero 880 times a second at any sample rate.
        int crossings = 0;
        for (int i = 1; i < out.length; i++) {
            if ((out[i - 1] < 0) != (out[i] < 0)) {
                crossings++;
            }
        }
        assertThat(crossings).isBetween(870, 890);
    }

    @Test
    void eightBitTwentyFourBitAndFloatAreScaledToSixteenBitRange() {
        assertThat(shorts(UploadedWav.toSpeechPcm(wav(1, SAMPLE_RATE, 8, 1, new byte[] {(byte) 128, (byte) 255, 0}), 15)))
                .containsExactly(0, 32512, -32768);
        byte[] s24 = {0, 0, 0x40, 0, 0, (byte) 0xC0};
        assertThat(shorts(UploadedWav.toSpeechPcm(wav(1, SAMPLE_RATE, 24, 1, s24), 15))).containsExactly(16384, -16384);
        ByteBuffer floats = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.5f).putFloat(-1f).putFloat(Float.NaN);
        assertThat(shorts(UploadedWav.toSpeechPcm(wav(3, SAMPLE_RATE, 32, 1, floats.array()), 15)))
                .containsExactly(16384, -32768, 0);
    }

    @Test
    void whatIsNotAUsableWavIsRejectedWithTheReason() {
        assertThatThrownBy(() -> UploadedWav.toSpeechPcm(null, 15)).isInstanceOf(AudioRejectedException.class);
        assertThatThrownBy(() -> UploadedWav.toSpeechPcm("hello there, not audio".getBytes(StandardCharsets.UTF_8), 15))
                .hasMessageContaining("not a WAV");
        byte[] good = wav(1, SAMPLE_RATE, 16, 1, new byte[64]);
        assertThatThrownBy(() -> UploadedWav.toSpeechPcm(java.util.Arrays.copyOf(good, 30), 15))
                .isInstanceOf(AudioRejectedException.class);
        assertThatThrownBy(() -> UploadedWav.toSpeechPcm(wav(2, SAMPLE_RATE, 4, 1, new byte[64]), 15))
                .hasMessageContaining("unsupported WAV encoding");
        assertThatThrownBy(() -> UploadedWav.toSpeechPcm(wav(1, SAMPLE_RATE, 16, 0, new byte[64]), 15))
                .hasMessageContaining("channel count 0");
        assertThatThrownBy(() -> UploadedWav.toSpeechPcm(wav(1, 4_000, 16, 1, new byte[64]), 15))
                .hasMessageContaining("sample rate 4000");
        assertThatThrownBy(() -> UploadedWav.toSpeechPcm(wav(1, -5, 16, 1, new byte[64]), 15))
                .isInstanceOf(AudioRejectedException.class);
        byte[] noData = java.util.Arrays.copyOf(good, 36);
        assertThatThrownBy(() -> UploadedWav.toSpeechPcm(noData, 15)).hasMessageContaining("no audio data");
    }

    @Test
    void audioLongerThanTheLimitIsRejectedAsTooLarge() {
        byte[] sixteenSeconds = wav(1, SAMPLE_RATE, 16, 1, new byte[SAMPLE_RATE * BYTES_PER_SAMPLE * 16]);
        assertThatThrownBy(() -> UploadedWav.toSpeechPcm(sixteenSeconds, 15))
                .isInstanceOfSatisfying(AudioRejectedException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE))
                .hasMessageContaining("16.0 s long; the limit is 15 s");
    }

    @Test
    void aStreamedWavWithPlaceholderSizesIsReadToItsEnd() {
        byte[] streamed = wav(1, SAMPLE_RATE, 16, 1, le16(new short[] {5, 6, 7}));
        ByteBuffer.wrap(streamed).order(ByteOrder.LITTLE_ENDIAN).putInt(4, -1).putInt(40, -1);
        assertThat(shorts(UploadedWav.toSpeechPcm(streamed, 15))).containsExactly(5, 6, 7);
    }

    static byte[] wav(int format, int rate, int bits, int channels, byte[] data) {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + data.length)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) format).putShort((short) channels).putInt(rate)
                .putInt(rate * Math.max(1, channels) * bits / 8).putShort((short) (Math.max(1, channels) * bits / 8))
                .putShort((short) bits)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(data);
        return out.toByteArray();
    }

    static byte[] le16(short[] samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            buffer.putShort(s);
        }
        return buffer.array();
    }

    static int[] shorts(byte[] pcm) {
        ByteBuffer buffer = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        int[] out = new int[pcm.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = buffer.getShort();
        }
        return out;
    }
}
