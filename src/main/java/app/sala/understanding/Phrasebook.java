package app.sala.understanding;

import app.sala.content.CareSetting;
import app.sala.content.Condition;
import app.sala.content.Exercise;
import app.sala.content.LanguagePack;
import app.sala.sentences.Expansion;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import app.sala.sentences.SentenceFile;
import app.sala.sentences.SentenceFile.IntentSentences;
import app.sala.sentences.SentenceFile.Located;
import app.sala.sentences.SentenceTemplate;
import app.sala.sentences.SlotList;
import app.sala.sentences.TemplateExpander;
import app.sala.sentences.TemplateSyntaxException;
import app.sala.sentences.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One language's sentence file, expanded and checked against the content: every sentence
 * the templates stand for (the phrase list for Vosk's grammar mode), the matcher that snaps
 * text to them, and the finder for slot values and keywords in free questions.
 */
final class Phrasebook {

    /** The most sentences one language may expand to: Vosk's grammar mode has to stay quick. */
    static final int MAX_EXPANSIONS = 50_000;

    private final SentenceFile file;
    private final TextNormalizer normalizer;
    private final List<Expansion> expansions;
    private final List<String> grammarPhrases;
    private final PhraseSnapper snapper;
    private final MentionFinder mentions;

    private Phrasebook(SentenceFile file, List<Expansion> expansions, PhraseSnapper snapper) {
        this.file = file;
        this.normalizer = file.normalizer();
        this.expansions = List.copyOf(expansions);
        this.grammarPhrases = expansions.stream().map(Expansion::text).distinct().toList();
        this.snapper = snapper;
        this.mentions = new MentionFinder(normalizer::isIntensifier);
    }

    String language() {
        return file.language();
    }

    SentenceFile file() {
        return file;
    }

    TextNormalizer normalizer() {
        return normalizer;
    }

    List<Expansion> expansions() {
        return expansions;
    }

    List<String> grammarPhrases() {
        return grammarPhrases;
    }

    PhraseSnapper snapper() {
        return snapper;
    }

    MentionFinder mentions() {
        return mentions;
    }

    /**
     * Expands and checks a sentence file; problems are added to the list (each naming the file
     * and the place) and the result is null when the file cannot be used.
     *
     * @param pack      the content in the file's language
     * @param languages the codes of every language Sala has content in
     */
    static Phrasebook compile(SentenceFile file, LanguagePack pack, Set<String> languages, List<String> problems) {
        int before = problems.size();
        Check check = new Check(file, problems);
        check.lists(pack, languages);
        TemplateExpander expander = new TemplateExpander(file.lists(), file.rules(), MAX_EXPANSIONS);
        for (Map.Entry<String, SentenceTemplate> rule : file.rules().entrySet()) {
            try {
                expander.expand(rule.getValue());
            } catch (TemplateSyntaxException e) {
                check.problem("expansion_rules." + rule.getKey(), e.getMessage());
            }
        }
        List<Expansion> expansions = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (String intent : file.intents().keySet()) {
            if (!IntentContract.intents().contains(intent)) {
                check.problem("intents." + intent, "'" + intent + "' is not an intent of the contract (known: "
                        + IntentContract.intents() + ")");
                continue;
            }
            if (intent.equals(Intent.UNKNOWN)) {
                check.problem("intents." + intent, "'unknown' is what Sala answers when nothing matched; it has no sentences");
                continue;
            }
            for (IntentSentences group : file.intents().get(intent)) {
                check.fixedSlots(group);
                for (Located sentence : group.sentences()) {
                    try {
                        for (TemplateExpander.Phrase phrase : expander.expand(sentence.template())) {
                            Map<String, String> slots = new LinkedHashMap<>(group.slots());
                            for (Map.Entry<String, String> slot : phrase.slots().entrySet()) {
                                if (slots.put(slot.getKey(), slot.getValue()) != null) {
                                    throw new TemplateSyntaxException("the slot {" + slot.getKey()
                                            + "} is both fixed for the group and taken from a list", sentence.text());
                                }
                            }
                            check.slots(String.join(" ", phrase.words()), intent, slots);
                            expansions.add(new Expansion(phrase.words(), intent, slots));
                            origins.add(sentence.where());
                        }
                    } catch (TemplateSyntaxException e) {
                        check.problem(sentence.where(), e.getMessage());
                    }
                    if (expansions.size() > MAX_EXPANSIONS) {
                        check.problem("intents", "the sentences expand to more than " + MAX_EXPANSIONS
                                + "; Vosk's grammar mode needs a shorter phrase list");
                        return null;
                    }
                }
            }
        }
        for (String intent : IntentContract.intents()) {
            if (!intent.equals(Intent.UNKNOWN) && !file.intents().containsKey(intent)) {
                check.problem("intents", "intent '" + intent + "' has no sentences");
            }
        }
        LinkedHashMap<String, Expansion> comparable = check.distinctMeanings(expansions, origins);
        if (problems.size() > before) {
            return null;
        }
        Phrasebook book = new Phrasebook(file, expansions, new PhraseSnapper(file.normalizer(), comparable));
        check.mentions(book, expander);
        return problems.size() > before ? null : book;
    }

    /** The checks of one file, with its name and the problem list at hand. */
    private static final class Check {

        private final SentenceFile file;
        private final List<String> problems;
        private final Map<String, Set<String>> allowedValues = new HashMap<>();

        Check(SentenceFile file, List<String> problems) {
            this.file = file;
            this.problems = problems;
        }

        void problem(String where, String what) {
            problems.add(file.fileName() + ": at " + where + ", " + what);
        }

        void lists(LanguagePack pack, Set<String> languages) {
            List<String> exerciseIds = pack.exercises().items().stream().map(Exercise::id).toList();
            List<String> settingIds = pack.care().settings().stream().map(CareSetting::id).toList();
            List<String> conditionIds = pack.care().settings().stream()
                    .flatMap(s -> s.conditions().stream()).map(Condition::id).toList();
            expect(IntentContract.TARGET, IntentContract.TARGETS, "the screens Sala can go to");
            expect(IntentContract.FACT, IntentContract.FACTS, "the facts of an exercise");
            expect(IntentContract.CHOICE, IntentContract.CHOICES, "the choices of \"Did you mean…?\"");
            expect(IntentContract.EXERCISE, exerciseIds, "the exercises in the content (exercises.items)");
            expect(IntentContract.SETTING, settingIds, "the care settings in the content (care.settings)");
            expect(IntentContract.CONDITION, conditionIds, "the conditions in the content (care.settings[].conditions)");
            expect(IntentContract.LANGUAGE, List.copyOf(new TreeSet<>(languages)), "the languages Sala has content in");
            for (String list : file.lists().keySet()) {
                if (!IntentContract.LISTS.contains(list)) {
                    problem("lists." + list, "'" + list + "' is not a slot of any intent (known: " + IntentContract.LISTS + ")");
                }
            }
        }

        /** A list must name exactly the expected values: every one of them, and nothing else. */
        private void expect(String listName, List<String> expected, String what) {
            allowedValues.put(listName, new LinkedHashSet<>(expected));
            SlotList list = file.lists().get(listName);
            if (list == null) {
                problem("lists", "the list '" + listName + "' is missing; it gives the phrasings of " + what);
                return;
            }
            for (String value : list.values().keySet()) {
                if (!expected.contains(value)) {
                    problem("lists." + listName + "." + value, "'" + value + "' is not one of " + what + ": " + expected);
                }
            }
            for (String value : expected) {
                if (!list.values().containsKey(value)) {
                    problem("lists." + listName, "'" + value + "' has no phrasings; every one of " + what
                            + " needs at least one");
                }
            }
        }

        void fixedSlots(IntentSentences group) {
            group.slots().forEach((slot, value) -> {
                Set<String> allowed = allowedValues.get(slot);
                if (allowed != null && !allowed.contains(value)) {
                    problem(group.where() + ".slots." + slot, "'" + value + "' is not a value of the list '" + slot
                            + "': " + allowed);
                }
            });
        }

        void slots(String sentence, String intent, Map<String, String> slots) {
            Set<String> allowed = IntentContract.SLOTS.get(intent);
            for (String slot : slots.keySet()) {
                if (!allowed.contains(slot)) {
                    throw new TemplateSyntaxException("intent '" + intent + "' has no slot '" + slot + "' (its slots: "
                            + (allowed.isEmpty() ? "none" : allowed) + ")", sentence);
                }
            }
            for (String slot : IntentContract.REQUIRED.getOrDefault(intent, Set.of())) {
                if (!slots.containsKey(slot)) {
                    throw new TemplateSyntaxException("a sentence of '" + intent + "' does not fill the slot '" + slot + "'",
                            sentence);
                }
            }
            if (intent.equals(Intent.WHERE_TO_GO) && !slots.containsKey(IntentContract.SETTING)
                    && !slots.containsKey(IntentContract.CONDITION)) {
                throw new TemplateSyntaxException("a sentence of 'where_to_go' names neither a {setting} nor a {condition}",
                        sentence);
            }
        }

        /**
         * One comparable form per meaning: two sentences that normalise alike but mean different
         * things would make the snap a coin toss, so that is a problem to fix in the file.
         */
        LinkedHashMap<String, Expansion> distinctMeanings(List<Expansion> expansions, List<String> origins) {
            LinkedHashMap<String, Expansion> byForm = new LinkedHashMap<>();
            Map<String, String> originByForm = new HashMap<>();
            Set<String> reported = new HashSet<>();
            for (int i = 0; i < expansions.size(); i++) {
                Expansion expansion = expansions.get(i);
                // Through the same steps as what is heard, rewrites included ("headache" is "head ache").
                String form = String.join(" ", file.normalizer().tokens(expansion.text()));
                if (form.isEmpty()) {
                    problem(origins.get(i), "'" + expansion.text() + "' is only filler words; nothing is left to match");
                    continue;
                }
                Expansion existing = byForm.putIfAbsent(form, expansion);
                if (existing != null && !PhraseSnapper.meaning(existing).equals(PhraseSnapper.meaning(expansion))
                        && reported.add(form)) {
                    problem(origins.get(i), "'" + expansion.text() + "' means " + PhraseSnapper.meaning(expansion)
                            + " but '" + existing.text() + "' (" + originByForm.get(form) + ") reads the same and means "
                            + PhraseSnapper.meaning(existing));
                }
                originByForm.putIfAbsent(form, origins.get(i));
            }
            return byForm;
        }

        /** Slot phrasings and keywords, for free questions; each must keep a word that is not common. */
        void mentions(Phrasebook book, TemplateExpander expander) {
            TextNormalizer normalizer = file.normalizer();
            file.lists().forEach((listName, list) -> list.values().forEach((value, phrasings) -> {
                for (SentenceTemplate phrasing : phrasings) {
                    addMentions(book, expander, normalizer, "lists." + listName + "." + value, listName, value, phrasing);
                }
            }));
            file.keywords().forEach((intent, keywords) -> {
                if (!IntentContract.intents().contains(intent) || intent.equals(Intent.UNKNOWN)
                        || !(IntentContract.takesNoSlots(intent) || IntentContract.asksAboutASetting(intent))) {
                    problem("keywords." + intent, "keywords are for the intents without slots, and for the questions"
                            + " about a care setting (found beside the setting's name), not '" + intent + "'");
                    return;
                }
                for (Located keyword : keywords) {
                    addMentions(book, expander, normalizer, keyword.where(), Assistant.KEYWORD, intent, keyword.template());
                }
            });
        }

        private void addMentions(Phrasebook book, TemplateExpander expander, TextNormalizer normalizer, String where,
                                 String listName, String value, SentenceTemplate phrasing) {
            try {
                for (TemplateExpander.Phrase phrase : expander.expand(phrasing)) {
                    String text = String.join(" ", phrase.words());
                    List<String> key = normalizer.keyTokens(normalizer.tokens(text));
                    if (key.isEmpty()) {
                        problem(where, "'" + text + "' has only common words (fillers or stopwords); it cannot be found in a question");
                        continue;
                    }
                    String clash = book.mentions.add(listName, value, key, text);
                    if (clash != null) {
                        problem(where, "'" + text + "' reads the same as " + clash + " once common words and word endings are"
                                + " dropped");
                    }
                }
            } catch (TemplateSyntaxException e) {
                problem(where, e.getMessage());
            }
        }
    }
}
