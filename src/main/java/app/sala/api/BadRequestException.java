package app.sala.api;

import org.springframework.http.HttpStatus;

/** A request the caller must fix; the message says how. Answered as JSON with the status given. */
public class BadRequestException extends ApiException {

    public BadRequestException(String message) {
        this(HttpStatus.BAD_REQUEST, message);
    }

    public BadRequestException(HttpStatus status, String message) {
        super(status, message);
    }
}
