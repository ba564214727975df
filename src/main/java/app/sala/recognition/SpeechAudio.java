package app.sala.recognition;

/**
 * The one audio format of listening: 16 kHz mono 16-bit little-endian PCM in 100 ms chunks.
 * The page's microphone sends it (it is given these figures when the microphone opens), an
 * uploaded WAV is converted to it, and the recognizers hear it, recorded audio in the same
 * chunks as the microphone's.
 */
public final class SpeechAudio {

    public static final int SAMPLE_RATE = 16_000;
    public static final int BYTES_PER_SAMPLE = 2;
    public static final int CHUNK_MILLIS = 100;
    public static final int CHUNK_SAMPLES = SAMPLE_RATE * CHUNK_MILLIS / 1000;
    public static final int CHUNK_BYTES = CHUNK_SAMPLES * BYTES_PER_SAMPLE;

    private SpeechAudio() {
    }
}
