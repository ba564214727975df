package app.sala.api;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The body of errors that reach Spring Boot's error page rather than {@link ApiErrors}: no
 * such endpoint, a method or content type an endpoint does not take, a body that cannot be
 * read. They get the API's {@code status, error, message} too, with a message written here
 * rather than the exception's, which may name classes and parser internals.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        Object status = attributes.get("status");
        if (status instanceof Integer code) {
            attributes.put("message", messageFor(code, request));
        }
        return attributes;
    }

    private static String messageFor(int status, WebRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
        String method = request instanceof ServletWebRequest servlet
                ? servlet.getRequest().getMethod() : "this method";
        return switch (status) {
            case 400 -> "the request could not be read: check the parameters and the body";
            case 404 -> "nothing here: " + path;
            case 405 -> method + " is not allowed on " + path;
            case 406 -> "the answer cannot be given in the format the Accept header asks for";
            case 413 -> "the request body is too large";
            case 415 -> "this endpoint does not take that Content-Type";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield known == null ? "error " + status : known.getReasonPhrase();
            }
        };
    }
}
