package app.sala.recognition;

import app.sala.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Recognition could not be done as asked; the message says why in a visitor-free way. The API
 * answers it as 503: the speech engine failed, not the request.
 */
public class RecognitionException extends ApiException {

    public RecognitionException(String message) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "speech recognition failed: " + message);
    }

    public RecognitionException(String message, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "speech recognition failed: " + message, cause);
    }

    /** For the audio a client sent: its own status and message. */
    protected RecognitionException(HttpStatus status, String message) {
        super(status, message);
    }
}
