package app.sala.recognition;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * One utterance, from the first audio chunk to its transcript: the audio goes to a grammar-mode
 * and a free-mode recognizer at once, so the free pass over the same audio costs no time at
 * the end. Speech ends when the grammar recognizer hears the end of a phrase, when the client
 * says so (a second tap, the 10 s limit) or at the utterance limit. Audio is held in memory
 * only, to listen again when the first pass was unsure; nothing is kept after {@link #close()}.
 */
public final class ListeningSession implements AutoCloseable {

    /** What one chunk of audio changed. */
    public record Progress(String partial, boolean ended) {
    }

    private final SpeechModel model;
    private final double maxSeconds;
    private final SafeRecognizer grammar;
    private final SafeRecognizer free;
    /**
     * The utterance's audio, for listening to it again; bounded by the recognizers' limit and
     * dropped on close.
     */
    private ByteArrayOutputStream audio = new ByteArrayOutputStream();
    private boolean closed;
    private final LoudnessTrack loudness = new LoudnessTrack();
    private Heard grammarHeard = Heard.nothing();
    private Heard freeHeard = Heard.nothing();
    private String lastPartial = "";
    private boolean ended;
    private Transcript transcript;

    public ListeningSession(SpeechModel model, Grammar phrases, double maxSeconds) {
        this.model = model;
        this.maxSeconds = maxSeconds;
        this.grammar = model.grammarRecognizer(phrases, SpeechAudio.SAMPLE_RATE, maxSeconds);
        try {
            this.free = model.freeRecognizer(SpeechAudio.SAMPLE_RATE, maxSeconds);
        } catch (RuntimeException e) {
            grammar.close();
            throw e;
        }
    }

    /**
     * Feeds {@link SpeechAudio} (16 kHz mono 16-bit little-endian), any chunk length.
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
            audio.write(data, offset, length);
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

    /**
     * Feeds recorded audio in microphone-sized chunks ({@link SpeechAudio#CHUNK_BYTES}), so it is
     * heard as the microphone is, until it ends or the recognizer hears the end of speech.
     */
    public synchronized void acceptRecording(byte[] pcm) {
        for (int offset = 0; offset < pcm.length && !ended; offset += SpeechAudio.CHUNK_BYTES) {
            accept(pcm, offset, Math.min(SpeechAudio.CHUNK_BYTES, pcm.length - offset));
        }
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

    /**
     * Listens to the whole utterance again, for only these phrases (and "[unk]"): with a few
     * candidates instead of every sentence, Vosk tells apart what the first pass confused.
     * Only after {@link #finish()}.
     */
    public synchronized Heard listenAgain(Grammar candidates) {
        if (closed) {
            throw new IllegalStateException("the listening session is closed");
        }
        if (transcript == null) {
            throw new IllegalStateException("listen again only once the utterance has ended");
        }
        byte[] pcm = audio.toByteArray();
        Heard heard = Heard.nothing();
        try (SafeRecognizer again = model.grammarRecognizer(candidates, SpeechAudio.SAMPLE_RATE, maxSeconds)) {
            for (int offset = 0; offset < pcm.length; offset += SpeechAudio.CHUNK_BYTES) {
                if (again.accept(pcm, offset, Math.min(SpeechAudio.CHUNK_BYTES, pcm.length - offset))) {
                    heard = heard.then(again.result());
                }
            }
            return heard.then(again.finalResult());
        } finally {
            Arrays.fill(pcm, (byte) 0);
        }
    }

    public synchronized boolean ended() {
        return ended;
    }

    @Override
    public synchronized void close() {
        closed = true;
        // reset() would leave the bytes in the stream's array, reachable while the socket lives.
        audio = new ByteArrayOutputStream();
        grammar.close();
        free.close();
    }
}
