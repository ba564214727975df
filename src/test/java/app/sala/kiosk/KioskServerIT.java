package app.sala.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's server launcher on the packaged jar, as install.sh and the sala service use it:
 * {@code sala-server --prepare} unpacks the jar and records the start-up archive, and the server
 * then starts from the unpacked jar with the archive mapped and the measured memory settings,
 * and answers health with voice in English.
 */
class KioskServerIT {

    private static final Path LAUNCHER = Path.of("src", "main", "kiosk", "linux", "sala-server");
    private static final Path JAR = Path.of("target", "sala.jar");

    @TempDir
    Path temp;

    @Test
    void theServerStartsFromTheArchiveItsInstallPrepared() throws Exception {
        assertThat(JAR).as("the packaged jar (./mvnw package)").exists();
        Path home = Files.createDirectories(temp.resolve("opt-sala"));
        Files.copy(JAR, home.resolve("sala.jar"));
        List<String> settings = List.of("--sala.voice.models-dir=" + Path.of("models").toAbsolutePath(),
                "--sala.usage.dir=", "--sala.speech.cache-dir=" + temp.resolve("speech"), "--sala.speech.prewarm=false");

        Process prepare = launcher(home, "--prepare", settings, temp.resolve("prepare.log"));
        assertThat(prepare.waitFor(180, TimeUnit.SECONDS)).as("prepared within 3 minutes").isTrue();
        assertThat(prepare.exitValue()).as(Files.readString(temp.resolve("prepare.log"))).isZero();
        assertThat(home.resolve("app/sala.jsa")).isNotEmptyFile();

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process server = launcher(home, "--server.port=" + port, settings, temp.resolve("server.log"));
        try {
            String health = awaitHealth(server, port, temp.resolve("server.log"));
            assertThat(health).contains("\"listening\":[\"en\"");
            // The launcher execs java: the process is the server itself.
            String maps = Files.readString(Path.of("/proc", Long.toString(server.pid()), "maps"));
            assertThat(maps).as("the start-up archive is mapped").contains(home.resolve("app/sala.jsa").toString());
            String commandLine = Files.readString(Path.of("/proc", Long.toString(server.pid()), "cmdline")).replace('\0', ' ');
            assertThat(commandLine).contains("-XX:+UseSerialGC", "-Xmx256m", "-jar " + home.resolve("app/sala.jar"));
            String environment = Files.readString(Path.of("/proc", Long.toString(server.pid()), "environ"));
            assertThat(environment).contains("MALLOC_ARENA_MAX=2");
            String log = Files.readString(temp.resolve("server.log"));
            assertThat(log).doesNotContain("shared archive file", "not from this sala.jar");
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static Process launcher(Path home, String first, List<String> settings, Path log) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", LAUNCHER.toString(), first));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SALA_") || name.equals("MALLOC_ARENA_MAX"));
        builder.environment().put("SALA_HOME", home.toString());
        builder.environment().put("SALA_XMX", "256m");
        builder.environment().put("JAVA", ProcessHandle.current().info().command().orElse("java"));
        return builder.start();
    }

    private static String awaitHealth(Process server, int port, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the server runs: %s", Files.readString(log, StandardCharsets.UTF_8)).isTrue();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return response.body();
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no healthy server within 2 minutes: " + Files.readString(log));
    }
}
