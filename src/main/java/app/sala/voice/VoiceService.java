package app.sala.voice;

import app.sala.answers.Answers;
import app.sala.answers.Choice;
import app.sala.answers.Reply;
import app.sala.bridge.PhoneticBridge;
import app.sala.bridge.PhoneticBridges;
import app.sala.recognition.Grammar;
import app.sala.recognition.Heard;
import app.sala.recognition.ListeningSession;
import app.sala.recognition.RecognitionProperties;
import app.sala.recognition.SpeechAudio;
import app.sala.recognition.Transcript;
import app.sala.recognition.UploadedWav;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import app.sala.understanding.Assistant;
import app.sala.understanding.Understanding;
import app.sala.usage.UsageFigures;
import app.sala.voice.route.ListeningRoute;
import app.sala.voice.route.ListeningRoutes;
import jakarta.annotation.PostConstruct;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    private final Assistant assistant;
    private final Answers answers;
    private final VoiceInterpreter interpreter;
    private final RecognitionProperties properties;
    private final PhoneticBridges bridges;
    private final ListeningRoutes routes;
    /** The examples shown per language: they depend only on the files, so they are worked out once, not per reply. */
    private final Map<String, List<String>> examples = new ConcurrentHashMap<>();
    private final UsageFigures usage;
    private CompletableFuture<Void> warmUp = CompletableFuture.completedFuture(null);

    public VoiceService(ListeningRoutes routes, Assistant assistant, Answers answers, VoiceInterpreter interpreter,
                        RecognitionProperties properties, UsageFigures usage, PhoneticBridges bridges) {
        this.routes = routes;
        this.usage = usage;
        this.bridges = bridges;
        this.assistant = assistant;
        this.answers = answers;
        this.interpreter = interpreter;
        this.properties = properties;
    }

    /**
     * Builds each language's grammar and a first recognizer pair before the first visitor
     * taps: the first decode is the slow one. It runs on a thread of its own from the moment
     * this service exists, while Spring, Vaadin and Tomcat start (it waits for the models,
     * which load on theirs); the application is ready only when it has ended. Vosk names every
     * grammar word its model does not know while this runs (once, in the log); afterwards only
     * its errors are shown, or each microphone tap would repeat the list.
     */
    @PostConstruct
    void warmUpInBackground() {
        warmUp = CompletableFuture.runAsync(this::warmUp, runnable -> {
            Thread thread = new Thread(runnable, "voice-warm-up");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    public void awaitWarmUp() {
        try {
            warmUp.join();
        } catch (CompletionException e) {
            // The kiosk still works by touch; each listening session reports its own failure.
            log.error("Voice warm-up failed", e.getCause());
        }
    }

    private void warmUp() {
        for (String language : languages()) {
            long start = System.nanoTime();
            try (ListeningSession session = open(language)) {
                session.accept(new byte[SpeechAudio.CHUNK_BYTES]);
                session.finish();
            } catch (RuntimeException e) {
                log.warn("Voice warm-up failed for {}: {}", language, e.getMessage());
            }
            Optional<ListeningRoute> route = routes.route(language);
            log.info("Voice ready in {}: {} phrases{}, warmed up in {} ms", language,
                    route.map(r -> r.grammar().phrases().size()).orElse(0),
                    route.filter(ListeningRoute::bridged).map(r -> " said into the " + r.modelLanguage() + " model")
                            .orElse(""),
                    (System.nanoTime() - start) / 1_000_000);
        }
        routes.warmedUp();
    }

    /** Whether a visitor can speak in this language ({@link ListeningRoutes#listens}). */
    public boolean listens(String language) {
        return routes.listens(language);
    }

    public List<String> languages() {
        return routes.languages();
    }

    public boolean bridged(String language) {
        return routes.bridged(language);
    }

    public Map<String, String> howHeard() {
        return routes.howHeard();
    }

    public Map<String, List<String>> bridgeProblems() {
        return routes.bridgeProblems();
    }

    private ListeningRoute route(String language) {
        return routes.route(language).orElseThrow(() -> new VoiceUnavailableException(language));
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
     * @throws VoiceUnavailableException when the language has no model or no sentences
     */
    public ListeningSession open(String language) {
        ListeningRoute route = route(language);
        return new ListeningSession(route.model(), route.grammar(), properties.maxUtteranceSeconds());
    }

    /** The decision's cut-offs for a language: through a bridge Sala acts only when surer. */
    public DecisionProperties cutoffs(String language) {
        return bridged(language) ? interpreter.cutoffs().actingAt(Math.max(interpreter.cutoffs().act(), bridges.act()))
                : interpreter.cutoffs();
    }

    /** What the visitor is shown while speaking: the words so far, in the language spoken. */
    public String shownWhileSpeaking(String language, String partial) {
        return routes.route(language).map(route -> route.shownWhileSpeaking(partial)).orElse(partial);
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
