package app.sala.api;

import app.sala.assistant.VoiceUnavailableException;
import app.sala.recognition.AudioRejectedException;
import app.sala.recognition.RecognitionException;
import app.sala.speech.SpeechException;
import app.sala.speech.SpeechRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns failures of the HTTP API into JSON a caller can act on: 4xx for a request that is
 * wrong, 503 when a speech engine is missing or failed. Nothing reaches the caller as a 500.
 */
@RestControllerAdvice(basePackages = "app.sala")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(SpeechRequestException.class)
    ResponseEntity<ApiError> badRequest(SpeechRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> badParameter(Exception e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return error(e.status(), e.getMessage());
    }

    @ExceptionHandler(AudioRejectedException.class)
    ResponseEntity<ApiError> badAudio(AudioRejectedException e) {
        return error(e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(VoiceUnavailableException.class)
    ResponseEntity<ApiError> noVoice(VoiceUnavailableException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(RecognitionException.class)
    ResponseEntity<ApiError> recognitionFailed(RecognitionException e) {
        log.warn("Speech recognition failed: {}", e.getMessage());
        return error(HttpStatus.SERVICE_UNAVAILABLE, "speech recognition failed: " + e.getMessage());
    }

    @ExceptionHandler(SpeechException.class)
    ResponseEntity<ApiError> speechFailed(SpeechException e) {
        log.warn("Speech unavailable: {}", e.getMessage());
        return error(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message));
    }
}
