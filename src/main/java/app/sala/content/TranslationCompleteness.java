package app.sala.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a translation with the default language file, node by node: the same keys, the
 * same ids, the same number of items. A clinic that adds a step in English and forgets the
 * Spanish one finds out at startup, not from a confused visitor.
 */
final class TranslationCompleteness {

    private static final List<String> REFERENCE_FIELDS = List.of("id", "condition");

    private final String fileName;
    private final String referenceName;
    private final List<String> problems;

    TranslationCompleteness(String fileName, String referenceName, List<String> problems) {
        this.fileName = fileName;
        this.referenceName = referenceName;
        this.problems = problems;
    }

    void compare(JsonNode reference, JsonNode translation) {
        compare("", reference, translation);
    }

    private void compare(String path, JsonNode reference, JsonNode translation) {
        if (reference.isObject() && translation.isObject()) {
            compareObjects(path, reference, translation);
        } else if (reference.isArray() && translation.isArray()) {
            compareArrays(path, reference, translation);
        } else if (reference.isContainerNode() != translation.isContainerNode()
                || reference.isArray() != translation.isArray()) {
            report(path, "has a different shape than in " + referenceName);
        }
    }

    private void compareObjects(String path, JsonNode reference, JsonNode translation) {
        for (Iterator<String> names = reference.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            JsonNode theirs = translation.get(name);
            if (theirs == null) {
                report(path, "field '" + name + "' is missing (" + referenceName + " has it)");
            } else if (REFERENCE_FIELDS.contains(name) && !reference.get(name).equals(theirs)) {
                report(path, "field '" + name + "' is '" + theirs.asText() + "' but '"
                        + reference.get(name).asText() + "' in " + referenceName + " (ids are never translated)");
            } else {
                compare(join(path, name), reference.get(name), theirs);
            }
        }
        for (Iterator<String> names = translation.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!reference.has(name)) {
                report(path, "field '" + name + "' is not in " + referenceName);
            }
        }
    }

    private void compareArrays(String path, JsonNode reference, JsonNode translation) {
        Map<String, JsonNode> referenceById = byId(reference);
        Map<String, JsonNode> translationById = byId(translation);
        if (referenceById != null && translationById != null) {
            referenceById.forEach((id, node) -> {
                JsonNode theirs = translationById.get(id);
                if (theirs == null) {
                    report(path, "id '" + id + "' is missing (" + referenceName + " has it)");
                } else {
                    compare(path + "[id=" + id + "]", node, theirs);
                }
            });
            translationById.keySet().stream()
                    .filter(id -> !referenceById.containsKey(id))
                    .forEach(id -> report(path, "id '" + id + "' is not in " + referenceName));
            return;
        }
        if (reference.size() != translation.size()) {
            report(path, "has " + translation.size() + " items but " + referenceName + " has " + reference.size());
        }
        for (int i = 0; i < Math.min(reference.size(), translation.size()); i++) {
            compare(path + "[item " + (i + 1) + "]", reference.get(i), translation.get(i));
        }
    }

    /** Items keyed by their id, or null when the list is not a list of things with ids. */
    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode item : array) {
            JsonNode id = item.get("id");
            if (id == null || !id.isTextual()) {
                return null;
            }
            byId.put(id.asText(), item);
        }
        return byId.isEmpty() ? null : byId;
    }

    private void report(String path, String what) {
        problems.add(fileName + ": " + (path.isEmpty() ? "" : "at " + path + ", ") + what);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
