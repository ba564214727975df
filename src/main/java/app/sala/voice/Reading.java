package app.sala.voice;

import app.sala.answers.Answers;
import app.sala.sentences.Intent;
import app.sala.understanding.Understanding;

/**
 * One way Sala could take an utterance, and how strongly one recognizer pass speaks for it
 * (0..1): the pass's confidence in its words, how close those words are to what Sala
 * understands, and how much they stand out from the room.
 *
 * @param heard the words of the pass, as shown to the visitor when Sala acts on this reading
 */
public record Reading(Understanding understanding, double score, Pass pass, String heard) {

    /** The recognizer passes over one utterance. */
    public enum Pass {
        /** Vosk with only the sentences of the language as its vocabulary. */
        GRAMMAR,
        /** Vosk with its whole vocabulary. */
        FREE,
        /** Vosk again over the same audio, with only the sentences nearest to the first readings. */
        AGAIN
    }

    public Intent intent() {
        return understanding.intent();
    }

    public boolean isEmergency() {
        return Answers.isEmergency(understanding.intent());
    }
}
