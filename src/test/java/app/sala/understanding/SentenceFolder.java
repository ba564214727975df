package app.sala.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder of sentence files the way a clinic would have it: the shipped ones, then edited. */
final class SentenceFolder {

    private final Path dir;

    private SentenceFolder(Path dir) {
        this.dir = dir;
    }

    static SentenceFolder withShippedFiles(Path dir) {
        SentenceFolder folder = new SentenceFolder(dir);
        for (String file : new String[] {"en.yaml", "es.yaml"}) {
            folder.write(file, shipped(file));
        }
        return folder;
    }

    static String shipped(String file) {
        try (InputStream in = SentenceFolder.class.getResourceAsStream("/assistant/" + file)) {
            assertThat(in).as("shipped sentence file %s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one exact piece of a file, which must be there. */
    void edit(String file, String from, String to) {
        try {
            String text = Files.readString(dir.resolve(file));
            assertThat(text).as("%s contains the text to edit", file).contains(from);
            write(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Assistant load() {
        return ShippedAssistant.load("file:" + dir.toAbsolutePath() + "/");
    }

    AssistantException failure() {
        AssistantException failure = catchThrowableOfType(AssistantException.class, this::load);
        assertThat(failure).as("loading the edited sentence files fails").isNotNull();
        return failure;
    }
}
