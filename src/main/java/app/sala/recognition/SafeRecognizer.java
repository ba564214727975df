package app.sala.recognition;

import org.vosk.Recognizer;

/**
 * A Vosk recognizer that cannot crash the JVM. Vosk's native code dies on a length beyond the
 * array, a second close or any use after close; it silently mishears odd-length chunks. So
 * every call is checked here: 16-bit little-endian mono only, the odd byte of a chunk carried
 * into the next, the utterance bounded, close idempotent and final. Closing gives the native
 * recognizer back to its model, which may keep it for a later utterance ({@link IdleRecognizers});
 * this object never touches it again.
 */
public final class SafeRecognizer implements AutoCloseable {

    public static final int MIN_SAMPLE_RATE = 16_000;
    public static final int MAX_SAMPLE_RATE = 48_000;

    private final SpeechModel model;
    private final Recognizer recognizer;
    private final long maxBytes;
    private final int sampleRate;
    /** Audio the native recognizer heard before this utterance: Vosk counts word times from its creation. */
    private final double earlierSeconds;
    private final boolean reusable;
    private long acceptedBytes;
    private int carried = -1;
    private boolean closed;
    /** Vosk failed on this recognizer: it is closed, never kept for another utterance. */
    private boolean failed;

    SafeRecognizer(SpeechModel model, Recognizer recognizer, int sampleRate, double maxSeconds,
                   double earlierSeconds, boolean reusable) {
        this.model = model;
        this.recognizer = recognizer;
        this.sampleRate = sampleRate;
        this.earlierSeconds = earlierSeconds;
        this.reusable = reusable;
        this.maxBytes = (long) (maxSeconds * sampleRate) * SpeechAudio.BYTES_PER_SAMPLE;
        try {
            recognizer.setWords(true);
        } catch (RuntimeException | LinkageError e) {
            failed = true;
            close();
            throw new RecognitionException("Vosk refused word details: " + e.getMessage(), e);
        }
    }

    /**
     * Vosk needs at least 16 kHz to hear anything (8 kHz gives ""), spins forever at 0 and
     * crashes below it.
     */
    static void checkSampleRate(int sampleRate) {
        if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
            throw new IllegalArgumentException("sample rate must be " + MIN_SAMPLE_RATE + ".." + MAX_SAMPLE_RATE
                    + " Hz, not " + sampleRate);
        }
    }

    public int sampleRate() {
        return sampleRate;
    }

    public synchronized double acceptedSeconds() {
        return (double) acceptedBytes / SpeechAudio.BYTES_PER_SAMPLE / sampleRate;
    }

    /**
     * Feeds 16-bit little-endian mono samples; any chunk length is fine, the odd byte waits for
     * the next chunk.
     *
     * @return true when Vosk found an end of speech (a final result is ready)
     * @throws UtteranceTooLongException when the utterance would exceed its limit
     */
    public synchronized boolean accept(byte[] data, int offset, int length) {
        checkOpen();
        if (data == null) {
            throw new IllegalArgumentException("no audio");
        }
        if (offset < 0 || length < 0 || offset > data.length || length > data.length - offset) {
            throw new IllegalArgumentException("audio range " + offset + "+" + length + " outside " + data.length + " bytes");
        }
        int total = length + (carried >= 0 ? 1 : 0);
        int even = total & ~1;
        if (acceptedBytes + even > maxBytes) {
            throw new UtteranceTooLongException((double) maxBytes / SpeechAudio.BYTES_PER_SAMPLE / sampleRate);
        }
        if (even == 0) {
            if (length == 1) {
                carried = data[offset] & 0xff;
            }
            return false;
        }
        byte[] chunk = new byte[even];
        int from = offset;
        int to = 0;
        if (carried >= 0) {
            chunk[to++] = (byte) carried;
            carried = -1;
        }
        int copy = even - to;
        System.arraycopy(data, from, chunk, to, copy);
        if (copy < length) {
            carried = data[from + copy] & 0xff;
        }
        acceptedBytes += even;
        try {
            return recognizer.acceptWaveForm(chunk, chunk.length);
        } catch (RuntimeException | LinkageError e) {
            failed = true;
            throw new RecognitionException("Vosk failed on audio: " + e.getMessage(), e);
        }
    }

    public boolean accept(byte[] data) {
        return accept(data, 0, data == null ? 0 : data.length);
    }

    /** The words so far of the current utterance; cheap, for live display. */
    public synchronized Heard partial() {
        checkOpen();
        return Heard.parse(recognizer.getPartialResult(), earlierSeconds);
    }

    /** The result after {@link #accept} returned true; the recognizer goes on with the next utterance. */
    public synchronized Heard result() {
        checkOpen();
        return Heard.parse(recognizer.getResult(), earlierSeconds);
    }

    /** Flushes what is left of the audio and returns its result. */
    public synchronized Heard finalResult() {
        checkOpen();
        return Heard.parse(recognizer.getFinalResult(), earlierSeconds);
    }

    public synchronized boolean isClosed() {
        return closed;
    }

    /** Idempotent: Vosk crashes on a second close, so only the first reaches it. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        model.released(recognizer, reusable && !failed, sampleRate, earlierSeconds + acceptedSeconds());
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the recognizer is closed");
        }
    }
}
