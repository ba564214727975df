package app.sala.security;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test against the real server on a random loopback port, with an HTTP client for it. The
 * subclass's {@code @SpringBootTest} chooses the settings.
 */
abstract class RunningServerTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }
}
