package app.sala.recognition;

/**
 * One utterance as both recognizers heard it: grammar mode (only the assistant's phrases, or
 * "[unk]") and free mode (any words), over the same audio.
 */
public record Transcript(Heard grammar, Heard free, double seconds, LoudnessTrack loudness) {

    /** How many dB the words stand out from the rest of the utterance (see {@link LoudnessTrack}). */
    public double standsOutDb(Heard heard) {
        return loudness.wordsAboveRestDb(heard.words());
    }

    /** The text to show the visitor: the grammar's reading when it has one, else the free one. */
    public String text() {
        String grammarText = grammar.text().replace(Heard.UNKNOWN_WORD, "").strip().replaceAll(" +", " ");
        return !grammarText.isEmpty() && !grammar.hasUnknownWords() ? grammarText : free.text();
    }

    public boolean isSilent() {
        return grammar.isEmpty() && free.isEmpty();
    }
}
