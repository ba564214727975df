package app.sala.sentences;

import app.sala.sentences.SentenceFile.IntentSentences;
import app.sala.sentences.SentenceFile.Located;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one sentence file into a {@link SentenceFile}, parsing every template on the way.
 * Every problem is reported with the file and the place in it (for example
 * {@code en.yaml: at intents.navigate[item 2]: '[' is never closed ...}); the result is null
 * when the file cannot be used at all.
 */
public final class SentenceFileReader {

    static final Set<String> SECTIONS = Set.of("language", "matching", "lists", "expansion_rules", "intents",
            "keywords", "responses", "examples");
    private static final Set<String> MATCHING = Set.of("word_forms", "rewrites", "digits", "fillers", "stopwords",
            "intensifiers");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String fileName;
    private final List<String> problems;

    public SentenceFileReader(String fileName, List<String> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    public SentenceFile read(InputStream in) {
        JsonNode root;
        try {
            root = yaml.readTree(in);
        } catch (JsonProcessingException e) {
            problem("", "is not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
            return null;
        } catch (IOException e) {
            problem("", "cannot be read: " + e.getMessage());
            return null;
        }
        if (root == null || !root.isObject()) {
            problem("", "is empty or not a YAML mapping");
            return null;
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SECTIONS.contains(name)) {
                problem("", "unknown section '" + name + "' (known: " + sorted(SECTIONS) + ")");
            }
        }
        String language = text(root, "language", "language");
        return new SentenceFile(fileName, language, normalizer(root.get("matching")), lists(root.get("lists")),
                rules(root.get("expansion_rules")), intents(root.get("intents")), keywords(root.get("keywords")),
                responses(root.get("responses")), examples(root.get("examples")));
    }

    private TextNormalizer normalizer(JsonNode node) {
        WordForms forms = WordForms.NONE;
        Map<String, String> rewrites = new LinkedHashMap<>();
        List<String> digits = List.of();
        List<String> fillers = List.of();
        List<String> stopwords = List.of();
        List<String> intensifiers = List.of();
        if (node == null || !node.isObject()) {
            problem("matching", node == null ? "is missing" : "must be a mapping");
            return new TextNormalizer(forms, rewrites, digits, fillers, stopwords, intensifiers);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MATCHING.contains(name)) {
                problem("matching", "unknown field '" + name + "' (known: " + sorted(MATCHING) + ")");
            }
        }
        String formsName = text(node, "word_forms", "matching.word_forms");
        if (formsName != null) {
            try {
                forms = WordForms.valueOf(formsName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("matching.word_forms", "'" + formsName + "' is not one of english, spanish, none");
            }
        }
        JsonNode rewriteNode = node.get("rewrites");
        if (rewriteNode != null) {
            if (!rewriteNode.isObject()) {
                problem("matching.rewrites", "must be a mapping of word: words");
            } else {
                rewriteNode.fields().forEachRemaining(e -> {
                    if (!e.getValue().isTextual() || !isWords(e.getValue().asText())) {
                        problem("matching.rewrites." + e.getKey(), "must be lowercase words");
                    } else {
                        rewrites.put(e.getKey(), e.getValue().asText());
                    }
                });
            }
        }
        digits = strings(node.get("digits"), "matching.digits", false);
        if (!digits.isEmpty() && digits.size() != 10) {
            problem("matching.digits", "must list the ten words for 0 to 9, or be left out; it has " + digits.size());
            digits = List.of();
        }
        fillers = strings(node.get("fillers"), "matching.fillers", false);
        stopwords = strings(node.get("stopwords"), "matching.stopwords", false);
        intensifiers = strings(node.get("intensifiers"), "matching.intensifiers", false);
        for (String word : concat(digits, fillers, stopwords, intensifiers)) {
            if (!isWords(word)) {
                problem("matching", "'" + word + "' must be lowercase words");
            }
        }
        return new TextNormalizer(forms, rewrites, digits, fillers, stopwords, intensifiers);
    }

    private Map<String, SlotList> lists(JsonNode node) {
        Map<String, SlotList> lists = new LinkedHashMap<>();
        if (!requireMapping(node, "lists")) {
            return lists;
        }
        node.fields().forEachRemaining(list -> {
            String where = "lists." + list.getKey();
            if (!list.getKey().matches("[a-z][a-z0-9_]*")) {
                problem(where, "list names are lowercase letters, digits and _");
            }
            if (!requireMapping(list.getValue(), where)) {
                return;
            }
            Map<String, List<SentenceTemplate>> values = new LinkedHashMap<>();
            list.getValue().fields().forEachRemaining(value -> {
                String valueWhere = where + "." + value.getKey();
                List<SentenceTemplate> phrasings = new ArrayList<>();
                for (Located located : templates(value.getValue(), valueWhere)) {
                    phrasings.add(located.template());
                }
                if (phrasings.isEmpty()) {
                    problem(valueWhere, "has no phrasings");
                }
                values.put(value.getKey(), phrasings);
            });
            lists.put(list.getKey(), new SlotList(list.getKey(), values));
        });
        return lists;
    }

    private Map<String, SentenceTemplate> rules(JsonNode node) {
        Map<String, SentenceTemplate> rules = new LinkedHashMap<>();
        if (node == null) {
            return rules;
        }
        if (!requireMapping(node, "expansion_rules")) {
            return rules;
        }
        node.fields().forEachRemaining(rule -> {
            String where = "expansion_rules." + rule.getKey();
            if (!rule.getKey().matches("[a-z][a-z0-9_]*")) {
                problem(where, "rule names are lowercase letters, digits and _");
            }
            if (!rule.getValue().isTextual()) {
                problem(where, "must be one template (a text)");
                return;
            }
            SentenceTemplate template = parse(rule.getValue().asText(), where);
            if (template != null) {
                rules.put(rule.getKey(), template);
            }
        });
        return rules;
    }

    private Map<String, List<IntentSentences>> intents(JsonNode node) {
        Map<String, List<IntentSentences>> intents = new LinkedHashMap<>();
        if (!requireMapping(node, "intents")) {
            return intents;
        }
        node.fields().forEachRemaining(intent -> {
            String where = "intents." + intent.getKey();
            List<IntentSentences> groups = new ArrayList<>();
            if (!intent.getValue().isArray()) {
                problem(where, "must be a list of sentences, or of {sentences, slots} groups");
                intents.put(intent.getKey(), groups);
                return;
            }
            List<Located> plain = new ArrayList<>();
            int i = 0;
            for (JsonNode item : intent.getValue()) {
                String itemWhere = where + "[item " + (++i) + "]";
                if (item.isTextual()) {
                    SentenceTemplate template = parse(item.asText(), itemWhere);
                    if (template != null) {
                        plain.add(new Located(itemWhere, item.asText(), template));
                    }
                } else if (item.isObject()) {
                    groups.add(group(item, itemWhere));
                } else {
                    problem(itemWhere, "must be a sentence or a {sentences, slots} group");
                }
            }
            if (!plain.isEmpty()) {
                groups.add(0, new IntentSentences(where, plain, Map.of()));
            }
            intents.put(intent.getKey(), groups);
        });
        return intents;
    }

    private IntentSentences group(JsonNode item, String where) {
        for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("sentences") && !name.equals("slots")) {
                problem(where, "unknown field '" + name + "' (known: sentences, slots)");
            }
        }
        List<Located> sentences = templates(item.get("sentences"), where + ".sentences");
        if (sentences.isEmpty()) {
            problem(where + ".sentences", "is missing or empty");
        }
        Map<String, String> slots = new LinkedHashMap<>();
        JsonNode slotNode = item.get("slots");
        if (slotNode != null) {
            if (!slotNode.isObject()) {
                problem(where + ".slots", "must be a mapping of slot: value");
            } else {
                slotNode.fields().forEachRemaining(slot -> {
                    if (slot.getValue().isTextual() && !slot.getValue().asText().isBlank()) {
                        slots.put(slot.getKey(), slot.getValue().asText());
                    } else {
                        problem(where + ".slots." + slot.getKey(), "must be a value id (a text)");
                    }
                });
            }
        }
        return new IntentSentences(where, sentences, slots);
    }

    private Map<String, List<Located>> keywords(JsonNode node) {
        Map<String, List<Located>> keywords = new LinkedHashMap<>();
        if (node == null || !requireMapping(node, "keywords")) {
            return keywords;
        }
        node.fields().forEachRemaining(intent -> keywords.put(intent.getKey(),
                templates(intent.getValue(), "keywords." + intent.getKey())));
        return keywords;
    }

    private Map<String, Map<String, Located>> responses(JsonNode node) {
        Map<String, Map<String, Located>> responses = new LinkedHashMap<>();
        if (!requireMapping(node, "responses")) {
            return responses;
        }
        node.fields().forEachRemaining(intent -> {
            String where = "responses." + intent.getKey();
            Map<String, Located> variants = new LinkedHashMap<>();
            JsonNode value = intent.getValue();
            if (value.isTextual()) {
                variants.put(SentenceFile.SINGLE, response(value, where));
            } else if (value.isObject()) {
                value.fields().forEachRemaining(v -> variants.put(v.getKey(), response(v.getValue(), where + "." + v.getKey())));
            } else {
                problem(where, "must be a text, or a mapping of case: text");
            }
            variants.values().removeIf(Objects::isNull);
            responses.put(intent.getKey(), variants);
        });
        return responses;
    }

    private Located response(JsonNode node, String where) {
        if (!node.isTextual() || node.asText().isBlank()) {
            problem(where, "must be a non-empty text");
            return null;
        }
        return new Located(where, node.asText().strip(), null);
    }

    private List<String> examples(JsonNode node) {
        List<String> examples = strings(node, "examples", true);
        if (node != null && examples.isEmpty()) {
            problem("examples", "is empty");
        }
        return examples;
    }

    private List<Located> templates(JsonNode node, String where) {
        List<Located> templates = new ArrayList<>();
        if (node == null) {
            return templates;
        }
        if (node.isTextual()) {
            SentenceTemplate template = parse(node.asText(), where);
            if (template != null) {
                templates.add(new Located(where, node.asText(), template));
            }
            return templates;
        }
        if (!node.isArray()) {
            problem(where, "must be a list of sentences");
            return templates;
        }
        int i = 0;
        for (JsonNode item : node) {
            String itemWhere = where + "[item " + (++i) + "]";
            if (!item.isTextual()) {
                problem(itemWhere, "must be a text");
                continue;
            }
            SentenceTemplate template = parse(item.asText(), itemWhere);
            if (template != null) {
                templates.add(new Located(itemWhere, item.asText(), template));
            }
        }
        return templates;
    }

    private SentenceTemplate parse(String text, String where) {
        try {
            return SentenceTemplate.parse(text);
        } catch (TemplateSyntaxException e) {
            problem(where, e.getMessage());
            return null;
        }
    }

    private List<String> strings(JsonNode node, String where, boolean required) {
        List<String> strings = new ArrayList<>();
        if (node == null) {
            if (required) {
                problem(where, "is missing");
            }
            return strings;
        }
        if (!node.isArray()) {
            problem(where, "must be a list of texts");
            return strings;
        }
        int i = 0;
        for (JsonNode item : node) {
            i++;
            if (item.isTextual() && !item.asText().isBlank()) {
                strings.add(item.asText().strip());
            } else {
                problem(where + "[item " + i + "]", "must be a non-empty text");
            }
        }
        return strings;
    }

    private String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            problem(where, value == null ? "is missing" : "must be a text");
            return null;
        }
        return value.asText().strip();
    }

    private boolean requireMapping(JsonNode node, String where) {
        if (node == null) {
            problem(where, "is missing");
            return false;
        }
        if (!node.isObject()) {
            problem(where, "must be a mapping");
            return false;
        }
        return true;
    }

    private static boolean isWords(String text) {
        return text.strip().matches("[\\p{Ll}]+( [\\p{Ll}]+)*");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private void problem(String where, String what) {
        problems.add(fileName + ": " + (where.isEmpty() ? "" : "at " + where + ", ") + what);
    }
}
