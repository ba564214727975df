package app.sala.voice;

import app.sala.recognition.Transcript;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything Sala heard in one utterance, before deciding: both recognizers' words, the
 * readings of the first passes and, when those were not sure, of a second listen.
 *
 * @param decisionNanos the time spent weighing the readings (not recognising)
 * @param againNanos    the time the second listen took, or -1 when there was none
 */
public record Hearing(Transcript transcript, List<Reading> first, List<Reading> again, long decisionNanos,
                      long againNanos) {

    public Hearing {
        first = List.copyOf(first);
        again = List.copyOf(again);
    }

    public List<Reading> readings() {
        List<Reading> all = new ArrayList<>(first);
        all.addAll(again);
        return all;
    }
}
