package app.sala.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A clinic's own bridge files: each mistake is named, the language goes without a bridge, and Sala starts. */
class PhoneticBridgesTest {

    @TempDir
    Path folder;

    private PhoneticBridges load() {
        return new PhoneticBridges(new BridgeProperties("file:" + folder + "/", true, 0.75),
                new PathMatchingResourcePatternResolver());
    }

    @Test
    void aGoodFileGivesItsLanguageABridge() throws IOException {
        Files.writeString(folder.resolve("es.yaml"), "language: es\nmodel: en\nlistens_for: [help]\nsyllables:\n  a: ah\n");

        PhoneticBridges bridges = load();

        assertThat(bridges.problems()).isEmpty();
        assertThat(bridges.bridge("es")).hasValueSatisfying(b -> assertThat(b.respell("a")).containsExactly("ah"));
        assertThat(bridges.bridge("fr")).isEmpty();
    }

    @Test
    void anEntryWithoutWordsAFileForAnotherLanguageAndAFileWithoutAModelAreEachNamed() throws IOException {
        Files.writeString(folder.resolve("es.yaml"), "language: es\nmodel: en\nsyllables:\n  nal: null\n");
        Files.writeString(folder.resolve("fr.yaml"), "language: it\nmodel: en\nsyllables:\n  a: ah\n");
        Files.writeString(folder.resolve("vi.yaml"), "language: vi\nsyllables:\n  a: ah\n");
        Files.writeString(folder.resolve("ko.yaml"), "language: ko\nmodel: en\nsylables:\n  a: ah\n");

        PhoneticBridges bridges = load();

        assertThat(bridges.problems()).anySatisfy(p -> assertThat(p).contains("es.yaml").contains("syllables.nal")
                .contains("quotes"));
        assertThat(bridges.problems()).anySatisfy(p -> assertThat(p).contains("fr.yaml").contains("'it'"));
        assertThat(bridges.problems()).anySatisfy(p -> assertThat(p).contains("vi.yaml").contains("model"));
        assertThat(bridges.problems()).anySatisfy(p -> assertThat(p).contains("ko.yaml").contains("sylables"));
        assertThat(bridges.bridge("es")).isEmpty();
        assertThat(bridges.bridge("fr")).isEmpty();
        assertThat(bridges.bridge("vi")).isEmpty();
    }

    @Test
    void bridgesCanBeTurnedOff() throws IOException {
        Files.writeString(folder.resolve("es.yaml"), "language: es\nmodel: en\nsyllables:\n  a: ah\n");

        PhoneticBridges off = new PhoneticBridges(new BridgeProperties("file:" + folder + "/", false, 0.75),
                new PathMatchingResourcePatternResolver());

        assertThat(off.bridge("es")).isEmpty();
    }
}
