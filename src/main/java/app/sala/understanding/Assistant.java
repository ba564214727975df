package app.sala.understanding;

import app.sala.content.CareGuide;
import app.sala.content.CareSetting;
import app.sala.content.ContentCatalog;
import app.sala.content.Exercise;
import app.sala.content.Language;
import app.sala.content.YamlFiles;
import app.sala.content.YamlFiles.LanguageFile;
import app.sala.sentences.Expansion;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import app.sala.sentences.ResponseContract;
import app.sala.sentences.SentenceFile;
import app.sala.sentences.SentenceFileReader;
import app.sala.sentences.SentenceProperties;
import app.sala.sentences.TextNormalizer;
import app.sala.understanding.MentionFinder.Mention;
import app.sala.understanding.PhraseSnapper.Snap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Understands what a visitor says or types, and answers it, in each language that has a
 * sentence file. Sentences, slot phrasings, keywords and answers are data
 * ({@code assistant/<code>.yaml}); this service expands and checks them at startup and then:
 * <ul>
 *   <li>{@link #snap} maps a recognizer's grammar-mode text to the nearest template sentence,
 *       or to unknown when it is not close;</li>
 *   <li>{@link #understand} takes free text (typed, or a recognizer's free mode): any
 *       emergency condition first, then a question about a place of care (which may name the
 *       ER without being an emergency), the ER named, the template sentences, then slot values
 *       and keywords found anywhere in the text, else unknown;</li>
 *   <li>{@link #reply} writes the answer from the content and says which screen to open.</li>
 * </ul>
 * It never guesses: when two meanings are about as likely, or nothing is close, the answer is
 * unknown. An emergency condition is never answered with urgent or primary care.
 */
@Service
public class Assistant {

    /** The list name under which keyword phrasings are kept in the mention finder. */
    static final String KEYWORD = "keyword";
    /** Keyword-only answers need their keywords to make up at least this share of the words. */
    static final double MIN_KEYWORD_COVERAGE = 0.5;

    private static final Logger log = LoggerFactory.getLogger(Assistant.class);
    private static final String UNHEARD = "[unk]";
    private static final int NEAREST_PER_MEANING = 4;
    /** The care guide, where the places of care are compared. */
    private static final String CARE_TARGET = "care";

    private final ContentCatalog catalog;
    private final Map<String, Phrasebook> books;

    public Assistant(ContentCatalog catalog, SentenceProperties properties, ResourcePatternResolver resolver) {
        this.catalog = catalog;
        this.books = load(properties.location(), resolver);
        log.info("Sentences loaded from {}: {}", properties.location(), books.values().stream()
                .map(b -> b.language() + " " + b.grammarPhrases().size() + " phrases")
                .collect(Collectors.joining(", ")));
    }

    private Map<String, Phrasebook> load(String location, ResourcePatternResolver resolver) {
        List<String> problems = new ArrayList<>();
        Set<String> contentLanguages = catalog.languages().stream().map(Language::code)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Phrasebook> loaded = new LinkedHashMap<>();
        for (LanguageFile found : YamlFiles.find(location, "sentence files", resolver, problems)) {
            String fileName = found.name();
            String code = found.language();
            SentenceFile file = SentenceFileReader.read(found, problems);
            if (file == null) {
                continue;
            }
            if (file.language() != null && !file.language().equals(code)) {
                problems.add(fileName + ": at language, '" + file.language() + "' but the file is named for '" + code + "'");
                continue;
            }
            if (!catalog.speaks(code)) {
                problems.add(fileName + ": Sala has no content in '" + code + "' (content languages: " + contentLanguages
                        + "); add content/" + code + ".yaml first");
                continue;
            }
            ResponseContract.check(file, problems);
            Phrasebook book = Phrasebook.compile(file, catalog.pack(Locale.forLanguageTag(code)), contentLanguages, problems);
            if (book != null) {
                loaded.put(code, book);
            }
        }
        if (problems.isEmpty()) {
            Map<String, Phrasebook> ordered = new LinkedHashMap<>();
            contentLanguages.stream().filter(loaded::containsKey).forEach(code -> ordered.put(code, loaded.get(code)));
            checkExamples(ordered, problems);
            if (problems.isEmpty()) {
                contentLanguages.stream().filter(code -> !ordered.containsKey(code)).forEach(code -> log.warn(
                        "No sentence file for '{}' in {}: the assistant does not understand that language", code, location));
                return ordered;
            }
        }
        throw new AssistantException(problems);
    }

    /** The examples shown to visitors must themselves be understood, or they would teach the wrong thing. */
    private void checkExamples(Map<String, Phrasebook> books, List<String> problems) {
        books.forEach((code, book) -> {
            List<String> examples = book.file().examples();
            for (int i = 0; i < examples.size(); i++) {
                if (understand(book, examples.get(i)).intent().isUnknown()) {
                    problems.add(book.file().fileName() + ": at examples[item " + (i + 1) + "], '" + examples.get(i)
                            + "' is not understood; say it the way a sentence in intents does");
                }
            }
        });
    }

    /** The languages the assistant understands, the default first. */
    public Set<String> languages() {
        return books.keySet();
    }

    /**
     * Every sentence of the templates, lowercase words only, no duplicates: the phrase list
     * for Vosk's grammar mode. Computed once at startup.
     */
    public List<String> grammarPhrases(String lang) {
        return book(lang).grammarPhrases();
    }

    /**
     * Whether a word is one of the language's common words (stopwords and fillers, as the
     * sentence file lists them): they count half when what was heard is compared with a sentence.
     */
    public boolean isCommonWord(String lang, String word) {
        TextNormalizer normalizer = book(lang).normalizer();
        List<String> tokens = normalizer.tokens(word);
        return tokens.isEmpty() || tokens.stream().allMatch(normalizer::isLight);
    }

    /** The ids of the exercises a question can be about (the same in every language). */
    public List<String> exerciseIds() {
        return catalog.pack(catalog.defaultLocale()).exercises().items().stream().map(Exercise::id).toList();
    }

    /** Things a visitor can say, for the help list. */
    public List<String> examples(String lang) {
        return book(lang).file().examples();
    }

    /**
     * For text from a recognizer in grammar mode: the nearest template sentence when it is
     * close and unambiguous; unknown for anything else, including text with "[unk]" in it.
     */
    public Understanding snap(String lang, String text) {
        Phrasebook book = book(lang);
        if (text == null || text.contains(UNHEARD)) {
            return Understanding.unknown();
        }
        return snapped(book, book.normalizer().tokens(text)).orElse(Understanding.unknown());
    }

    /** The sentences nearest to a text, nearest first, however far (for listening again). */
    public List<String> nearestSentences(String lang, String text, int count) {
        Phrasebook book = book(lang);
        if (text == null) {
            return List.of();
        }
        return book.snapper().nearestPhrases(book.normalizer().tokens(text), count);
    }

    /**
     * The readings nearest to a recognizer's text, one per meaning, nearest first, however far,
     * each scored by its similarity (0..1): what Sala weighs, and may offer, when it is unsure.
     */
    public List<Understanding> nearestReadings(String lang, String text, int count) {
        Phrasebook book = book(lang);
        if (text == null || count <= 0) {
            return List.of();
        }
        CareGuide care = catalog.pack(Locale.forLanguageTag(book.language())).care();
        Map<String, Understanding> readings = new LinkedHashMap<>();
        // A meaning has many sentences: look further than the count to find that many meanings.
        for (PhraseSnapper.Snap snap : book.snapper().nearest(book.normalizer().tokens(text.replace(UNHEARD, " ")),
                count * NEAREST_PER_MEANING)) {
            if (readings.size() < count) {
                readings.putIfAbsent(PhraseSnapper.meaning(snap.expansion()), new Understanding(
                        withContentSetting(care, snap.expansion().toIntent()), Understanding.Source.TEMPLATE,
                        snap.phrase(), snap.similarity()));
            }
        }
        return List.copyOf(readings.values());
    }

    /**
     * The sentence a recognizer's words are, word for word once normalised, or unknown: for
     * finding a request among words Vosk fitted onto the room before and after it.
     */
    public Understanding exactly(String lang, String text) {
        Phrasebook book = book(lang);
        if (text == null || text.contains(UNHEARD)) {
            return Understanding.unknown();
        }
        Expansion expansion = book.snapper().exactly(book.normalizer().tokens(text));
        if (expansion == null) {
            return Understanding.unknown();
        }
        CareGuide care = catalog.pack(Locale.forLanguageTag(book.language())).care();
        return new Understanding(withContentSetting(care, expansion.toIntent()), Understanding.Source.TEMPLATE,
                expansion.text(), 1.0);
    }

    /**
     * For free text (typed, or a recognizer's free mode): an emergency condition anywhere in it
     * first, then a question about a place of care, the ER named, the nearest template sentence,
     * then slot values and keywords found in it, else unknown.
     */
    public Understanding understand(String lang, String text) {
        return understand(book(lang), text);
    }

    private Understanding understand(Phrasebook book, String text) {
        TextNormalizer normalizer = book.normalizer();
        List<String> tokens = normalizer.tokens(text == null ? "" : text.replace(UNHEARD, " "));
        if (tokens.isEmpty()) {
            return Understanding.unknown();
        }
        List<String> keyTokens = normalizer.keyTokens(tokens);
        Optional<Understanding> emergency = emergencyCondition(book, keyTokens);
        if (emergency.isPresent()) {
            return emergency.get();
        }
        // A question about a place ("is urgent care cheaper than the ER?", "what is the ER for?")
        // names the ER without being an emergency: it is answered before the ER named alone counts.
        Optional<Understanding> template = snapped(book, tokens);
        return template.filter(t -> IntentContract.asksAboutASetting(t.intent().name()))
                .or(() -> settingQuestion(book, keyTokens))
                .or(() -> emergencyPlace(book, keyTokens))
                .or(() -> template)
                .or(() -> keywords(book, keyTokens))
                .orElse(Understanding.unknown());
    }

    /** The sentence file of a language: its lists, responses and examples. */
    public SentenceFile sentenceFile(String lang) {
        return book(lang).file();
    }

    /** The expanded sentences of a language, for tests and measurements. */
    Phrasebook phrasebook(String lang) {
        return book(lang);
    }

    private Phrasebook book(String lang) {
        Phrasebook book = lang == null ? null : books.get(lang);
        if (book == null) {
            throw new IllegalArgumentException("the assistant does not understand '" + lang + "'; it understands "
                    + books.keySet());
        }
        return book;
    }

    /** An ER condition named anywhere, overlaps included: "knee to chest pain" still has chest pain in it. */
    private Optional<Understanding> emergencyCondition(Phrasebook book, List<String> keyTokens) {
        CareGuide care = catalog.pack(Locale.forLanguageTag(book.language())).care();
        return book.mentions().all(keyTokens).stream()
                .filter(m -> m.list().equals(IntentContract.CONDITION)
                        && care.settingFor(m.value()).map(CareSetting::isEmergency).orElse(true))
                .min(Comparator.comparingInt(Mention::start))
                .map(m -> emergencyUnderstanding(m, m.value()));
    }

    /** The ER itself named, where no longer phrasing covers it: "atención de urgencia" is not "urgencias". */
    private Optional<Understanding> emergencyPlace(Phrasebook book, List<String> keyTokens) {
        return book.mentions().longest(keyTokens).stream()
                .filter(m -> m.list().equals(IntentContract.SETTING) && m.value().equals(CareSetting.EMERGENCY))
                .findFirst()
                .map(m -> emergencyUnderstanding(m, null));
    }

    private static Understanding emergencyUnderstanding(Mention mention, String conditionId) {
        Map<String, String> slots = new HashMap<>();
        slots.put(IntentContract.SETTING, CareSetting.EMERGENCY);
        if (conditionId != null) {
            slots.put(IntentContract.CONDITION, conditionId);
        }
        return new Understanding(new Intent(Intent.WHERE_TO_GO, slots), Understanding.Source.EMERGENCY,
                mention.phrasing(), 1.0);
    }

    /**
     * A question about the places of care outside the sentences: a place named with the
     * keywords of such a question ("how much", "cheaper"; "what kind of"). One place is asked
     * about; several are compared, which the cost answer does for all of them, and the care
     * guide for what each is for.
     */
    private Optional<Understanding> settingQuestion(Phrasebook book, List<String> keyTokens) {
        List<Mention> found = book.mentions().longest(keyTokens);
        Set<String> settings = values(found, IntentContract.SETTING);
        Set<String> asked = values(found, KEYWORD).stream().filter(IntentContract::asksAboutASetting)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (settings.isEmpty() || asked.isEmpty()) {
            return Optional.empty();
        }
        // "How much is the ER, and what is it for?" is first of all about money.
        String intent = asked.contains(Intent.CARE_COST) ? Intent.CARE_COST : asked.iterator().next();
        List<Mention> evidence = found.stream().filter(m -> m.list().equals(IntentContract.SETTING)
                || (m.list().equals(KEYWORD) && m.value().equals(intent))).toList();
        String phrase = evidence.stream().map(Mention::phrasing).collect(Collectors.joining(" + "));
        Intent question;
        if (settings.size() == 1) {
            question = new Intent(intent, Map.of(IntentContract.SETTING, settings.iterator().next()));
        } else if (IntentContract.REQUIRED.getOrDefault(intent, Set.of()).contains(IntentContract.SETTING)) {
            question = new Intent(Intent.NAVIGATE, Map.of(IntentContract.TARGET, CARE_TARGET));
        } else {
            question = new Intent(intent, Map.of());
        }
        return Optional.of(new Understanding(question, Understanding.Source.KEYWORDS, phrase, coverage(evidence, keyTokens)));
    }

    private Optional<Understanding> snapped(Phrasebook book, List<String> tokens) {
        Snap snap = book.snapper().nearest(tokens);
        if (snap == null || !snap.accepted()) {
            return Optional.empty();
        }
        Intent intent = snap.expansion().toIntent();
        // A question about a place must name one: "how much does it cost" is not "how much does the ER cost".
        if (IntentContract.asksAboutASetting(intent.name()) && intent.slot(IntentContract.SETTING) != null
                && values(book.mentions().longest(book.normalizer().keyTokens(tokens)), IntentContract.SETTING).isEmpty()) {
            return Optional.empty();
        }
        CareGuide care = catalog.pack(Locale.forLanguageTag(book.language())).care();
        return Optional.of(new Understanding(withContentSetting(care, intent),
                Understanding.Source.TEMPLATE, snap.phrase(), snap.similarity()));
    }

    /**
     * Free questions: the slot values and keywords mentioned anywhere. A condition decides the
     * answer; then an exercise (with a fact, if one is asked); then a fact, a care setting, a
     * language, a screen, a keyword. Two different values of one kind mean unknown.
     */
    private Optional<Understanding> keywords(Phrasebook book, List<String> keyTokens) {
        List<Mention> found = book.mentions().longest(keyTokens);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CareGuide care = catalog.pack(Locale.forLanguageTag(book.language())).care();
        List<Mention> conditions = of(found, IntentContract.CONDITION);
        if (!conditions.isEmpty()) {
            // The most serious place any of them needs; the content lists settings from least to most serious.
            Mention chosen = conditions.stream()
                    .max(Comparator.comparingInt((Mention m) -> seriousness(care, m.value()))
                            .thenComparing(Comparator.comparingInt(Mention::start).reversed()))
                    .orElseThrow();
            Map<String, String> slots = Map.of(IntentContract.CONDITION, chosen.value());
            return keywordUnderstanding(care, Intent.WHERE_TO_GO, slots, conditions, keyTokens);
        }
        Set<String> exercises = values(found, IntentContract.EXERCISE);
        Set<String> facts = values(found, IntentContract.FACT);
        if (exercises.size() > 1 || facts.size() > 1) {
            return Optional.empty();
        }
        if (exercises.size() == 1) {
            if (facts.isEmpty() && aboutSomethingElse(book, found, keyTokens)) {
                return Optional.empty();
            }
            Map<String, String> slots = new HashMap<>(Map.of(IntentContract.EXERCISE, exercises.iterator().next()));
            facts.forEach(f -> slots.put(IntentContract.FACT, f));
            return keywordUnderstanding(care, facts.isEmpty() ? Intent.OPEN_EXERCISE : Intent.EXERCISE_FACT, slots,
                    found, keyTokens);
        }
        // Without a content word to anchor them, these need to make up most of what was said.
        List<String[]> kinds = List.of(
                new String[] {IntentContract.FACT, Intent.EXERCISE_FACT},
                new String[] {IntentContract.SETTING, Intent.WHERE_TO_GO},
                new String[] {IntentContract.LANGUAGE, Intent.SET_LANGUAGE},
                new String[] {IntentContract.TARGET, Intent.NAVIGATE},
                new String[] {KEYWORD, null});
        // Keywords of a question about a place count only beside the place (settingQuestion).
        found = found.stream().filter(m -> !m.list().equals(KEYWORD) || IntentContract.takesNoSlots(m.value())).toList();
        for (String[] kind : kinds) {
            Set<String> values = values(found, kind[0]);
            if (values.size() > 1) {
                return Optional.empty();
            }
            if (values.size() == 1) {
                String value = values.iterator().next();
                List<Mention> evidence = of(found, kind[0]);
                if (coverage(evidence, keyTokens) < MIN_KEYWORD_COVERAGE) {
                    return Optional.empty();
                }
                return kind[1] == null
                        ? keywordUnderstanding(care, value, Map.of(), evidence, keyTokens)
                        : keywordUnderstanding(care, kind[1], Map.of(kind[0], value), evidence, keyTokens);
            }
        }
        return Optional.empty();
    }

    /**
     * An exercise named among words the sentences never use is talk about something else: "the
     * traffic on the bridge was terrible" is not "show me the bridge", while "how long do I
     * hold the bridge" is about the exercise.
     */
    private static boolean aboutSomethingElse(Phrasebook book, List<Mention> found, List<String> keyTokens) {
        int known = 0;
        int unknown = 0;
        for (int i = 0; i < keyTokens.size(); i++) {
            int at = i;
            if (found.stream().noneMatch(m -> m.start() <= at && at < m.end())) {
                if (book.snapper().knows(keyTokens.get(i))) {
                    known++;
                } else {
                    unknown++;
                }
            }
        }
        return unknown >= 2 && unknown > known;
    }

    private static Optional<Understanding> keywordUnderstanding(CareGuide care, String intent, Map<String, String> slots,
                                                                List<Mention> evidence, List<String> keyTokens) {
        String phrase = evidence.stream().map(Mention::phrasing).collect(Collectors.joining(" + "));
        return Optional.of(new Understanding(withContentSetting(care, new Intent(intent, slots)),
                Understanding.Source.KEYWORDS, phrase, coverage(evidence, keyTokens)));
    }

    private static List<Mention> of(List<Mention> found, String list) {
        return found.stream().filter(m -> m.list().equals(list)).toList();
    }

    private static Set<String> values(List<Mention> found, String list) {
        return of(found, list).stream().map(Mention::value).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static double coverage(List<Mention> evidence, List<String> keyTokens) {
        return keyTokens.isEmpty() ? 0 : evidence.stream().mapToInt(Mention::length).sum() / (double) keyTokens.size();
    }

    private static int seriousness(CareGuide care, String conditionId) {
        return care.settingFor(conditionId).map(s -> care.settings().indexOf(s)).orElse(Integer.MAX_VALUE);
    }

    /**
     * where_to_go names the setting the content gives the condition, whatever the sentence
     * said: "should I go to urgent care for chest pain" still gets the ER.
     */
    public static Intent withContentSetting(CareGuide care, Intent intent) {
        String condition = intent.slot(IntentContract.CONDITION);
        if (!intent.name().equals(Intent.WHERE_TO_GO) || condition == null) {
            return intent;
        }
        String setting = care.settingFor(condition).map(CareSetting::id).orElse(CareSetting.EMERGENCY);
        Map<String, String> slots = new HashMap<>(intent.slots());
        slots.put(IntentContract.SETTING, setting);
        return new Intent(intent.name(), slots);
    }
}
