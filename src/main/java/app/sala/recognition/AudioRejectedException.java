package app.sala.recognition;

import org.springframework.http.HttpStatus;

/** The audio a client sent cannot be used (not a WAV, too long, wrong form): a 4xx, never a 500. */
public class AudioRejectedException extends RecognitionException {

    public AudioRejectedException(String message) {
        this(message, false);
    }

    public AudioRejectedException(String message, boolean tooLarge) {
        super(tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST, message);
    }
}
