package app.sala.recognition;

/** The audio a client sent cannot be used (not a WAV, too long, wrong form): a 4xx, never a 500. */
public class AudioRejectedException extends RecognitionException {

    private final boolean tooLarge;

    public AudioRejectedException(String message) {
        this(message, false);
    }

    public AudioRejectedException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
