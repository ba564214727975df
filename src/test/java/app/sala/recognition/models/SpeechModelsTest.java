package app.sala.recognition.models;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.content.ClinicProperties;
import app.sala.content.ContentCatalog;
import app.sala.content.ContentProperties;
import app.sala.recognition.RecognitionProperties;
import app.sala.recognition.SafeRecognizer;
import app.sala.recognition.SpeechAudio;
import app.sala.recognition.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Model discovery: one folder per language in the models directory; voice is offered in
 * exactly the languages whose folder holds a model that loads and that have content.
 */
class SpeechModelsTest {

    private static final ContentCatalog CATALOG = new ContentCatalog(new ContentProperties("classpath:content/", "en"),
            new ClinicProperties("Clinic", "555-0100", "911"), new PathMatchingResourcePatternResolver());

    @TempDir
    Path models;

    @Test
    void aSecondModelFolderIsFoundReportedAndOffered() throws IOException {
        Files.createSymbolicLink(models.resolve("en"), TestModels.ENGLISH.toAbsolutePath());
        // Any Vosk model in a language folder counts; the English one stands in for a Spanish model here.
        Files.createSymbolicLink(models.resolve("es"), TestModels.ENGLISH.toAbsolutePath());
        SpeechModels found = discover();
        try {
            assertThat(found.languages()).containsExactly("en", "es");
            assertThat(found.listens("es")).isTrue();
            assertThat(found.statuses()).extracting(SpeechModels.Status::language, SpeechModels.Status::loaded)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("en", true), org.assertj.core.groups.Tuple.tuple("es", true));
            try (SafeRecognizer recognizer = found.model("es").orElseThrow().freeRecognizer(SpeechAudio.SAMPLE_RATE, 15)) {
                assertThat(recognizer.isClosed()).isFalse();
            }
        } finally {
            found.close();
        }
    }

    @Test
    void foldersThatAreNotModelsOrHaveNoContentAreReportedWithTheReasonAndNotOffered() throws IOException {
        Files.createSymbolicLink(models.resolve("en"), TestModels.ENGLISH.toAbsolutePath());
        Files.createDirectories(models.resolve("es").resolve("conf"));
        Files.createSymbolicLink(models.resolve("vi"), TestModels.ENGLISH.toAbsolutePath());
        Files.createDirectories(models.resolve("not a language"));
        Files.writeString(models.resolve("README.md"), "notes");
        SpeechModels found = discover();
        try {
            assertThat(found.languages()).containsExactly("en");
            assertThat(found.statuses()).extracting(SpeechModels.Status::language).containsExactly("en", "es", "vi");
            assertThat(status(found, "es").detail()).contains("not a Vosk model").contains("am/final.mdl");
            assertThat(status(found, "vi").detail()).contains("no content");
            assertThat(found.model("es")).isEmpty();
        } finally {
            found.close();
        }
    }

    @Test
    void aBrokenModelIsReportedNotFatal() throws IOException {
        Path broken = models.resolve("es");
        Files.createDirectories(broken.resolve("am"));
        Files.createDirectories(broken.resolve("conf"));
        Files.writeString(broken.resolve("am/final.mdl"), "this is not a model");
        Files.writeString(broken.resolve("conf/model.conf"), "--beam=10.0\n");
        SpeechModels found = discover();
        try {
            assertThat(found.languages()).isEmpty();
            assertThat(status(found, "es").loaded()).isFalse();
            assertThat(status(found, "es").detail()).contains("could not load");
        } finally {
            found.close();
        }
    }

    @Test
    void noModelsFolderMeansNoVoiceAndNoError() {
        SpeechModels found = new SpeechModels(properties(models.resolve("missing")), CATALOG);
        assertThat(found.languages()).isEmpty();
        assertThat(found.statuses()).isEmpty();
    }

    private SpeechModels discover() {
        return new SpeechModels(properties(models), CATALOG);
    }

    private static RecognitionProperties properties(Path dir) {
        return new RecognitionProperties(dir, Duration.ofSeconds(15), Duration.ofSeconds(10), 0.6, 20);
    }

    private static SpeechModels.Status status(SpeechModels models, String language) {
        return models.statuses().stream().filter(s -> s.language().equals(language)).findFirst().orElseThrow();
    }
}
