package app.sala.voice;

import app.sala.answers.Answers;
import app.sala.answers.Choice;
import app.sala.answers.Reply;
import app.sala.bridge.BridgedSentences;
import app.sala.bridge.PhoneticBridge;
import app.sala.bridge.PhoneticBridges;
import app.sala.recognition.Grammar;
import app.sala.recognition.Heard;
import app.sala.recognition.ListeningSession;
import app.sala.recognition.RecognitionProperties;
import app.sala.recognition.SpeechAudio;
import app.sala.recognition.SpeechModel;
import app.sala.recognition.SpeechModels;
import app.sala.recognition.Transcript;
import app.sala.recognition.UploadedWav;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import app.sala.understanding.Assistant;
import app.sala.understanding.Understanding;
import app.sala.usage.UsageFigures;
import app.sala.voice.route.ListeningRoute;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Spoken requests from audio to answer: opens a listening session on the language's model
 * with the assistant's phrases as grammar (or, for a language without a model of its own, on
 * another model through the phonetic bridge: {@link ListeningRoute}), and turns the transcript
 * into a reply. The microphone stream and the upload API use the same path. Only intent names
 * and timings are logged: never audio, never the words.
 */
@Service
public class VoiceService {

    private static final Logger log = LoggerFactory.getLogger(VoiceService.class);
    /** Sentences nearest to each recognizer's reading that a second listen chooses from. */
    private static final int CANDIDATES = 10;
    /** An English reading this strong at a Spanish screen (through the bridge) says the visitor spoke English. */
    private static final double OTHER_LANGUAGE_SCORE = 0.3;

    private final SpeechModels models;
    private final Assistant assistant;
    private final Answers answers;
    private final VoiceInterpreter interpreter;
    private final RecognitionProperties properties;
    private final PhoneticBridges bridges;
    private final Map<String, ListeningRoute> routes = new ConcurrentHashMap<>();
    private final Map<String, List<String>> bridgeProblems = new ConcurrentHashMap<>();
    /** The examples shown per language: they depend only on the files, so they are worked out once, not per reply. */
    private final Map<String, List<String>> examples = new ConcurrentHashMap<>();
    private final UsageFigures usage;

    public VoiceService(SpeechModels models, Assistant assistant, Answers answers, VoiceInterpreter interpreter,
                        RecognitionProperties properties, UsageFigures usage, PhoneticBridges bridges) {
        this.usage = usage;
        this.bridges = bridges;
        this.models = models;
        this.assistant = assistant;
        this.answers = answers;
        this.interpreter = interpreter;
        this.properties = properties;
    }

    /**
     * Builds each language's grammar and a first recognizer pair before the first visitor
     * taps: the first decode is the slow one. Vosk names every grammar word its model does not
     * know while this runs (once, in the log); afterwards only its errors are shown, or each
     * microphone tap would repeat the list.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        for (String language : languages()) {
            long start = System.nanoTime();
            try (ListeningSession session = open(language)) {
                session.accept(new byte[SpeechAudio.CHUNK_BYTES]);
                session.finish();
            } catch (RuntimeException e) {
                log.warn("Voice warm-up failed for {}: {}", language, e.getMessage());
            }
            ListeningRoute route = routes.get(language);
            log.info("Voice ready in {}: {} phrases{}, warmed up in {} ms", language,
                    route == null ? 0 : route.grammar().phrases().size(),
                    route != null && route.bridged() ? " said into the " + route.modelLanguage() + " model" : "",
                    (System.nanoTime() - start) / 1_000_000);
        }
        // Every route checked its phrases against its model's words during the warm-up: one read per model.
        routes.values().forEach(route -> route.model().forgetVocabulary());
        models.quietenVosk();
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
     * The examples a visitor is shown to say: through the bridge only those it is trusted with,
     * so the kiosk never suggests a sentence it would answer with "Sorry".
     */
    public List<String> examples(String language) {
        return examples.computeIfAbsent(language, code -> {
            Optional<PhoneticBridge> bridge = bridged(code) ? bridges.bridge(code) : Optional.empty();
            return assistant.examples(code).stream()
                    .filter(example -> bridge.isEmpty() || bridge.get().listensFor(assistant.understand(code, example)
                            .intent().name()))
                    .toList();
        });
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
                ListeningRoute route = route(language);
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

    /**
     * @throws VoiceUnavailableException when the language has no model or no sentences
     */
    public ListeningSession open(String language) {
        ListeningRoute route = route(language);
        return new ListeningSession(route.model(), route.grammar(), properties.maxUtteranceSeconds());
    }

    private ListeningRoute route(String language) {
        if (!listens(language)) {
            throw new VoiceUnavailableException(language);
        }
        return routes.computeIfAbsent(language, code -> {
            Optional<SpeechModel> own = models.model(code);
            if (own.isPresent()) {
                return ListeningRoute.direct(assistant, code, own.get(), foreignWords(code, own.get()));
            }
            PhoneticBridge bridge = bridges.bridge(code).orElseThrow(() -> new VoiceUnavailableException(code));
            SpeechModel model = bridgeModel(code).orElseThrow(() -> new VoiceUnavailableException(code));
            BridgedSentences sentences = BridgedSentences.of(bridge, assistant.grammarPhrases(code), model::knows,
                    word -> assistant.isCommonWord(code, word));
            if (!sentences.problems().isEmpty()) {
                bridgeProblems.put(code, sentences.problems());
                log.warn("The {} bridge cannot respell {} of {} sentences in the words of the {} model; they are not"
                                + " heard (not understood): {}", code, sentences.problems().size(),
                        assistant.grammarPhrases(code).size(), model.language(), sentences.problems());
            }
            return ListeningRoute.bridged(assistant, code, model, bridge, sentences);
        });
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

    /** The decision's cut-offs for a language: through a bridge Sala acts only when surer. */
    public DecisionProperties cutoffs(String language) {
        return bridged(language) ? interpreter.cutoffs().actingAt(Math.max(interpreter.cutoffs().act(), bridges.act()))
                : interpreter.cutoffs();
    }

    /** What the visitor is shown while speaking: the words so far, in the language spoken. */
    public String shownWhileSpeaking(String language, String partial) {
        ListeningRoute route = routes.get(language);
        return route == null ? partial : route.shownWhileSpeaking(partial);
    }

    /**
     * Ends the utterance and answers it: acts on what was meant, asks which of a few readings
     * was meant, or says it did not understand ({@link VoiceInterpreter}).
     */
    public VoiceReply answer(String language, ListeningSession session, String exerciseId, long startNanos) {
        Hearing hearing = hear(language, session, false);
        long decideStart = System.nanoTime();
        Decision decision = VoiceInterpreter.decide(hearing.readings(), cutoffs(language));
        Reply reply = switch (decision.outcome()) {
            case ACT -> answers.reply(language, decision.best().best().understanding(), exerciseId);
            case ASK -> answers.ask(language, decision.candidates().stream().map(c -> c.best().intent()).toList(), exerciseId);
            case NOT_UNDERSTOOD -> answers.reply(language, Understanding.unknown(), exerciseId);
        };
        long decisionMillis = (hearing.decisionNanos() + System.nanoTime() - decideStart) / 1_000_000;
        Transcript transcript = hearing.transcript();
        String heard = decision.outcome() == Decision.Outcome.ACT ? decision.best().best().heard()
                : route(language).shown(transcript);
        double score = decision.best() == null ? 0 : decision.best().score();
        log.info("Voice {}: {} {} ({} s of audio{}, decided in {} ms, answered in {} ms)", language,
                reply.asks() ? "asked" : decision.outcome() == Decision.Outcome.ACT ? "acted" : "not understood",
                reply.asks() ? reply.choices().stream().map(Choice::intent).toList() : reply.intent().name(),
                String.format(Locale.ROOT, "%.1f", transcript.seconds()),
                hearing.againNanos() < 0 ? "" : ", listened again in " + hearing.againNanos() / 1_000_000 + " ms",
                decisionMillis, (System.nanoTime() - startNanos) / 1_000_000);
        usage.countIntent(reply.intent().name());
        if (Intent.SET_LANGUAGE.equals(reply.intent().name())) {
            usage.countLanguage(reply.intent().slot(IntentContract.LANGUAGE));
        }
        return VoiceReply.of(heard, round(score), reply).withExamples(examples(language));
    }

    /**
     * Ends the utterance and weighs what was heard, without deciding. When the first readings
     * are not sure (or {@code alwaysListenAgain}, for measuring the cut-offs), the session
     * listens again to the same audio for only the sentences nearest to what either recognizer
     * heard.
     */
    public Hearing hear(String language, ListeningSession session, boolean alwaysListenAgain) {
        ListeningRoute route = route(language);
        Transcript heardAs = session.finish();
        long start = System.nanoTime();
        Transcript transcript = route.forDecision(heardAs);
        List<Reading> first = interpreter.readings(route.matcher(), transcript);
        boolean otherLanguage = route.bridged() && spokeModelLanguage(route, heardAs);
        if (otherLanguage) {
            first = List.of();
        }
        long decisionNanos = System.nanoTime() - start;
        List<Reading> again = List.of();
        long againNanos = -1;
        boolean sure = VoiceInterpreter.decide(first, cutoffs(language)).outcome() == Decision.Outcome.ACT;
        if (!transcript.isSilent() && !otherLanguage && (alwaysListenAgain || !sure)) {
            long againStart = System.nanoTime();
            Heard heard = listenAgain(route, session, transcript);
            againNanos = System.nanoTime() - againStart;
            long weighStart = System.nanoTime();
            again = heard.isEmpty() ? List.of() : interpreter.againReadings(route.matcher(), transcript, heard);
            decisionNanos += System.nanoTime() - weighStart;
        }
        return new Hearing(transcript, first, again, decisionNanos, againNanos);
    }

    /**
     * Whether free mode heard a request in the model's own language (English at a Spanish
     * screen): speech in the other language is never acted on as a command. It counts when the
     * English reading would be acted on, or is at least {@link #OTHER_LANGUAGE_SCORE} (in babble
     * free mode hears less, and the bridge's grammar still fits the English words to Spanish
     * ones). Switching language is the exception: "English" is a Spanish sentence too, and is
     * left to the Spanish readings.
     */
    private boolean spokeModelLanguage(ListeningRoute route, Transcript heardAs) {
        String other = route.modelLanguage();
        if (!assistant.languages().contains(other) || heardAs.free().words().size() < 2) {
            return false;
        }
        Transcript free = new Transcript(Heard.nothing(), heardAs.free(), heardAs.seconds(), heardAs.loudness());
        Decision decision = interpreter.decide(interpreter.readings(other, free));
        return decision.best() != null && !Intent.SET_LANGUAGE.equals(decision.best().best().intent().name())
                && (decision.outcome() == Decision.Outcome.ACT || decision.best().score() >= OTHER_LANGUAGE_SCORE);
    }

    /** The second listen's reading when it is one of the candidates, else nothing. */
    private Heard listenAgain(ListeningRoute route, ListeningSession session, Transcript transcript) {
        String language = route.language();
        Set<String> candidates = route.nearestSentences(assistant, transcript, CANDIDATES);
        if (candidates.isEmpty()) {
            return Heard.nothing();
        }
        try {
            Grammar grammar = route.grammarOf(candidates);
            return grammar == null ? Heard.nothing() : route.oneOf(session.listenAgain(grammar), candidates);
        } catch (RuntimeException e) {
            // The second listen only adds answers: without it the visitor is asked again.
            log.warn("Could not listen again in {}: {}", language, e.getMessage());
            return Heard.nothing();
        }
    }

    /** A whole WAV file, fed in microphone-sized chunks. */
    public VoiceReply transcribe(String language, byte[] wav) {
        return transcribe(language, wav, null);
    }

    /**
     * A whole WAV file, fed in microphone-sized chunks, said with this exercise on screen (or
     * none): the same context the microphone stream has, so the same audio gets the same answer.
     */
    public VoiceReply transcribe(String language, byte[] wav, String exerciseId) {
        if (!listens(language)) {
            throw new VoiceUnavailableException(language);
        }
        byte[] pcm = UploadedWav.toSpeechPcm(wav, properties.maxUtteranceSeconds());
        long start = System.nanoTime();
        try (ListeningSession session = open(language)) {
            session.acceptRecording(pcm);
            return answer(language, session, exerciseId, start);
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
