package app.sala.speech;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Synthesized speech: 16-bit signed mono PCM, little-endian, at {@code sampleRate}. Engines
 * differ (FreeTTS writes big-endian, espeak-ng a streamed WAV with bogus sizes), so every
 * engine converts to this one form and {@link #wav()} writes one correct header for all.
 */
public record AudioClip(byte[] pcm, int sampleRate) {

    public AudioClip {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        if (pcm.length % 2 != 0) {
            throw new IllegalArgumentException("16-bit PCM needs an even number of bytes: " + pcm.length);
        }
    }

    public double seconds() {
        return pcm.length / 2.0 / sampleRate;
    }

    /** A RIFF/WAVE file: 44-byte header, then the samples. */
    public byte[] wav() {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + pcm.length)
                .put("WAVE".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16)
                .putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(pcm.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(44 + pcm.length);
        out.writeBytes(header.array());
        out.writeBytes(pcm);
        return out.toByteArray();
    }

    /** Big-endian 16-bit samples (FreeTTS) turned little-endian. */
    public static AudioClip fromBigEndian(byte[] samples, int sampleRate) {
        byte[] swapped = new byte[samples.length - samples.length % 2];
        for (int i = 0; i < swapped.length; i += 2) {
            swapped[i] = samples[i + 1];
            swapped[i + 1] = samples[i];
        }
        return new AudioClip(swapped, sampleRate);
    }
}
