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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar as its own process on a free loopback port, with the real models, a fresh
 * speech cache, prewarm off (so the uncached read-aloud figure is uncached) and the bare
 * baseline routes switched on: either as {@code java -Xmx256m -jar target/sala.jar} or as the
 * kiosk runs it, through {@code sala-server} with its start-up archive and memory settings. It
 * knows when it became ready, when each step of its start was logged, and how much memory it
 * holds. The bare Vaadin application of the same jar ({@code BareVaadinApplication}) is the
 * start-up baseline.
 */
final class SalaServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final long launchedNanos;
    private volatile long startedLogNanos;
    /** Log lines that mark a step of the start: the first time each was seen, in seconds since launch. */
    static final List<String> MILESTONES = List.of("Starting SalaApplication", "Root WebApplicationContext",
            "Content loaded", "Sentences loaded", "Speech recognition:", "Started SalaApplication", "Voice ready in en",
            "Voice ready in es", "Started BareVaadinApplication");
    private final Map<String, Double> milestones = new ConcurrentHashMap<>();
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
        return launch(List.of(JAVA, "-Xmx256m", "-jar", jar.toString()), Map.of(), models, speechCache, log, settings);
    }

    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final Path LAUNCHER = Path.of("src", "main", "kiosk", "linux", "sala-server");

    /**
     * Installs the jar into {@code home} as install.sh does ({@code sala-server --prepare}: unpacked,
     * start-up archive recorded); seconds it took.
     */
    static double prepareKiosk(Path jar, Path home, Path models, Path log) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Files.copy(jar, home.resolve("sala.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder("bash", LAUNCHER.toString(), "--prepare",
                "--sala.voice.models-dir=" + models.toAbsolutePath(), "--sala.usage.dir=")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        kioskEnvironment(builder.environment(), home);
        Process prepare = builder.start();
        if (!prepare.waitFor(5, TimeUnit.MINUTES) || prepare.exitValue() != 0) {
            prepare.destroyForcibly();
            throw new IllegalStateException("sala-server --prepare failed, see " + log);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Sala as the kiosk service starts it: sala-server, from the archive {@link #prepareKiosk} made. */
    static SalaServer startKiosk(Path home, Path models, Path speechCache, Path log, List<String> settings) throws IOException {
        Map<String, String> environment = new java.util.HashMap<>();
        kioskEnvironment(environment, home);
        return launch(List.of("bash", LAUNCHER.toString()), environment, models, speechCache, log, settings);
    }

    private static void kioskEnvironment(Map<String, String> environment, Path home) {
        environment.keySet().removeIf(name -> name.startsWith("SALA_") || name.equals("MALLOC_ARENA_MAX"));
        environment.put("SALA_HOME", home.toAbsolutePath().toString());
        environment.put("SALA_XMX", "256m");
        environment.put("JAVA", JAVA);
    }

    /** The bare Vaadin application of the same jar (Spring Boot's PropertiesLauncher picks its main class). */
    static SalaServer startBare(Path jar, Path log) throws IOException {
        int port = freePort();
        List<String> command = List.of(JAVA, "-Xmx256m", "-cp", jar.toString(),
                "-Dloader.main=app.sala.bench.BareVaadinApplication", "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--server.port=" + port, "--server.address=127.0.0.1", "--sala.bench.bare-routes=true",
                "--vaadin.allowed-packages=app.sala.bench");
        return launch(command, Map.of(), port, log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static SalaServer launch(List<String> launcher, Map<String, String> environment, Path models, Path speechCache,
                                     Path log, List<String> settings) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
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
        return launch(command, environment, port, log);
    }

    private static SalaServer launch(List<String> command, Map<String, String> environment, int port, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        long launched = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
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
                for (String milestone : MILESTONES) {
                    if (line.contains(milestone)) {
                        milestones.putIfAbsent(milestone, (System.nanoTime() - launchedNanos) / 1e9);
                    }
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

    /** Waits until a page answers 200 (the bare application has no model to wait for); seconds since launch. */
    double awaitPage(String path, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process exited with " + process.exitValue() + " during startup (see log)");
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - launchedNanos) / 1e9;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(path + " did not answer within " + limit);
    }

    /** When each step of the start was logged, seconds since launch (only the steps seen). */
    Map<String, Double> milestones() {
        Map<String, Double> ordered = new java.util.LinkedHashMap<>();
        MILESTONES.stream().filter(milestones::containsKey).forEach(m -> ordered.put(m, milestones.get(m)));
        return ordered;
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

    private static final java.util.regex.Pattern HEAP_LINE =
            java.util.regex.Pattern.compile("(generation|heap) +total \\d+K, used (\\d+)K");

    /** The heap in use after a GC, in MB (jcmd GC.heap_info), NaN if jcmd is missing. */
    double heapUsedMb() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.heap_info")
                    .redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(20, TimeUnit.SECONDS);
            // One line per generation (serial: "def new generation", "tenured generation"; G1: "garbage-first heap").
            double used = 0;
            boolean found = false;
            for (String line : out.split("\n")) {
                java.util.regex.Matcher m = HEAP_LINE.matcher(line);
                if (m.find()) {
                    used += Long.parseLong(m.group(2)) / 1024.0;
                    found = true;
                }
            }
            return found ? used : Double.NaN;
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
