package app.sala.sentences;

import app.sala.content.YamlFiles.LanguageFile;
import app.sala.sentences.SentenceFile.IntentSentences;
import app.sala.sentences.SentenceFile.Located;
import app.sala.sentences.SentenceFileYaml.IntentItem;
import app.sala.sentences.SentenceFileYaml.Matching;
import app.sala.sentences.SentenceFileYaml.Response;
import app.sala.sentences.SentenceFileYaml.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads one sentence file into a {@link SentenceFile}: the YAML bound to
 * {@link SentenceFileYaml}, then every value checked and every template parsed. Every
 * problem is reported with the file and the place in it (for example
 * {@code en.yaml: at intents.navigate[item 2], '[' is never closed ...}); the result is null
 * when the file cannot be used at all.
 */
public final class SentenceFileReader {

    private static final String NAME = "[a-z][a-z0-9_]*";

    private final String fileName;
    private final List<String> problems;

    private SentenceFileReader(String fileName, List<String> problems) {
        this.fileName = fileName;
        this.problems = problems;
    }

    public static SentenceFile read(LanguageFile file, List<String> problems) {
        SentenceFileYaml yaml = file.read(SentenceFileYaml.class, problems);
        return yaml == null ? null : new SentenceFileReader(file.name(), problems).check(yaml);
    }

    private SentenceFile check(SentenceFileYaml yaml) {
        return new SentenceFile(fileName, text(yaml.language(), "language"), normalizer(yaml.matching()),
                lists(yaml.lists()), rules(yaml.expansionRules()), intents(yaml.intents()), keywords(yaml.keywords()),
                responses(yaml.responses(), "responses"), responses(yaml.choices(), "choices"), examples(yaml.examples()));
    }

    private TextNormalizer normalizer(Matching matching) {
        if (matching == null) {
            problem("matching", "is missing");
            return new TextNormalizer(WordForms.NONE, Map.of(), List.of(), List.of(), List.of(), List.of());
        }
        WordForms forms = WordForms.NONE;
        String formsName = text(matching.wordForms(), "matching.word_forms");
        if (formsName != null) {
            try {
                forms = WordForms.valueOf(formsName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem("matching.word_forms", "'" + formsName + "' is not one of english, spanish, none");
            }
        }
        Map<String, String> rewrites = new LinkedHashMap<>();
        orEmpty(matching.rewrites()).forEach((word, words) -> {
            if (words == null || !isWords(words)) {
                problem("matching.rewrites." + word, "must be lowercase words");
            } else {
                rewrites.put(word, words);
            }
        });
        List<String> digits = strings(matching.digits(), "matching.digits", false);
        if (!digits.isEmpty() && digits.size() != 10) {
            problem("matching.digits", "must list the ten words for 0 to 9, or be left out; it has " + digits.size());
            digits = List.of();
        }
        List<String> fillers = strings(matching.fillers(), "matching.fillers", false);
        List<String> stopwords = strings(matching.stopwords(), "matching.stopwords", false);
        List<String> intensifiers = strings(matching.intensifiers(), "matching.intensifiers", false);
        Stream.of(digits, fillers, stopwords, intensifiers).flatMap(List::stream).filter(word -> !isWords(word))
                .forEach(word -> problem("matching", "'" + word + "' must be lowercase words"));
        return new TextNormalizer(forms, rewrites, digits, fillers, stopwords, intensifiers);
    }

    private Map<String, SlotList> lists(Map<String, Map<String, Texts>> yaml) {
        Map<String, SlotList> lists = new LinkedHashMap<>();
        required(yaml, "lists").forEach((name, values) -> {
            String where = "lists." + name;
            if (!name.matches(NAME)) {
                problem(where, "list names are lowercase letters, digits and _");
            }
            if (values == null) {
                problem(where, "is missing");
                return;
            }
            Map<String, List<SentenceTemplate>> phrasings = new LinkedHashMap<>();
            values.forEach((value, texts) -> {
                List<SentenceTemplate> templates = templates(texts, where + "." + value).stream().map(Located::template).toList();
                if (templates.isEmpty()) {
                    problem(where + "." + value, "has no phrasings");
                }
                phrasings.put(value, templates);
            });
            lists.put(name, new SlotList(name, phrasings));
        });
        return lists;
    }

    private Map<String, SentenceTemplate> rules(Map<String, String> yaml) {
        Map<String, SentenceTemplate> rules = new LinkedHashMap<>();
        orEmpty(yaml).forEach((name, text) -> {
            String where = "expansion_rules." + name;
            if (!name.matches(NAME)) {
                problem(where, "rule names are lowercase letters, digits and _");
            }
            if (text == null) {
                problem(where, "must be one template (a text)");
                return;
            }
            Located rule = located(text, where);
            if (rule != null) {
                rules.put(name, rule.template());
            }
        });
        return rules;
    }

    private Map<String, List<IntentSentences>> intents(Map<String, List<IntentItem>> yaml) {
        Map<String, List<IntentSentences>> intents = new LinkedHashMap<>();
        required(yaml, "intents").forEach((intent, items) -> {
            String where = "intents." + intent;
            List<IntentSentences> groups = new ArrayList<>();
            intents.put(intent, groups);
            if (items == null) {
                problem(where, "must be a list of sentences, or of {sentences, slots} groups");
                return;
            }
            List<Located> plain = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String itemWhere = where + "[item " + (i + 1) + "]";
                IntentItem item = items.get(i);
                if (item == null) {
                    problem(itemWhere, "must be a sentence or a {sentences, slots} group");
                } else if (item.sentence() != null) {
                    plain.add(located(item.sentence(), itemWhere));
                } else {
                    groups.add(group(item, itemWhere));
                }
            }
            plain.removeIf(Objects::isNull);
            if (!plain.isEmpty()) {
                groups.add(0, new IntentSentences(where, plain, Map.of()));
            }
        });
        return intents;
    }

    private IntentSentences group(IntentItem item, String where) {
        List<Located> sentences = item.sentences() == null ? List.of() : templates(item.sentences(), where + ".sentences");
        if (sentences.isEmpty()) {
            problem(where + ".sentences", "is missing or empty");
        }
        Map<String, String> slots = new LinkedHashMap<>();
        orEmpty(item.slots()).forEach((slot, value) -> {
            if (value == null || value.isBlank()) {
                problem(where + ".slots." + slot, "must be a value id (a text)");
            } else {
                slots.put(slot, value);
            }
        });
        return new IntentSentences(where, sentences, slots);
    }

    private Map<String, List<Located>> keywords(Map<String, Texts> yaml) {
        Map<String, List<Located>> keywords = new LinkedHashMap<>();
        orEmpty(yaml).forEach((intent, texts) -> keywords.put(intent, templates(texts, "keywords." + intent)));
        return keywords;
    }

    /** The texts of one intent each, with cases: the responses, and the labels of the choices. */
    private Map<String, Map<String, Located>> responses(Map<String, Response> yaml, String section) {
        Map<String, Map<String, Located>> responses = new LinkedHashMap<>();
        required(yaml, section).forEach((intent, response) -> {
            String where = section + "." + intent;
            Map<String, Located> variants = new LinkedHashMap<>();
            if (response == null) {
                problem(where, "must be a text, or a mapping of case: text");
            } else if (response.text() != null) {
                variants.put(SentenceFile.SINGLE, response(response.text(), where));
            } else {
                response.cases().forEach((variant, text) -> variants.put(variant, response(text, where + "." + variant)));
            }
            variants.values().removeIf(Objects::isNull);
            responses.put(intent, variants);
        });
        return responses;
    }

    private Located response(String text, String where) {
        if (text == null || text.isBlank()) {
            problem(where, "must be a non-empty text");
            return null;
        }
        return new Located(where, text.strip(), null);
    }

    private List<String> examples(List<String> yaml) {
        List<String> examples = strings(yaml, "examples", true);
        if (yaml != null && examples.isEmpty()) {
            problem("examples", "is empty");
        }
        return examples;
    }

    /** The parsed templates of one text or a list of texts; a single text is located without an item number. */
    private List<Located> templates(Texts texts, String where) {
        List<Located> templates = new ArrayList<>();
        if (texts == null) {
            problem(where, "must be a list of sentences");
            return templates;
        }
        for (int i = 0; i < texts.items().size(); i++) {
            String itemWhere = texts.one() ? where : where + "[item " + (i + 1) + "]";
            if (texts.items().get(i) == null) {
                problem(itemWhere, "must be a text");
            } else {
                templates.add(located(texts.items().get(i), itemWhere));
            }
        }
        templates.removeIf(Objects::isNull);
        return templates;
    }

    /** The text parsed as a template, or null after reporting why it cannot be. */
    private Located located(String text, String where) {
        try {
            return new Located(where, text, SentenceTemplate.parse(text));
        } catch (TemplateSyntaxException e) {
            problem(where, e.getMessage());
            return null;
        }
    }

    private List<String> strings(List<String> yaml, String where, boolean required) {
        List<String> strings = new ArrayList<>();
        if (yaml == null && required) {
            problem(where, "is missing");
        }
        for (int i = 0; yaml != null && i < yaml.size(); i++) {
            if (yaml.get(i) == null || yaml.get(i).isBlank()) {
                problem(where + "[item " + (i + 1) + "]", "must be a non-empty text");
            } else {
                strings.add(yaml.get(i).strip());
            }
        }
        return strings;
    }

    private String text(String value, String where) {
        if (value == null || value.isBlank()) {
            problem(where, value == null ? "is missing" : "must be a text");
            return null;
        }
        return value.strip();
    }

    private <K, V> Map<K, V> required(Map<K, V> map, String where) {
        if (map == null) {
            problem(where, "is missing");
        }
        return orEmpty(map);
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static boolean isWords(String text) {
        return text.strip().matches("[\\p{Ll}]+( [\\p{Ll}]+)*");
    }

    private void problem(String where, String what) {
        problems.add(fileName + ": at " + where + ", " + what);
    }
}
