package app.sala.speech;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Speech for the languages FreeTTS lacks, from the espeak-ng command. It runs without a
 * shell, the text goes in on standard input (so no text can become an option or a command),
 * and a process that outlives its time limit is killed.
 */
public class EspeakSynthesizer implements Synthesizer {

    /** Reads each process's output on its own thread, so a full pipe never blocks the wait. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "espeak-output");
        thread.setDaemon(true);
        return thread;
    });

    private final String command;
    private final Map<String, String> voices;
    private final Duration timeout;
    private volatile Optional<String> unavailableReason;

    public EspeakSynthesizer(String command, Map<String, String> voices, Duration timeout) {
        this.command = command;
        this.voices = Map.copyOf(voices);
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "espeak-ng";
    }

    @Override
    public Optional<String> voiceFor(String language) {
        return unavailableReason().isPresent() ? Optional.empty() : Optional.ofNullable(voices.get(language));
    }

    @Override
    public Optional<String> unavailableReason() {
        Optional<String> reason = unavailableReason;
        if (reason == null) {
            reason = probe();
            unavailableReason = reason;
        }
        return reason;
    }

    private Optional<String> probe() {
        try {
            run(List.of(command, "--version"), new byte[0]);
            return Optional.empty();
        } catch (SpeechException e) {
            return Optional.of(command + " is not usable: " + e.getMessage());
        }
    }

    @Override
    public AudioClip synthesize(String text, String language, SpeechRate rate) {
        String voice = voiceFor(language).orElseThrow(() -> new SpeechException("espeak-ng has no voice for " + language));
        byte[] wav = run(List.of(command, "-v", voice, "-s", String.valueOf(rate.espeakWordsPerMinute()),
                "--stdout", "--stdin"), text.getBytes(StandardCharsets.UTF_8));
        return WavReader.read(wav);
    }

    private byte[] run(List<String> arguments, byte[] input) {
        Process process;
        try {
            process = new ProcessBuilder(arguments).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new SpeechException("cannot start " + arguments.get(0) + " (" + e.getMessage() + ")", e);
        }
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()), READERS);
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input);
        } catch (IOException e) {
            // The process ended before reading its input; its exit code tells the rest.
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new SpeechException(arguments.get(0) + " did not finish within " + timeout.toMillis()
                        + " ms and was stopped");
            }
            byte[] bytes = output.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (process.exitValue() != 0) {
                throw new SpeechException(arguments.get(0) + " failed with exit code " + process.exitValue());
            }
            return bytes;
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new SpeechException("interrupted while waiting for " + arguments.get(0), e);
        } catch (ExecutionException | TimeoutException e) {
            kill(process);
            throw new SpeechException("cannot read the output of " + arguments.get(0), e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SpeechException("cannot read espeak-ng output", e);
        }
    }
}
