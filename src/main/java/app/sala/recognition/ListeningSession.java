package app.sala.recognition;

/**
 * One utterance, from the first audio chunk to its transcript: the audio goes to a grammar-mode
 * and a free-mode recognizer at once, so the free pass over the same audio costs no time at
 * the end. Speech ends when the grammar recognizer hears the end of a phrase, when the client
 * says so (a second tap, the 10 s limit) or at the utterance limit. Audio is held by Vosk only,
 * in memory; nothing is kept after {@link #close()}.
 */
public final class ListeningSession implements AutoCloseable {

    /** What one chunk of audio changed. */
    public record Progress(String partial, boolean ended) {
    }

    private final SafeRecognizer grammar;
    private final SafeRecognizer free;
    private final LoudnessTrack loudness = new LoudnessTrack();
    private Heard grammarHeard = Heard.nothing();
    private Heard freeHeard = Heard.nothing();
    private String lastPartial = "";
    private boolean ended;
    private Transcript transcript;

    public ListeningSession(SpeechModel model, Grammar phrases, double maxSeconds) {
        this.grammar = model.grammarRecognizer(phrases, UploadedWav.TARGET_RATE, maxSeconds);
        try {
            this.free = model.freeRecognizer(UploadedWav.TARGET_RATE, maxSeconds);
        } catch (RuntimeException e) {
            grammar.close();
            throw e;
        }
    }

    /**
     * Feeds 16 kHz mono 16-bit little-endian audio, any chunk length.
     *
     * @return the words heard so far when they changed (else null), and whether speech ended
     */
    public synchronized Progress accept(byte[] data, int offset, int length) {
        if (ended) {
            return new Progress(null, true);
        }
        try {
            if (free.accept(data, offset, length)) {
                freeHeard = freeHeard.then(free.result());
            }
            loudness.add(data, offset, length);
            if (grammar.accept(data, offset, length)) {
                Heard heard = grammar.result();
                if (!heard.isEmpty()) {
                    grammarHeard = grammarHeard.then(heard);
                    ended = true;
                    return new Progress(null, true);
                }
            }
        } catch (UtteranceTooLongException e) {
            ended = true;
            return new Progress(null, true);
        }
        String partial = partialText();
        if (partial.equals(lastPartial)) {
            return new Progress(null, false);
        }
        lastPartial = partial;
        return new Progress(partial, false);
    }

    public Progress accept(byte[] data) {
        return accept(data, 0, data.length);
    }

    /** Words shown live: the grammar's reading while it stays in the phrase list, else free mode's. */
    private String partialText() {
        Heard partial = grammar.partial();
        String text = partial.text().replace(Heard.UNKNOWN_WORD, "").strip().replaceAll(" +", " ");
        if (!text.isEmpty() && !partial.hasUnknownWords()) {
            return freeHeard.isEmpty() ? text : freeHeard.text() + " " + text;
        }
        return freeHeard.then(free.partial()).text();
    }

    /** Ends the utterance (if it has not ended) and returns what both recognizers heard. */
    public synchronized Transcript finish() {
        if (transcript == null) {
            if (!ended || grammarHeard.isEmpty()) {
                grammarHeard = grammarHeard.then(grammar.finalResult());
            }
            freeHeard = freeHeard.then(free.finalResult());
            ended = true;
            transcript = new Transcript(grammarHeard, freeHeard, free.acceptedSeconds(), loudness);
        }
        return transcript;
    }

    public synchronized boolean ended() {
        return ended;
    }

    @Override
    public synchronized void close() {
        grammar.close();
        free.close();
    }
}
