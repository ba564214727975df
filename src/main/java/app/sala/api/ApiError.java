package app.sala.api;

/** The body of every error the HTTP API returns: the status and a sentence saying what to fix. */
public record ApiError(int status, String error, String message) {
}
