package app.sala.voice;

import app.sala.api.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * The microphone stream endpoint. No allowed origins are set, so Spring accepts only pages of
 * the kiosk's own origin; the HTTP session comes along so a stream belongs to one visitor.
 * Tomcat's own limit (8 KB per message) bounds the frame size: the browser sends 3,200 bytes.
 */
@Configuration
@EnableWebSocket
class VoiceSocketConfiguration implements WebSocketConfigurer {

    private final ListenSocket socket;

    VoiceSocketConfiguration(ListenSocket socket) {
        this.socket = socket;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(socket, ListenSocket.PATH)
                .addInterceptors(new WellFormedAddress(), new HttpSessionHandshakeInterceptor());
    }

    /**
     * Tomcat's upgrade reads the request's address as a URI, and a broken percent escape in
     * the query ("?lang=en%") failed the handshake with a 500 and a stack trace in the log.
     * Such a request is answered as the API answers any bad request: 400 and its JSON error.
     */
    static final class WellFormedAddress implements HandshakeInterceptor {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                       Map<String, Object> attributes) throws IOException {
            if (!(request instanceof ServletServerHttpRequest servlet)) {
                return true;
            }
            StringBuffer address = servlet.getServletRequest().getRequestURL();
            String query = servlet.getServletRequest().getQueryString();
            if (query != null) {
                address.append('?').append(query);
            }
            try {
                new URI(address.toString());
                return true;
            } catch (URISyntaxException e) {
                response.setStatusCode(HttpStatus.BAD_REQUEST);
                response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
                response.getBody().write(JSON.writeValueAsBytes(new ApiError(HttpStatus.BAD_REQUEST.value(),
                        HttpStatus.BAD_REQUEST.getReasonPhrase(), "the address is not a valid URI (a broken percent escape?)")));
                return false;
            }
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Exception exception) {
            // Nothing to do after a handshake.
        }
    }
}
