package app.sala.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** A plain HTTP client for the tests that talk to the kiosk server over the loopback interface. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final String base;

    Http(int port) {
        this(port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    Http(int port, HttpClient client) {
        this.client = client;
        this.base = "http://127.0.0.1:" + port;
    }

    String url(String pathAndQuery) {
        return base + (pathAndQuery.startsWith("/") ? pathAndQuery : "/" + pathAndQuery);
    }

    Answer get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).GET().build());
    }

    Answer post(String pathAndQuery, String contentType, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(pathAndQuery).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(url(pathAndQuery))).timeout(TIMEOUT);
    }

    Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(request.method() + " " + request.uri(), response.statusCode(), response.headers(), response.body());
    }

    /** One answer, with the request it answers for failure messages. */
    record Answer(String request, int status, HttpHeaders headers, byte[] body) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        List<String> cookies() {
            return headers.allValues("Set-Cookie");
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            String shown = contentType().startsWith("audio") ? body.length + " bytes of audio" : text();
            String req = request.length() > 200 ? request.substring(0, 200) + "..." : request;
            return req + " -> " + status + " " + contentType() + " "
                    + (shown.length() > 400 ? shown.substring(0, 400) + "..." : shown);
        }
    }
}
