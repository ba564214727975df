package app.sala.recognition;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * One loaded Vosk model, shared by every stream of its language. Vosk crashes the JVM when a
 * recognizer is made from a closed model, so the model counts its recognizers and really
 * closes only when asked to and the last recognizer has gone. Free-mode recognizers are kept
 * between utterances ({@link IdleRecognizers}); grammar-mode ones are cheap and made anew.
 */
public final class SpeechModel implements AutoCloseable {

    private final String language;
    private final Path directory;
    private final Model model;
    private int openRecognizers;
    private boolean closeRequested;
    private boolean closed;
    private Optional<Set<String>> vocabulary;
    private final IdleRecognizers idle = new IdleRecognizers();

    public SpeechModel(String language, Path directory, Model model) {
        this.language = language;
        this.directory = directory;
        this.model = model;
    }

    public String language() {
        return language;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Whether the model can hear this word; true when the model lists no words that can be read
     * (then Vosk itself drops unknown words from a grammar, with a warning in the log).
     */
    public boolean knows(String word) {
        Optional<Set<String>> words;
        synchronized (this) {
            if (vocabulary == null) {
                vocabulary = ModelVocabulary.of(directory);
            }
            words = vocabulary;
        }
        return words.map(w -> w.contains(word)).orElse(true);
    }

    /** Lets the word list go once phrases are checked: about 150,000 words the kiosk need not keep. */
    public synchronized void forgetVocabulary() {
        vocabulary = null;
    }

    /** A recognizer limited to the grammar's phrases (and "[unk]"). */
    public SafeRecognizer grammarRecognizer(Grammar grammar, int sampleRate, double maxSeconds) {
        if (grammar == null) {
            throw new IllegalArgumentException("grammar mode needs a grammar");
        }
        return open(grammar, sampleRate, maxSeconds);
    }

    /** A recognizer for any words the model knows: one kept from an earlier utterance when there is one. */
    public SafeRecognizer freeRecognizer(int sampleRate, double maxSeconds) {
        return open(null, sampleRate, maxSeconds);
    }

    private synchronized SafeRecognizer open(Grammar grammar, int sampleRate, double maxSeconds) {
        SafeRecognizer.checkSampleRate(sampleRate);
        if (!(maxSeconds > 0) || maxSeconds > 600) {
            throw new IllegalArgumentException("an utterance limit must be between 0 and 600 s: " + maxSeconds);
        }
        if (closeRequested) {
            throw new IllegalStateException("the " + language + " speech model is closed");
        }
        IdleRecognizers.Kept kept = grammar == null ? idle.take(sampleRate) : null;
        if (kept != null) {
            openRecognizers++;
            return new SafeRecognizer(this, kept.recognizer(), sampleRate, maxSeconds, kept.heardSeconds(), true);
        }
        Recognizer recognizer;
        try {
            recognizer = grammar == null
                    ? new Recognizer(model, sampleRate)
                    : new Recognizer(model, sampleRate, grammar.json());
        } catch (Exception | LinkageError e) {
            throw new RecognitionException("Vosk could not create a recognizer: " + e.getMessage(), e);
        }
        openRecognizers++;
        return new SafeRecognizer(this, recognizer, sampleRate, maxSeconds, 0, grammar == null);
    }

    /**
     * A recognizer's utterance is over: keep it for the next one (reset) or close it. Called
     * once per {@link SafeRecognizer}, which never touches it again.
     */
    synchronized void released(Recognizer recognizer, boolean reusable, int sampleRate, double heardSeconds) {
        openRecognizers--;
        boolean kept = false;
        if (reusable && !closeRequested) {
            try {
                recognizer.reset();
                kept = idle.keep(new IdleRecognizers.Kept(recognizer, sampleRate, heardSeconds));
            } catch (RuntimeException | LinkageError e) {
                kept = false;
            }
        }
        if (!kept) {
            recognizer.close();
        }
        closeIfUnused();
    }

    /** Recognizers in use by an utterance (not those kept idle). */
    public synchronized int openRecognizers() {
        return openRecognizers;
    }

    /** Free-mode recognizers kept for the next utterances. */
    public synchronized int idleRecognizers() {
        return idle.size();
    }

    public synchronized boolean isClosed() {
        return closeRequested;
    }

    /** Idempotent; the native model is freed once no recognizer uses it any more. */
    @Override
    public synchronized void close() {
        closeRequested = true;
        idle.drain().forEach(Recognizer::close);
        closeIfUnused();
    }

    private void closeIfUnused() {
        if (closeRequested && !closed && openRecognizers == 0) {
            closed = true;
            model.close();
        }
    }
}
