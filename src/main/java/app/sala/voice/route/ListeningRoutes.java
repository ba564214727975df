package app.sala.voice.route;

import app.sala.bridge.BridgedSentences;
import app.sala.bridge.PhoneticBridge;
import app.sala.bridge.PhoneticBridges;
import app.sala.recognition.SpeechModel;
import app.sala.recognition.models.SpeechModels;
import app.sala.understanding.Assistant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Which route each language is heard by, built once per language: its own speech model, or the
 * phonetic bridge into another language's model. Staff see which in health.
 */
@Service
public class ListeningRoutes {

    private static final Logger log = LoggerFactory.getLogger(ListeningRoutes.class);

    private final SpeechModels models;
    private final Assistant assistant;
    private final PhoneticBridges bridges;
    private final Map<String, ListeningRoute> routes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> bridgeProblems = new ConcurrentHashMap<>();

    public ListeningRoutes(SpeechModels models, Assistant assistant, PhoneticBridges bridges) {
        this.models = models;
        this.assistant = assistant;
        this.bridges = bridges;
    }

    /**
     * Voice is offered in a language with sentences to understand and a speech model: its own,
     * or the model its phonetic bridge speaks into. A real model wins over the bridge.
     */
    public boolean listens(String language) {
        return assistant.languages().contains(language) && (models.listens(language) || bridgeModel(language).isPresent());
    }

    public List<String> languages() {
        return assistant.languages().stream().filter(this::listens).toList();
    }

    /** Whether a language is heard through the phonetic bridge rather than a model of its own. */
    public boolean bridged(String language) {
        return !models.listens(language) && listens(language);
    }

    /**
     * How each language with voice is heard, for staff: its own model, or the bridge into
     * another language's model (with the sentences it cannot say, if any).
     */
    public Map<String, String> howHeard() {
        Map<String, String> how = new LinkedHashMap<>();
        for (String language : languages()) {
            if (!bridged(language)) {
                how.put(language, "its own speech model");
            } else {
                ListeningRoute route = route(language).orElseThrow();
                List<String> problems = bridgeProblems.getOrDefault(language, List.of());
                how.put(language, "the phonetic bridge into the " + route.modelLanguage() + " model ("
                        + route.grammar().phrases().size() + " phrases" + (problems.isEmpty() ? ""
                        : ", " + problems.size() + " sentences cannot be said: see the log") + ")");
            }
        }
        return how;
    }

    /** The sentences the bridge could not respell in the model's words, by language (empty once all can). */
    public Map<String, List<String>> bridgeProblems() {
        return Map.copyOf(bridgeProblems);
    }

    private Optional<SpeechModel> bridgeModel(String language) {
        return bridges.bridge(language).flatMap(bridge -> models.model(bridge.model()));
    }

    /** The route a language is heard by, built on first use; empty when it has no voice. */
    public Optional<ListeningRoute> route(String language) {
        if (!listens(language)) {
            return Optional.empty();
        }
        return Optional.of(routes.computeIfAbsent(language, code -> {
            Optional<SpeechModel> own = models.model(code);
            if (own.isPresent()) {
                return ListeningRoute.direct(assistant, code, own.get(), foreignWords(code, own.get()));
            }
            PhoneticBridge bridge = bridges.bridge(code).orElseThrow();
            SpeechModel model = bridgeModel(code).orElseThrow();
            BridgedSentences sentences = BridgedSentences.of(bridge, assistant.grammarPhrases(code), model::knows,
                    word -> assistant.isCommonWord(code, word));
            if (!sentences.problems().isEmpty()) {
                bridgeProblems.put(code, sentences.problems());
                log.warn("The {} bridge cannot respell {} of {} sentences in the words of the {} model; they are not"
                                + " heard (not understood): {}", code, sentences.problems().size(),
                        assistant.grammarPhrases(code).size(), model.language(), sentences.problems());
            }
            return ListeningRoute.bridged(assistant, code, model, bridge, sentences);
        }));
    }

    /**
     * Words of another language in this language's sentences ("español" in English) that the
     * model does not know, each as that language's bridge into this model says it: Vosk would
     * drop them from the grammar, so a Spanish speaker could not say "español" at an English
     * screen. Only words of the other language's own sentences count.
     */
    private Map<String, List<String>> foreignWords(String language, SpeechModel model) {
        Map<String, List<String>> foreign = new LinkedHashMap<>();
        Set<String> words = new TreeSet<>();
        assistant.grammarPhrases(language).forEach(phrase -> words.addAll(List.of(phrase.split(" "))));
        for (String other : assistant.languages()) {
            Optional<PhoneticBridge> bridge = bridges.bridge(other).filter(b -> b.model().equals(model.language()));
            if (other.equals(language) || bridge.isEmpty()) {
                continue;
            }
            Set<String> theirs = new HashSet<>();
            assistant.grammarPhrases(other).forEach(phrase -> theirs.addAll(List.of(phrase.split(" "))));
            for (String word : words) {
                if (theirs.contains(word) && !model.knows(word)) {
                    try {
                        List<String> sounds = bridge.get().respell(word);
                        if (sounds.stream().allMatch(model::knows)) {
                            foreign.put(word, sounds);
                        }
                    } catch (IllegalArgumentException e) {
                        log.debug("{} cannot be respelled for the {} model: {}", word, model.language(), e.getMessage());
                    }
                }
            }
        }
        if (!foreign.isEmpty()) {
            log.info("Voice in {}: {} words of other languages said as their bridges say them: {}", language,
                    foreign.size(), foreign.keySet());
        }
        return foreign;
    }

    /**
     * Every route has checked its phrases against its model's words: the word lists go (one
     * read per model), and from now on Vosk reports only its errors, or each microphone tap would
     * repeat the list of words it dropped.
     */
    public void warmedUp() {
        routes.values().forEach(route -> route.model().forgetVocabulary());
        models.quietenVosk();
    }
}
