package app.sala.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar as a kiosk runs it: a separate {@code java -Xmx256m -jar target/sala.jar}
 * process on a free loopback port, with the real models, a fresh speech cache, prewarm off (so
 * the uncached read-aloud figure is uncached) and the bare baseline routes switched on. It
 * knows when it became ready and how much memory it holds.
 */
final class SalaServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final long launchedNanos;
    private volatile long startedLogNanos;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SalaServer(Process process, int port, long launchedNanos) {
        this.process = process;
        this.port = port;
        this.launchedNanos = launchedNanos;
    }

    static SalaServer start(Path jar, Path models, Path speechCache, Path log) throws IOException {
        return start(jar, models, speechCache, log, List.of());
    }

    /** With more settings on the command line ({@code --sala.voice.capture.noise-suppression=false}...). */
    static SalaServer start(Path jar, Path models, Path speechCache, Path log, List<String> settings) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--sala.voice.models-dir=" + models.toAbsolutePath(),
                "--sala.speech.cache-dir=" + speechCache.toAbsolutePath(),
                "--sala.speech.prewarm=false",
                "--sala.bench.bare-routes=true",
                // The screens are measured, not the welcome screen a new session would be sent to first.
                "--sala.kiosk.welcome-first=false",
                // One benchmark client plays many visitors; the per-visitor stream limit is not measured here.
                "--sala.voice.streams-per-minute=100000",
                "--management.endpoint.health.show-details=always"));
        command.addAll(settings);
        Files.createDirectories(log.getParent());
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        SalaServer server = new SalaServer(process, port, launched);
        Thread pump = new Thread(() -> server.pump(log), "sala-server-log");
        pump.setDaemon(true);
        pump.start();
        return server;
    }

    private void pump(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (startedLogNanos == 0 && line.contains("Started SalaApplication")) {
                    startedLogNanos = System.nanoTime();
                }
                out.println(line);
            }
        } catch (IOException e) {
            // The process ended; nothing more to log.
        }
    }

    /** Waits until /actuator/health is UP with the English model listening; seconds since launch. */
    double awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Sala exited with " + process.exitValue() + " during startup (see log)");
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")
                        && response.body().contains("\"listening\":[\"en\"")) {
                    return (System.nanoTime() - launchedNanos) / 1e9;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Sala was not ready within " + limit);
    }

    /** Seconds from launch to the "Started SalaApplication" log line, NaN if not seen. */
    double startedLogSeconds() {
        return startedLogNanos == 0 ? Double.NaN : (startedLogNanos - launchedNanos) / 1e9;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/" + path);
    }

    URI socket(String path) {
        return URI.create("ws://127.0.0.1:" + port + "/" + path);
    }

    /** Resident memory of the process in MB, from /proc/<pid>/status. */
    double rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** A full GC in the server (jcmd), so RSS readings are not a matter of when the last one ran. */
    void gc() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            jcmd.waitFor(20, TimeUnit.SECONDS);
            Thread.sleep(300);
        } catch (IOException | InterruptedException e) {
            // Without jcmd the readings are taken as they are.
        }
    }

    /** The heap in use after a GC, in MB (jcmd GC.heap_info), NaN if jcmd is missing. */
    double heapUsedMb() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(20, TimeUnit.SECONDS);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
        } catch (IOException | InterruptedException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
