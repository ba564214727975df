package app.sala.recognition;

import app.sala.content.ContentCatalog;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * The Vosk models found at startup, one per language folder ({@code models/en},
 * {@code models/es}...). Voice is offered in exactly the languages that have a model that
 * loaded and content to answer with; the rest are reported with the reason.
 */
@Service
public class SpeechModels {

    private static final Logger log = LoggerFactory.getLogger(SpeechModels.class);
    /** Kaldi's verbosity: -2 errors, -1 warnings, 0 information. */
    private static final int VOSK_ERRORS_ONLY = -2;

    /** What was found for one language folder, for health and the logs. */
    public record Status(String language, Path directory, boolean loaded, String detail) {
    }

    private final Map<String, SpeechModel> models = new LinkedHashMap<>();
    private final List<Status> statuses = new ArrayList<>();

    public SpeechModels(RecognitionProperties properties, ContentCatalog catalog) {
        Path root = properties.modelsDir().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            log.warn("No speech models: {} is not a folder; voice is off (see models/README.md)", root);
            return;
        }
        boolean nativeReady = nativeLibraryLoads();
        for (Path folder : languageFolders(root)) {
            String language = folder.getFileName().toString();
            statuses.add(load(language, folder, nativeReady, catalog));
        }
        log.info("Speech recognition: {}", statuses);
    }

    private Status load(String language, Path folder, boolean nativeReady, ContentCatalog catalog) {
        if (!catalog.speaks(language)) {
            return new Status(language, folder, false, "no content in this language, so no answers to give");
        }
        String missing = Stream.of("am/final.mdl", "conf/model.conf")
                .filter(part -> !Files.isRegularFile(folder.resolve(part)))
                .findFirst().orElse(null);
        if (missing != null) {
            return new Status(language, folder, false, "not a Vosk model: " + missing + " is missing");
        }
        if (!nativeReady) {
            return new Status(language, folder, false, "the Vosk native library cannot load on this machine ("
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")");
        }
        long start = System.nanoTime();
        try {
            Model model = new Model(folder.toString());
            models.put(language, new SpeechModel(language, folder, model));
            return new Status(language, folder, true, String.format(java.util.Locale.ROOT,
                    "loaded in %d ms", (System.nanoTime() - start) / 1_000_000));
        } catch (IOException | RuntimeException | LinkageError e) {
            return new Status(language, folder, false, "Vosk could not load it: " + e.getMessage());
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

    /** From now on Vosk reports errors only (its warnings repeat on every recognizer). */
    public void quietenVosk() {
        if (!models.isEmpty()) {
            LibVosk.vosk_set_log_level(VOSK_ERRORS_ONLY);
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

    public Optional<SpeechModel> model(String language) {
        return Optional.ofNullable(models.get(language));
    }

    public boolean listens(String language) {
        return models.containsKey(language);
    }

    /** Languages with a loaded model, in folder order. */
    public List<String> languages() {
        return List.copyOf(models.keySet());
    }

    public List<Status> statuses() {
        return Collections.unmodifiableList(statuses);
    }

    @PreDestroy
    public void close() {
        models.values().forEach(SpeechModel::close);
    }
}
