package app.sala.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelVocabularyTest {

    @TempDir
    Path folder;

    @Test
    void theSmallEnglishModelsWordsAreReadFromItsGrammarFst() {
        assertThat(ModelVocabulary.of(TestModels.ENGLISH)).hasValueSatisfying(words -> assertThat(words)
                .contains("bridge", "again", "pay", "seizure").doesNotContain("qzxv", "siguiente").hasSizeGreaterThan(100_000));
        assertThat(TestModels.english().knows("dwell")).isTrue();
        assertThat(TestModels.english().knows("qzxv")).isFalse();
    }

    @Test
    void aBigModelsWordListIsReadFirst() throws IOException {
        Files.createDirectories(folder.resolve("graph"));
        Files.writeString(folder.resolve("graph/words.txt"), "<eps> 0\nhola 1\nadiós 2\n");

        assertThat(ModelVocabulary.of(folder)).hasValueSatisfying(words -> assertThat(words).contains("hola", "adiós"));
    }

    @Test
    void aModelWithoutAReadableWordListHasNoVocabularyAndNothingIsThrown() throws IOException {
        assertThat(ModelVocabulary.of(folder)).isEmpty();
        Files.createDirectories(folder.resolve("graph"));
        Files.write(folder.resolve("graph/Gr.fst"), new byte[] {1, 2, 3, 4, 5, 6, 7});
        assertThat(ModelVocabulary.of(folder)).isEmpty();
        Files.write(folder.resolve("graph/Gr.fst"), new byte[] {(byte) 0xd6, (byte) 0xfd, (byte) 0xb2, 0x7e, 0x7f, 0x7f, 0x7f, 0x7f});
        assertThat(ModelVocabulary.of(folder)).as("a truncated header").isEmpty();
    }
}
