package app.sala.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads one language file: YAML to a tree, clinic placeholders filled in, then bound to the
 * content records. Unknown fields are errors, because a misspelt key would otherwise vanish
 * silently from the screen.
 */
final class ContentFileReader {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    private final Map<String, String> placeholders;

    ContentFileReader(ClinicProperties clinic) {
        this.placeholders = Map.of(
                "clinicName", clinic.name(),
                "clinicPhone", clinic.phone(),
                "emergencyNumber", clinic.emergencyNumber());
    }

    /** The file's tree with placeholders filled in, or null after reporting why it cannot be read. */
    JsonNode readTree(String fileName, InputStream in, List<String> problems) {
        try {
            JsonNode tree = yaml.readTree(in);
            if (tree == null || !tree.isObject()) {
                problems.add(fileName + ": is empty or not a YAML mapping");
                return null;
            }
            fillPlaceholders(fileName, "", tree, problems);
            return tree;
        } catch (JsonProcessingException e) {
            problems.add(fileName + ": is not valid YAML: " + e.getOriginalMessage() + location(e));
        } catch (IOException e) {
            problems.add(fileName + ": cannot be read: " + e.getMessage());
        }
        return null;
    }

    LanguagePack bind(String fileName, JsonNode tree, List<String> problems) {
        try {
            return yaml.treeToValue(tree, LanguagePack.class);
        } catch (JsonMappingException e) {
            problems.add(fileName + ": at " + path(e) + ", " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            problems.add(fileName + ": " + e.getOriginalMessage());
        }
        return null;
    }

    private void fillPlaceholders(String fileName, String path, JsonNode node, List<String> problems) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getValue().isTextual()) {
                    field.setValue(new TextNode(fill(fileName, fieldPath, field.getValue().asText(), problems)));
                } else {
                    fillPlaceholders(fileName, fieldPath, field.getValue(), problems);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String itemPath = path + "[item " + (i + 1) + "]";
                if (array.get(i).isTextual()) {
                    array.set(i, new TextNode(fill(fileName, itemPath, array.get(i).asText(), problems)));
                } else {
                    fillPlaceholders(fileName, itemPath, array.get(i), problems);
                }
            }
        }
    }

    private String fill(String fileName, String path, String text, List<String> problems) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = placeholders.get(matcher.group(1));
            if (value == null) {
                problems.add(fileName + ": at " + path + ", unknown placeholder {" + matcher.group(1)
                        + "} (known: " + placeholders.keySet().stream().sorted().map(k -> "{" + k + "}")
                        .collect(Collectors.joining(", ")) + ")");
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append("[item ").append(ref.getIndex() + 1).append("]");
            }
        }
        return path.length() == 0 ? "the top" : path.toString();
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
