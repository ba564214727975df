package app.sala.security;

import app.sala.api.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Writes the API's JSON error from a filter, where no controller advice can reach. */
final class ApiErrorWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiErrorWriter() {
    }

    static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), new ApiError(status.value(), status.getReasonPhrase(), message));
    }
}
