package app.sala.speech;

import org.springframework.http.HttpStatus;

/** The request itself is wrong (no text, too long, a language Sala does not have): a 400. */
public class SpeechRequestException extends SpeechException {

    public SpeechRequestException(String message) {
        super(HttpStatus.BAD_REQUEST, message);
    }
}
