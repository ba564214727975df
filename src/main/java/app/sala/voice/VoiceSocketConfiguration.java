package app.sala.voice;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
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
        registry.addHandler(socket, ListenSocket.PATH).addInterceptors(new HttpSessionHandshakeInterceptor());
    }
}
