package app.sala.voice;

import static org.assertj.core.api.Assertions.assertThat;

import app.sala.recognition.TestModels;
import app.sala.understanding.Assistant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real model wins: when models/es holds a Vosk model, Spanish is heard with it and the Spanish
 * sentences as they are, and the bridge is not used. The stand-in is the English model under
 * the folder name "es" (the plumbing is what is tested here, not Spanish recognition).
 */
@SpringBootTest
class RealSpanishModelTest {

    private static final Path MODELS = standInModels();

    @Autowired
    VoiceService voice;
    @Autowired
    Assistant assistant;

    private static Path standInModels() {
        try {
            Path folder = Files.createTempDirectory("sala-models");
            Path english = TestModels.ENGLISH.toAbsolutePath();
            Files.createSymbolicLink(folder.resolve("en"), english);
            Files.createSymbolicLink(folder.resolve("es"), english);
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void models(DynamicPropertyRegistry registry) {
        registry.add("sala.voice.models-dir", MODELS::toString);
    }

    @AfterAll
    static void removeStandIn() throws IOException {
        Files.deleteIfExists(MODELS.resolve("en"));
        Files.deleteIfExists(MODELS.resolve("es"));
        Files.deleteIfExists(MODELS);
    }

    @Test
    void spanishIsHeardWithItsOwnModelAndItsOwnSentencesNotTheBridge() {
        assertThat(voice.listens("es")).isTrue();
        assertThat(voice.bridged("es")).isFalse();
        assertThat(voice.howHeard()).containsEntry("es", "its own speech model").containsEntry("en", "its own speech model");
        assertThat(voice.cutoffs("es")).isEqualTo(voice.cutoffs("en"));
        assertThat(voice.examples("es")).as("every example: no bridge limits them").isEqualTo(assistant.examples("es"));
        try (var session = voice.open("es")) {
            assertThat(session.ended()).isFalse();
        }
    }
}
