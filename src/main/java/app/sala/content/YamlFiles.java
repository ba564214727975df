package app.sala.content;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Sala's YAML files, one per language ({@code <code>.yaml}) in a location such as
 * {@code classpath*:content/} or {@code file:/etc/sala/assistant/}: found, read with one
 * mapper and bound to records. Every problem is reported as {@code file: at where, what},
 * with where written {@code section.field[item 2]}. A misspelt key, a duplicated key or a
 * bare yes/no/on/off where a text belongs is an error, because it would otherwise change
 * what a visitor sees without anyone noticing.
 */
public final class YamlFiles {

    private static final String SUFFIX = ".yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    static {
        YAML.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private YamlFiles() {
    }

    /** One language's file. */
    public record LanguageFile(String language, Resource resource) {

        public String name() {
            return language + SUFFIX;
        }

        /** The file bound to {@code type}, or null after reporting why it cannot be. */
        public <T> T read(Class<T> type, List<String> problems) {
            JsonNode tree = readTree(problems);
            return tree == null ? null : bind(tree, type, problems);
        }

        /** The file as a tree, or null after reporting why it cannot be read. */
        public JsonNode readTree(List<String> problems) {
            try (InputStream in = resource.getInputStream()) {
                JsonNode tree = YAML.readTree(in);
                if (tree != null && tree.isObject()) {
                    return tree;
                }
                problems.add(name() + ": is empty or not a YAML mapping");
            } catch (JsonProcessingException e) {
                problems.add(name() + ": is not valid YAML: " + e.getOriginalMessage() + (e.getLocation() == null ? ""
                        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
            } catch (IOException e) {
                problems.add(name() + ": cannot be read: " + e.getMessage());
            }
            return null;
        }

        /** A tree of this file bound to {@code type}, or null after reporting the first thing that does not fit. */
        public <T> T bind(JsonNode tree, Class<T> type, List<String> problems) {
            try {
                return YAML.treeToValue(tree, type);
            } catch (JsonMappingException e) {
                String where = where(e);
                problems.add(name() + ": " + (where.isEmpty() ? "" : "at " + where + ", ") + what(e));
            } catch (JsonProcessingException e) {
                problems.add(name() + ": " + e.getOriginalMessage());
            }
            return null;
        }
    }

    /**
     * The {@code <code>.yaml} files in {@code location}, each language once; reports a
     * location without any, or a language found twice (in two classpath roots).
     *
     * @param what what the files are, for messages ("language files", "sentence files")
     */
    public static List<LanguageFile> find(String location, String what, ResourcePatternResolver resolver,
                                          List<String> problems) {
        String folder = location.endsWith("/") ? location : location + "/";
        Resource[] found;
        try {
            found = resolver.getResources(folder + "*" + SUFFIX);
        } catch (IOException e) {
            problems.add(folder + ": cannot list " + what + ": " + e.getMessage());
            return List.of();
        }
        if (found.length == 0) {
            problems.add(folder + ": no " + what + " (*" + SUFFIX + ") found");
        }
        Map<String, LanguageFile> files = new LinkedHashMap<>();
        for (Resource resource : found) {
            String name = resource.getFilename();
            if (files.putIfAbsent(name, new LanguageFile(name.substring(0, name.length() - SUFFIX.length()), resource)) != null) {
                problems.add(name + ": found twice in " + location + " (" + resource.getDescription()
                        + "); keep one file per language");
            }
        }
        return List.copyOf(files.values());
    }

    /** Where in the file binding stopped: {@code intents.navigate[item 2]}; the top is "". */
    private static String where(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e instanceof UnrecognizedPropertyException
                ? e.getPath().subList(0, e.getPath().size() - 1) : e.getPath();
        StringBuilder where = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                where.append(where.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                where.append("[item ").append(ref.getIndex() + 1).append("]");
            }
        }
        return where.toString();
    }

    /** What does not fit, in the words of someone editing the file rather than Jackson's. */
    private static String what(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown " + (unknown.getPath().size() == 1 ? "section" : "field") + " '" + unknown.getPropertyName()
                    + "' (known: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList() + ")";
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (e instanceof InvalidFormatException format && format.getValue() instanceof Boolean) {
            return "must be a text (YAML reads a bare yes, no, on, off, true or false as a truth value: put it in quotes)";
        } else if (type == null) {
            return e.getOriginalMessage();
        } else if (type.isAnnotationPresent(JsonClassDescription.class)) {
            return "must be " + type.getAnnotation(JsonClassDescription.class).value();
        } else if (type == String.class) {
            return "must be a text";
        } else if (Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        } else if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be a mapping";
        }
        return e.getOriginalMessage();
    }
}
