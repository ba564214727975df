package app.sala.content;

import app.sala.content.YamlFiles.LanguageFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one language file: YAML to a tree, clinic placeholders filled in, then bound to the
 * content records ({@link YamlFiles} reads and binds, and reports a misspelt key).
 */
final class ContentFileReader {

    private final Map<String, String> placeholders;

    ContentFileReader(ClinicProperties clinic) {
        this.placeholders = Map.of(
                "clinicName", clinic.name(),
                "clinicPhone", clinic.phone(),
                "emergencyNumber", clinic.emergencyNumber());
    }

    /** The file's tree with placeholders filled in, or null after reporting why it cannot be read. */
    JsonNode readTree(LanguageFile file, List<String> problems) {
        JsonNode tree = file.readTree(problems);
        if (tree != null) {
            fillPlaceholders(file.name(), "", tree, problems);
        }
        return tree;
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
        for (String name : Placeholders.names(text)) {
            if (!placeholders.containsKey(name)) {
                problems.add(fileName + ": at " + path + ", unknown placeholder " + Placeholders.written(name) + " (known: "
                        + placeholders.keySet().stream().sorted().map(Placeholders::written).collect(Collectors.joining(", "))
                        + ")");
            }
        }
        return Placeholders.fill(text, placeholders);
    }
}
