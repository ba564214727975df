package app.sala.api;

import org.springframework.http.HttpStatus;

/**
 * A failure that the HTTP API answers with a status of its own and the message as it is: the
 * packages below the API (speech, recognition, voice) say which status fits, so the one
 * handler of API errors never needs to know them.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;

    public ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public ApiException(HttpStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
