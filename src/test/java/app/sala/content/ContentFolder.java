package app.sala.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.StreamSupport;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A content folder the way a clinic would have it: a copy of the shipped language files,
 * which a test then breaks the way an editor might, before loading it like Sala does.
 */
final class ContentFolder {

    static final ClinicProperties CLINIC = new ClinicProperties("Clinic", "555-0100", "911");
    static final List<String> SHIPPED_FILES = List.of("en.yaml", "es.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path dir;

    private ContentFolder(Path dir) {
        this.dir = dir;
    }

    /** The shipped en.yaml and es.yaml, copied into {@code dir}. */
    static ContentFolder withShippedContent(Path dir) {
        ContentFolder folder = new ContentFolder(dir);
        for (String file : SHIPPED_FILES) {
            folder.write(file, shipped(file));
        }
        return folder;
    }

    static String shipped(String file) {
        try (InputStream in = ContentFolder.class.getResourceAsStream("/content/" + file)) {
            assertThat(in).as("shipped content file %s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped file as a tree, for deriving expectations. */
    static ObjectNode shippedTree(String file) {
        return parse(shipped(file));
    }

    ContentCatalog load() {
        return load("en", CLINIC);
    }

    ContentCatalog load(String defaultLanguage, ClinicProperties clinic) {
        return new ContentCatalog(new ContentProperties("file:" + dir + "/", defaultLanguage), clinic,
                new PathMatchingResourcePatternResolver());
    }

    /** The exception that loading this folder must end in. */
    ContentException failure() {
        return failure("en");
    }

    ContentException failure(String defaultLanguage) {
        ContentException failure = catchThrowableOfType(ContentException.class, () -> load(defaultLanguage, CLINIC));
        assertThat(failure).as("loading the broken content must fail with a ContentException").isNotNull();
        return failure;
    }

    /** A text edit of one file, as in an editor; it must change something. */
    ContentFolder edit(String file, UnaryOperator<String> change) {
        String before = read(file);
        String after = change.apply(before);
        assertThat(after).as("the edit of %s changes the file", file).isNotEqualTo(before);
        write(file, after);
        return this;
    }

    /** An edit of the parsed file: for changes deep in lists of ids that a text edit would make fragile. */
    ContentFolder editTree(String file, Consumer<ObjectNode> change) {
        ObjectNode tree = parse(read(file));
        ObjectNode before = tree.deepCopy();
        change.accept(tree);
        assertThat(tree).as("the edit of %s changes the content", file).isNotEqualTo(before);
        try {
            write(file, YAML.writeValueAsString(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The same edit in every shipped language, as a careful editor would make it. */
    ContentFolder editEveryLanguage(Consumer<ObjectNode> change) {
        SHIPPED_FILES.forEach(file -> editTree(file, change));
        return this;
    }

    ContentFolder delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String read(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode parse(String text) {
        try {
            return (ObjectNode) YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Navigating the tree of a language file.

    static ObjectNode object(JsonNode node, String path) {
        JsonNode found = node.at(path);
        assertThat(found.isObject()).as("%s is an object", path).isTrue();
        return (ObjectNode) found;
    }

    static ArrayNode array(JsonNode node, String path) {
        JsonNode found = node.at(path);
        assertThat(found.isArray()).as("%s is a list", path).isTrue();
        return (ArrayNode) found;
    }

    /** The item of a list of things with ids, e.g. {@code withId(array(root, "/exercises/items"), "bridge")}. */
    static ObjectNode withId(ArrayNode items, String id) {
        return (ObjectNode) StreamSupport.stream(items.spliterator(), false)
                .filter(item -> id.equals(item.path("id").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no item with id " + id));
    }

    static ObjectNode exercise(JsonNode root, String id) {
        return withId(array(root, "/exercises/items"), id);
    }

    static ObjectNode careSetting(JsonNode root, String id) {
        return withId(array(root, "/care/settings"), id);
    }

    static ObjectNode helperGroup(JsonNode root, String id) {
        return withId(array(root, "/care/helper/groups"), id);
    }
}
