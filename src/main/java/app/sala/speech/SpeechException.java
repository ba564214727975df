package app.sala.speech;

/** Speech could not be made; the message says why in words staff can act on. */
public class SpeechException extends RuntimeException {

    public SpeechException(String message) {
        super(message);
    }

    public SpeechException(String message, Throwable cause) {
        super(message, cause);
    }
}
