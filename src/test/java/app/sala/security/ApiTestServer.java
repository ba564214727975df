package app.sala.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kiosk server as the API tests use it, one instance for all of them: the rate limit out of
 * the way (hundreds of requests back to back from one address; ApiRateLimitTest tests it), and
 * two endpoints that echo the body they got, one with its own larger body limit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1",
        "sala.api.rate-limit.capacity=1000000",
        "sala.api.rate-limit.refill-per-second=1000000",
        "sala.api.max-body-size-by-path[/api/v1/test-echo-large]=64KB"})
@Import(ApiTestServer.EchoEndpoints.class)
@interface ApiTestServer {

    @TestConfiguration
    class EchoEndpoints {

        @Bean
        EchoController echoController() {
            return new EchoController();
        }
    }

    /** A test component: only this server has it, component scanning elsewhere skips it. */
    @TestComponent
    @RestController
    class EchoController {

        @PostMapping({"/api/v1/test-echo", "/api/v1/test-echo-large"})
        Map<String, Object> echo(@RequestBody byte[] body) {
            return Map.of("bytes", body.length, "sha256", sha256(body));
        }

        static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
