package app.sala.speech;

/** The request itself is wrong (no text, too long, a language Sala does not have). */
public class SpeechRequestException extends SpeechException {

    public SpeechRequestException(String message) {
        super(message);
    }
}
