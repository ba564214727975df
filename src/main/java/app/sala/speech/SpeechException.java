package app.sala.speech;

import app.sala.api.ApiException;
import org.springframework.http.HttpStatus;

/** Speech could not be made; the message says why in words staff can act on (503 in the API). */
public class SpeechException extends ApiException {

    public SpeechException(String message) {
        super(HttpStatus.SERVICE_UNAVAILABLE, message);
    }

    public SpeechException(String message, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, message, cause);
    }

    protected SpeechException(HttpStatus status, String message) {
        super(status, message);
    }
}
