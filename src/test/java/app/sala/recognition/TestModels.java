package app.sala.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vosk.Model;

/**
 * The real English model (installed by the build into models/en), loaded once per test run:
 * loading takes about a second and 124 MB. Tests that close a model make their own.
 */
public final class TestModels {

    public static final Path ENGLISH = Path.of("models", "en");
    private static SpeechModel english;

    private TestModels() {
    }

    public static synchronized SpeechModel english() {
        if (english == null) {
            english = load();
        }
        return english;
    }

    /** A model of its own, for tests that close it. */
    public static SpeechModel load() {
        org.vosk.LibVosk.setLogLevel(org.vosk.LogLevel.WARNINGS);
        assertThat(ENGLISH.resolve("am/final.mdl"))
                .as("the build installs the English model (./mvnw generate-resources)").exists();
        try {
            return new SpeechModel("en", ENGLISH, new Model(ENGLISH.toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean installed() {
        return Files.isRegularFile(ENGLISH.resolve("am/final.mdl"));
    }
}
