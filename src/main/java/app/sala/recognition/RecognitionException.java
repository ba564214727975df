package app.sala.recognition;

/** Recognition could not be done as asked; the message says why in a visitor-free way. */
public class RecognitionException extends RuntimeException {

    public RecognitionException(String message) {
        super(message);
    }

    public RecognitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
