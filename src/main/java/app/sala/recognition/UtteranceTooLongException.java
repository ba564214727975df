package app.sala.recognition;

/** A visitor's utterance ran past the limit; the stream ends with what was heard so far. */
public class UtteranceTooLongException extends AudioRejectedException {

    public UtteranceTooLongException(double limitSeconds) {
        super(String.format(java.util.Locale.ROOT, "speech longer than %.0f s is not accepted", limitSeconds), true);
    }
}
