package app.sala.voice;

import app.sala.answers.Answers;
import app.sala.answers.Choice;
import app.sala.answers.Reply;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Spoken requests from audio to answer: opens a listening session on the language's model
 * with the assistant's phrases as grammar, and turns the transcript into a reply. The
 * microphone stream and the upload API use the same path. Only intent names and timings are
 * logged: never audio, never the words.
 */
@Service
public class VoiceService {

    private static final Logger log = LoggerFactory.getLogger(VoiceService.class);
    /** Sentences nearest to each recognizer's reading that a second listen chooses from. */
    private static final int CANDIDATES = 10;

    private final SpeechModels models;
    private final Assistant assistant;
    private final Answers answers;
    private final VoiceInterpreter interpreter;
    private final RecognitionProperties properties;
    private final Map<String, Grammar> grammars = new ConcurrentHashMap<>();
    private final UsageFigures usage;

    public VoiceService(SpeechModels models, Assistant assistant, Answers answers, VoiceInterpreter interpreter,
                        RecognitionProperties properties, UsageFigures usage) {
        this.usage = usage;
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
            log.info("Voice ready in {}: {} phrases, warmed up in {} ms", language, grammars.get(language) == null ? 0
                    : grammars.get(language).phrases().size(), (System.nanoTime() - start) / 1_000_000);
        }
        models.quietenVosk();
    }

    /** Voice is offered in a language with both a speech model and sentences to understand. */
    public boolean listens(String language) {
        return models.listens(language) && assistant.languages().contains(language);
    }

    public List<String> languages() {
        return models.languages().stream().filter(this::listens).toList();
    }

    /**
     * @throws VoiceUnavailableException when the language has no model or no sentences
     */
    public ListeningSession open(String language) {
        if (!listens(language)) {
            throw new VoiceUnavailableException(language);
        }
        SpeechModel model = models.model(language).orElseThrow(() -> new VoiceUnavailableException(language));
        Grammar grammar = grammars.computeIfAbsent(language, code -> Grammar.of(assistant.grammarPhrases(code)));
        return new ListeningSession(model, grammar, properties.maxUtteranceSeconds());
    }

    /**
     * Ends the utterance and answers it: acts on what was meant, asks which of a few readings
     * was meant, or says it did not understand ({@link VoiceInterpreter}).
     */
    public VoiceReply answer(String language, ListeningSession session, String exerciseId, long startNanos) {
        Hearing hearing = hear(language, session, false);
        long decideStart = System.nanoTime();
        Decision decision = interpreter.decide(hearing.readings());
        Reply reply = switch (decision.outcome()) {
            case ACT -> answers.reply(language, decision.best().best().understanding(), exerciseId);
            case ASK -> answers.ask(language, decision.candidates().stream().map(c -> c.best().intent()).toList(), exerciseId);
            case NOT_UNDERSTOOD -> answers.reply(language, Understanding.unknown(), exerciseId);
        };
        long decisionMillis = (hearing.decisionNanos() + System.nanoTime() - decideStart) / 1_000_000;
        Transcript transcript = hearing.transcript();
        String heard = decision.outcome() == Decision.Outcome.ACT ? decision.best().best().heard() : transcript.text();
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
        return VoiceReply.of(heard, round(score), reply);
    }

    /**
     * Ends the utterance and weighs what was heard, without deciding. When the first readings
     * are not sure (or {@code alwaysListenAgain}, for measuring the cut-offs), the session
     * listens again to the same audio for only the sentences nearest to what either recognizer
     * heard.
     */
    public Hearing hear(String language, ListeningSession session, boolean alwaysListenAgain) {
        Transcript transcript = session.finish();
        long start = System.nanoTime();
        List<Reading> first = interpreter.readings(language, transcript);
        long decisionNanos = System.nanoTime() - start;
        List<Reading> again = List.of();
        long againNanos = -1;
        if (!transcript.isSilent() && (alwaysListenAgain || !interpreter.sure(first))) {
            long againStart = System.nanoTime();
            Heard heard = listenAgain(language, session, transcript);
            againNanos = System.nanoTime() - againStart;
            long weighStart = System.nanoTime();
            again = heard.isEmpty() ? List.of() : interpreter.againReadings(language, transcript, heard);
            decisionNanos += System.nanoTime() - weighStart;
        }
        return new Hearing(transcript, first, again, decisionNanos, againNanos);
    }

    /** The second listen's reading when it is one of the candidates, else nothing. */
    private Heard listenAgain(String language, ListeningSession session, Transcript transcript) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.addAll(assistant.nearestSentences(language, transcript.grammar().text().replace(Heard.UNKNOWN_WORD, " "),
                CANDIDATES));
        candidates.addAll(assistant.nearestSentences(language, transcript.free().text(), CANDIDATES));
        if (candidates.isEmpty()) {
            return Heard.nothing();
        }
        try {
            Heard again = session.listenAgain(Grammar.of(List.copyOf(candidates)));
            return candidates.contains(again.text()) ? again : Heard.nothing();
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
