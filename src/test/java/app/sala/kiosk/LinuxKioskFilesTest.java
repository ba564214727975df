package app.sala.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assumptions;

/**
 * The kiosk PC's files (src/main/kiosk/linux), checked as far as a test without root can: the
 * browser policy, what install.sh writes, the launcher's browser command line against docs/INSTALL.md,
 * which jar and archive the server launcher starts, and that the scripts are valid bash. The real
 * start from the archive: {@code KioskServerIT}.
 */
class LinuxKioskFilesTest {

    private static final Path LINUX = Path.of("src", "main", "kiosk", "linux");
    private static final String PLACEHOLDER = "__SALA_ORIGIN__";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @BeforeAll
    static void needsBash() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the kiosk scripts");
    }

    @Test
    void thePolicyAllowsOnlyTheKioskOriginAndLocksTheBrowserDown() throws IOException {
        JsonNode policy = JSON.readTree(LINUX.resolve("chromium-policy.json").toFile());

        assertThat(strings(policy, "URLAllowlist")).containsExactly(PLACEHOLDER);
        assertThat(strings(policy, "URLBlocklist")).containsExactly("*");
        assertThat(strings(policy, "AudioCaptureAllowedUrls")).as("the microphone without a prompt, only for Sala")
                .containsExactly(PLACEHOLDER);
        assertThat(strings(policy, "AutoplayAllowlist")).containsExactly(PLACEHOLDER);
        assertThat(policy.path("DownloadRestrictions").asInt()).as("no downloads").isEqualTo(3);
        assertThat(policy.path("DeveloperToolsAvailability").asInt()).as("no developer tools").isEqualTo(2);
        assertThat(policy.path("TranslateEnabled").isBoolean() && !policy.path("TranslateEnabled").asBoolean()).isTrue();
        assertThat(policy.path("BrowserSignin").asInt()).isZero();
        assertThat(policy.path("PasswordManagerEnabled").asBoolean(true)).isFalse();
        assertThat(policy.path("AutofillAddressEnabled").asBoolean(true)).isFalse();
        assertThat(policy.path("VideoCaptureAllowed").asBoolean(true)).as("no camera").isFalse();
        assertThat(policy.path("IncognitoModeAvailability").asInt()).isEqualTo(1);
        List<String> everyOrigin = new ArrayList<>();
        policy.fields().forEachRemaining(field -> field.getValue().forEach(value -> {
            if (value.isTextual() && value.asText().contains("://")) {
                everyOrigin.add(value.asText());
            }
        }));
        assertThat(everyOrigin).as("no address but the kiosk's own anywhere in the policy").allMatch(PLACEHOLDER::equals);
    }

    @Test
    void installWritesEveryFileWithTheOriginFilledIn() throws Exception {
        Path jar = Files.writeString(temp.resolve("sala.jar"), "not really a jar");
        Path models = Files.createDirectories(temp.resolve("models/en/am"));
        Files.writeString(models.resolve("final.mdl"), "model");
        Path root = temp.resolve("root");

        Result result = run(List.of("bash", LINUX.resolve("install.sh").toString(), "--destdir", root.toString(),
                "--jar", jar.toString(), "--models", temp.resolve("models").toString(),
                "--origin", "http://127.0.0.1:8080", "--kiosk-user", "lobby"), Map.of());

        assertThat(result.status()).as(result.output()).isZero();
        for (String policies : List.of("etc/chromium/policies/managed", "etc/chromium-browser/policies/managed",
                "etc/opt/chrome/policies/managed")) {
            JsonNode policy = JSON.readTree(root.resolve(policies).resolve("sala.json").toFile());
            assertThat(strings(policy, "URLAllowlist")).as(policies).containsExactly("http://127.0.0.1:8080");
            assertThat(strings(policy, "AudioCaptureAllowedUrls")).containsExactly("http://127.0.0.1:8080");
            assertThat(strings(policy, "URLBlocklist")).containsExactly("*");
        }
        assertThat(root.resolve("opt/sala/sala.jar")).hasSameBinaryContentAs(jar);
        assertThat(root.resolve("opt/sala/models/en/am/final.mdl")).hasContent("model");
        assertThat(Files.isExecutable(root.resolve("opt/sala/bin/sala-kiosk"))).isTrue();
        assertThat(root.resolve("etc/sala/kiosk.conf")).content()
                .contains("SALA_URL=http://127.0.0.1:8080/", "SALA_KIOSK_USER=lobby");
        String service = Files.readString(root.resolve("etc/systemd/system/sala.service"));
        assertThat(service).contains("User=sala", "Restart=always", "ProtectSystem=strict", "NoNewPrivileges=yes",
                "ExecStart=/opt/sala/bin/sala-server --spring.config.additional-location=optional:file:/etc/sala/");
        Path server = root.resolve("opt/sala/bin/sala-server");
        assertThat(Files.isExecutable(server)).isTrue();
        assertThat(server).content().contains("SALA_HOME=\"${SALA_HOME:-/opt/sala}\"", "SALA_XMX=\"${SALA_XMX:-256m}\"",
                "MALLOC_ARENA_MAX", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=");
        assertThat(result.output()).as("a package gets its archive on the kiosk PC, with that PC's Java")
                .contains("sala-server --prepare");
        assertThat(root.resolve("opt/sala/app")).doesNotExist();
        assertThat(root.resolve("etc/xdg/autostart/sala-kiosk.desktop")).content()
                .contains("Exec=/opt/sala/bin/sala-kiosk");
        assertThat(root.resolve("etc/sala/application.properties")).content()
                .contains("sala.usage.dir=/var/lib/sala/usage", "sala.voice.models-dir=/opt/sala/models")
                .doesNotContainPattern("(?m)^server\\.address=");
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".mdl")))
                    .allSatisfy(file -> assertThat(file).content()
                            .doesNotContain(PLACEHOLDER, "@PREFIX@", "@XMX@"));
        }
    }

    @Test
    void anOriginOnTheNetworkMakesTheServerListenForOtherScreens() throws Exception {
        Path jar = Files.writeString(temp.resolve("sala.jar"), "jar");
        Path root = temp.resolve("root");

        Result result = run(List.of("bash", LINUX.resolve("install.sh").toString(), "--destdir", root.toString(),
                "--jar", jar.toString(), "--origin", "http://lobby-kiosk.local:9090/"), Map.of());

        assertThat(result.status()).as(result.output()).isZero();
        assertThat(strings(JSON.readTree(root.resolve("etc/chromium/policies/managed/sala.json").toFile()),
                "URLAllowlist")).containsExactly("http://lobby-kiosk.local:9090");
        assertThat(root.resolve("etc/sala/application.properties")).content()
                .containsPattern("(?m)^server\\.port=9090$").containsPattern("(?m)^server\\.address=0\\.0\\.0\\.0$");
    }

    @Test
    void installRefusesAnOriginThatCouldBreakOutOfThePolicy() throws Exception {
        Path jar = Files.writeString(temp.resolve("sala.jar"), "jar");
        Path root = temp.resolve("root");
        for (String origin : List.of("http://kiosk\",\"*", "http://*", "file:///etc/passwd", "http://kiosk/path",
                "kiosk:8080", "http://kiosk:8080 --evil")) {
            Result result = run(List.of("bash", LINUX.resolve("install.sh").toString(), "--destdir", root.toString(),
                    "--jar", jar.toString(), "--origin", origin), Map.of());

            assertThat(result.status()).as("origin %s: %s", origin, result.output()).isNotZero();
            assertThat(result.output()).contains("--origin must be");
            assertThat(root).as("nothing written for %s", origin).doesNotExist();
        }
    }

    @Test
    void theLaunchersBrowserCommandIsTheOneReadmeShows() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path fakeChromium = Files.writeString(bin.resolve("chromium"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(fakeChromium, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result result = run(List.of("bash", LINUX.resolve("sala-kiosk").toString(), "--print-command"), Map.of(
                "PATH", bin + ":/usr/bin:/bin",
                "SALA_KIOSK_CONF", temp.resolve("no-such.conf").toString(),
                "XDG_RUNTIME_DIR", "/run/user/1000",
                "HOME", "/home/kiosk"));

        assertThat(result.status()).as(result.output()).isZero();
        List<String> printed = Arrays.asList(result.output().strip().split("\n"));
        assertThat(printed).isEqualTo(readmeCommand());
        assertThat(printed).contains("--kiosk", "--noerrdialogs", "--disable-translate", "--no-first-run",
                "--disable-pinch", "--overscroll-history-navigation=0", "--autoplay-policy=no-user-gesture-required",
                "--disable-session-crashed-bubble");
        assertThat(printed).as("the microphone is allowed by the policy, never by skipping the prompt")
                .noneMatch(argument -> argument.startsWith("--use-fake-ui-for-media-stream"))
                .noneMatch(argument -> argument.equals("--no-sandbox"));
        assertThat(printed.get(printed.size() - 1)).isEqualTo("http://127.0.0.1:8080/");
    }

    @Test
    void theLauncherWaitsForTheServerAndStartsTheBrowserAgainEachTimeItExits() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "the launcher needs curl");
        Path runs = temp.resolve("runs.log");
        Path profile = temp.resolve("profile/sala-kiosk");
        // A "browser" that notes each start, whether its profile came empty, and exits at once.
        Path browser = Files.writeString(temp.resolve("browser"), """
                #!/bin/bash
                dir="${@: -2:1}"; dir="${dir#--user-data-dir=}"
                if [ -z "$(ls -A "$dir")" ]; then echo "start fresh ${@: -1}" >> "%s"; else echo "start used" >> "%s"; fi
                touch "$dir/visitor-was-here"
                exit 1
                """.formatted(runs, runs));
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwxr-xr-x"));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = server.getAddress().getPort();
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        ProcessBuilder builder = new ProcessBuilder("bash", LINUX.resolve("sala-kiosk").toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("launcher.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SALA_") || name.equals("DISPLAY"));
        builder.environment().putAll(Map.of("SALA_KIOSK_CONF", temp.resolve("no-such.conf").toString(),
                "SALA_BROWSER", browser.toString(), "SALA_PROFILE_DIR", profile.toString(),
                "SALA_URL", "http://127.0.0.1:" + port + "/", "SALA_RESTART_DELAY", "0.2"));
        Process launcher = builder.start();
        try {
            waitUntil(() -> Files.readString(temp.resolve("launcher.log")).contains("waiting for the Sala server"));
            assertThat(runs).as("no browser before the server answers").doesNotExist();

            server.start();
            waitUntil(() -> Files.exists(runs) && Files.readAllLines(runs).size() >= 3);

            assertThat(Files.readAllLines(runs).subList(0, 3)).as("started again each time, each time with an empty profile")
                    .containsOnly("start fresh http://127.0.0.1:" + port + "/");
        } finally {
            launcher.destroy();
            assertThat(launcher.waitFor(10, TimeUnit.SECONDS)).as("the launcher stops on SIGTERM").isTrue();
            server.stop(0);
        }
    }

    private interface Check {
        boolean passes() throws IOException;
    }

    private static void waitUntil(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!check.passes()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void theServerStartsFromItsArchiveOnlyWhileTheArchiveIsFromTheInstalledJar() throws Exception {
        // A stand-in java that prints how it was called: which jar and which archive the server would start with.
        Path java = Files.writeString(temp.resolve("java"), """
                #!/bin/bash
                echo "java $*"
                args=("$@")
                for i in "${!args[@]}"; do [[ "${args[$i]}" == --destination ]] && mkdir -p "${args[$((i + 1))]}"; done
                exit 0
                """.stripLeading());
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = Files.createDirectories(temp.resolve("opt-sala"));
        Files.writeString(home.resolve("sala.jar"), "the installed jar");
        Map<String, String> environment = Map.of("SALA_HOME", home.toString(), "SALA_XMX", "256m", "JAVA", java.toString());
        List<String> start = List.of("bash", LINUX.resolve("sala-server").toString(), "--server.port=9000");

        Result plain = run(start, environment);
        assertThat(plain.status()).as(plain.output()).isZero();
        assertThat(plain.output()).as("no archive yet").contains("-jar " + home.resolve("sala.jar") + " --server.port=9000")
                .contains("-Xmx256m", "-XX:+UseSerialGC").doesNotContain("SharedArchiveFile");

        Result prepared = run(List.of("bash", LINUX.resolve("sala-server").toString(), "--prepare"), environment);
        assertThat(prepared.status()).as(prepared.output()).isZero();
        assertThat(prepared.output()).contains("-Djarmode=tools -jar " + home.resolve("sala.jar") + " extract",
                "-XX:ArchiveClassesAtExit=" + home.resolve("app/sala.jsa"), "-Dspring.context.exit=onRefresh");
        Files.writeString(home.resolve("app/sala.jsa"), "archive");
        Files.writeString(home.resolve("app/sala.jar"), "unpacked");

        Result archived = run(start, environment);
        assertThat(archived.output()).contains("-XX:SharedArchiveFile=" + home.resolve("app/sala.jsa"),
                "-jar " + home.resolve("app/sala.jar") + " --server.port=9000");

        Files.writeString(home.resolve("sala.jar"), "a newer jar, copied without --prepare");
        Result stale = run(start, environment);
        assertThat(stale.output()).as("the unpacked app of the old jar is not started")
                .contains("-jar " + home.resolve("sala.jar") + " --server.port=9000", "run sala-server --prepare")
                .doesNotContain("SharedArchiveFile");
    }

    @Test
    void theScriptsAreValidBash() throws Exception {
        for (String script : List.of("sala-kiosk", "sala-server", "install.sh")) {
            Result result = run(List.of("bash", "-n", LINUX.resolve(script).toString()), Map.of());
            assertThat(result.status()).as(script + ": " + result.output()).isZero();
            assertThat(Files.isExecutable(LINUX.resolve(script))).as(script + " is executable").isTrue();
        }
    }

    /** The command in docs/INSTALL.md's "The browser" block, one argument per item. */
    private static List<String> readmeCommand() throws IOException {
        String readme = Files.readString(Path.of("docs/INSTALL.md"));
        int marker = readme.indexOf("<!-- sala-kiosk --print-command -->");
        assertThat(marker).as("docs/INSTALL.md marks the launcher's command block").isNotNegative();
        int start = readme.indexOf("```", marker);
        start = readme.indexOf('\n', start) + 1;
        int end = readme.indexOf("```", start);
        String block = readme.substring(start, end).replace("\\\n", " ");
        return Arrays.stream(block.trim().split("\\s+")).toList();
    }

    private record Result(int status, String output) {
    }

    private static Result run(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Nothing of the machine's own kiosk settings may leak into the test.
        builder.environment().keySet().removeIf(name -> name.startsWith("SALA_") || name.equals("DESTDIR"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode policy, String name) {
        List<String> values = new ArrayList<>();
        policy.path(name).forEach(value -> values.add(value.asText()));
        return values;
    }
}
