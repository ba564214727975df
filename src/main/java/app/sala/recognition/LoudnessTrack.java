package app.sala.recognition;

import java.util.Arrays;
import java.util.List;

/**
 * How loud each 20 ms of an utterance was, nothing more (no samples are kept). It tells a
 * visitor speaking into the kiosk from a room that only murmurs: the words of a real request
 * stand out from the sound around them, while words Vosk fits onto babble or noise are no
 * louder than the rest.
 */
public final class LoudnessTrack {

    static final int BLOCK_SAMPLES = SpeechAudio.SAMPLE_RATE / 50;
    private static final double BLOCK_SECONDS = (double) BLOCK_SAMPLES / SpeechAudio.SAMPLE_RATE;
    private static final double FLOOR = 1e-10;

    private double[] power = new double[256];
    private int blocks;
    private double sum;
    private int samples;
    private int low = -1;

    /** Adds 16-bit little-endian mono samples; an odd trailing byte is ignored (the recognizer carries it). */
    void add(byte[] data, int offset, int length) {
        int i = offset;
        if (low >= 0 && length > 0) {
            addSample((short) (low | (data[i] << 8)));
            low = -1;
            i++;
        }
        int end = offset + length;
        for (; i + 1 < end; i += 2) {
            addSample((short) ((data[i] & 0xff) | (data[i + 1] << 8)));
        }
        if (i < end) {
            low = data[i] & 0xff;
        }
    }

    private void addSample(short value) {
        double s = value / 32768.0;
        sum += s * s;
        if (++samples == BLOCK_SAMPLES) {
            if (blocks == power.length) {
                power = Arrays.copyOf(power, blocks * 2);
            }
            power[blocks++] = sum / BLOCK_SAMPLES;
            sum = 0;
            samples = 0;
        }
    }

    /**
     * How many dB louder the words are than the rest of the utterance; positive infinity
     * when there is no rest to compare with (or the rest is silent), NaN without words.
     */
    public double wordsAboveRestDb(List<HeardWord> words) {
        if (words.isEmpty() || blocks == 0) {
            return Double.NaN;
        }
        boolean[] inWord = new boolean[blocks];
        for (HeardWord word : words) {
            int from = Math.max(0, (int) Math.floor(word.start() / BLOCK_SECONDS));
            int to = Math.min(blocks, (int) Math.ceil(word.end() / BLOCK_SECONDS));
            for (int b = from; b < to; b++) {
                inWord[b] = true;
            }
        }
        double inside = 0;
        double outside = 0;
        int insideCount = 0;
        int outsideCount = 0;
        for (int b = 0; b < blocks; b++) {
            if (inWord[b]) {
                inside += power[b];
                insideCount++;
            } else {
                outside += power[b];
                outsideCount++;
            }
        }
        if (insideCount == 0) {
            return Double.NaN;
        }
        if (outsideCount == 0 || outside / outsideCount < FLOOR) {
            return Double.POSITIVE_INFINITY;
        }
        return 10 * Math.log10(Math.max(FLOOR, inside / insideCount) / (outside / outsideCount));
    }
}
