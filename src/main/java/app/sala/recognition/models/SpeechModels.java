package app.sala.recognition.models;

import app.sala.content.ContentCatalog;
import app.sala.recognition.RecognitionProperties;
import app.sala.recognition.SpeechModel;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.vosk.LibVosk;

/**
 * The Vosk models found at startup, one per language folder ({@code models/en},
 * {@code models/es}...). Voice is offered in exactly the languages that have a model that
 * loaded and content to answer with; the rest are reported with the reason.
 *
 * <p>The models load on a thread of their own while Spring and Vaadin start (a second or more
 * per model, mostly native code): whoever asks about them first waits for the load to end.
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
    private final ContentCatalog catalog;
    private final ModelLoading loading;
    private boolean loaded;

    /** Takes the models {@link EarlyModelLoading} began to load, when they are from the same folder. */
    @Autowired
    public SpeechModels(RecognitionProperties properties, ContentCatalog catalog, ObjectProvider<ModelLoading> early) {
        this(catalog, claim(early.getIfAvailable(), properties.modelsDir()));
    }

    /** Loads the models of {@code properties.modelsDir()} itself. */
    SpeechModels(RecognitionProperties properties, ContentCatalog catalog) {
        this(catalog, new ModelLoading(properties.modelsDir()));
    }

    private SpeechModels(ContentCatalog catalog, ModelLoading loading) {
        this.catalog = catalog;
        this.loading = loading;
    }

    private static ModelLoading claim(ModelLoading started, Path modelsDir) {
        Path root = modelsDir.toAbsolutePath().normalize();
        return started != null && started.root().equals(root) && started.claim() ? started : new ModelLoading(root);
    }

    /** Waits for the models to load, once; a model that failed is reported in its status, never thrown. */
    private synchronized void loaded() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            for (ModelLoading.Found found : loading.found().join()) {
                statuses.add(status(found));
            }
            log.info("Speech recognition: {}", statuses);
        } catch (CompletionException | CancellationException e) {
            log.error("Loading the speech models failed; voice is off", e.getCause() == null ? e : e.getCause());
        }
    }

    private Status status(ModelLoading.Found found) {
        if (found.model() == null) {
            return new Status(found.language(), found.directory(), false, found.detail());
        }
        if (!catalog.speaks(found.language())) {
            found.model().close();
            return new Status(found.language(), found.directory(), false, "no content in this language, so no answers to give");
        }
        models.put(found.language(), new SpeechModel(found.language(), found.directory(), found.model()));
        return new Status(found.language(), found.directory(), true, found.detail());
    }

    /** From now on Vosk reports errors only (its warnings repeat on every recognizer). */
    public void quietenVosk() {
        loaded();
        if (!models.isEmpty()) {
            LibVosk.vosk_set_log_level(VOSK_ERRORS_ONLY);
        }
    }

    public Optional<SpeechModel> model(String language) {
        loaded();
        return Optional.ofNullable(models.get(language));
    }

    public boolean listens(String language) {
        loaded();
        return models.containsKey(language);
    }

    /** Languages with a loaded model, in folder order. */
    public List<String> languages() {
        loaded();
        return List.copyOf(models.keySet());
    }

    public List<Status> statuses() {
        loaded();
        return Collections.unmodifiableList(statuses);
    }

    @PreDestroy
    public void close() {
        loaded();
        models.values().forEach(SpeechModel::close);
    }
}
