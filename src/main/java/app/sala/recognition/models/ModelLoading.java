package app.sala.recognition.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * Loads every Vosk model below a folder, one per language folder ({@code models/en}...), on a
 * thread of its own: a model takes a second or more, mostly in native code, and nothing else
 * of Sala's start needs it, so it loads while Spring and Vaadin start ({@link EarlyModelLoading}).
 */
final class ModelLoading {

    private static final Logger log = LoggerFactory.getLogger(ModelLoading.class);

    /** One language folder: its model when it loaded, else why not. */
    record Found(String language, Path directory, Model model, String detail) {
    }

    private final Path root;
    private final CompletableFuture<List<Found>> found;
    private boolean claimed;

    ModelLoading(Path modelsDir) {
        this.root = modelsDir.toAbsolutePath().normalize();
        this.found = CompletableFuture.supplyAsync(this::loadAll, runnable -> {
            Thread thread = new Thread(runnable, "speech-models");
            thread.setDaemon(true);
            thread.start();
        });
    }

    Path root() {
        return root;
    }

    CompletableFuture<List<Found>> found() {
        return found;
    }

    /** Whether the caller is the first to take these models (then it closes them); once only. */
    synchronized boolean claim() {
        boolean first = !claimed;
        claimed = true;
        return first;
    }

    /** Closes the models when nobody took them (a context without speech recognition). */
    void closeUnclaimed() {
        if (claim()) {
            found.thenAccept(all -> all.stream().filter(f -> f.model() != null).forEach(f -> f.model().close()));
        }
    }

    private List<Found> loadAll() {
        if (!Files.isDirectory(root)) {
            log.warn("No speech models: {} is not a folder; voice is off (see models/README.md)", root);
            return List.of();
        }
        boolean nativeReady = nativeLibraryLoads();
        List<Found> all = new ArrayList<>();
        for (Path folder : languageFolders(root)) {
            all.add(load(folder.getFileName().toString(), folder, nativeReady));
        }
        return all;
    }

    private static Found load(String language, Path folder, boolean nativeReady) {
        String missing = Stream.of("am/final.mdl", "conf/model.conf")
                .filter(part -> !Files.isRegularFile(folder.resolve(part)))
                .findFirst().orElse(null);
        if (missing != null) {
            return new Found(language, folder, null, "not a Vosk model: " + missing + " is missing");
        }
        if (!nativeReady) {
            return new Found(language, folder, null, "the Vosk native library cannot load on this machine ("
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")");
        }
        long start = System.nanoTime();
        try {
            Model model = new Model(folder.toString());
            return new Found(language, folder, model, String.format(Locale.ROOT, "loaded in %d ms",
                    (System.nanoTime() - start) / 1_000_000));
        } catch (IOException | RuntimeException | LinkageError e) {
            return new Found(language, folder, null, "Vosk could not load it: " + e.getMessage());
        }
    }

    private static List<Path> languageFolders(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches("[a-z]{2,3}(-[A-Za-z0-9]+)?"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            log.warn("Cannot list speech models in {}: {}", root, e.getMessage());
            return List.of();
        }
    }

    /** Loads the native library once; false when this platform has none (e.g. linux-aarch64). */
    private static boolean nativeLibraryLoads() {
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            return true;
        } catch (LinkageError | RuntimeException e) {
            log.warn("Vosk native library unavailable: {}", e.toString());
            return false;
        }
    }
}
