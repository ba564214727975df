package app.sala.recognition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.vosk.Recognizer;

/**
 * Free-mode recognizers kept between utterances. A new free-mode recognizer decodes its first
 * utterances at about 0.5 s per second of speech, because it expands the model's graph as it
 * goes; one that has heard a few dozen utterances takes about 0.06 s (docs/PERFORMANCE.md,
 * "Recognizers kept between utterances"). Creating one per utterance also freed and allocated
 * its tens of MB of graph each time, which is what made native memory climb.
 *
 * <p>Only what {@link SpeechModel} gives back here is kept: reset, not failed, and not yet at
 * its audio limit. A recognizer is retired after {@link #RETIRE_AFTER_SECONDS} of audio: its
 * graph cache and its clock (Vosk counts word times from its creation) must not grow for months.
 * Not thread-safe: the model guards it.
 */
final class IdleRecognizers {

    /** One visitor speaks at a time: a second stream at once (an upload, a staff test) gets a new one, closed after. */
    static final int KEPT = 1;
    static final double RETIRE_AFTER_SECONDS = 1_800;

    /** A native recognizer and how much audio it has heard since it was made. */
    record Kept(Recognizer recognizer, int sampleRate, double heardSeconds) {
    }

    private final Deque<Kept> idle = new ArrayDeque<>();

    /** A kept recognizer for this sample rate, most recently used first (its cache is the warmest), or null. */
    Kept take(int sampleRate) {
        for (Kept kept : idle) {
            if (kept.sampleRate() == sampleRate) {
                idle.remove(kept);
                return kept;
            }
        }
        return null;
    }

    /**
     * Keeps a recognizer that was reset, unless it has heard its share or enough are kept.
     *
     * @return false when the caller must close it
     */
    boolean keep(Kept kept) {
        if (kept.heardSeconds() >= RETIRE_AFTER_SECONDS || idle.size() >= KEPT) {
            return false;
        }
        idle.addFirst(kept);
        return true;
    }

    int size() {
        return idle.size();
    }

    /** Empties the pool; the caller closes what it gets. */
    List<Recognizer> drain() {
        List<Recognizer> all = new ArrayList<>();
        idle.forEach(kept -> all.add(kept.recognizer()));
        idle.clear();
        return all;
    }
}
