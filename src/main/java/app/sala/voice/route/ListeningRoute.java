package app.sala.voice.route;

import app.sala.answers.Answers;
import app.sala.bridge.BridgedSentences;
import app.sala.bridge.PhoneticBridge;
import app.sala.recognition.Grammar;
import app.sala.recognition.Heard;
import app.sala.recognition.SpeechModel;
import app.sala.recognition.Transcript;
import app.sala.understanding.Assistant;
import app.sala.understanding.Understanding;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * How one language is heard: on its own speech model with its own sentences, or on another
 * language's model through the phonetic bridge. Through the bridge the recognizer hears the
 * model's words for the language's sounds; they stay as heard (their confidences and times are
 * the evidence) and are matched against the sentences by sound ({@link BridgedSentences}), then
 * shown and understood in the language's words.
 */
public final class ListeningRoute {

    /** Sound matches looked at per meaning wanted: one meaning has many sentences. */
    private static final int NEAR_PER_MEANING = 6;

    private final String language;
    private final SpeechModel model;
    private final Grammar grammar;
    private final SentenceMatcher matcher;
    private final PhoneticBridge bridge;
    private final BridgedSentences sentences;
    private final ForeignWords foreign;

    private ListeningRoute(String language, SpeechModel model, Grammar grammar, SentenceMatcher matcher,
                           PhoneticBridge bridge, BridgedSentences sentences, ForeignWords foreign) {
        this.foreign = foreign;
        this.language = language;
        this.model = model;
        this.grammar = grammar;
        this.matcher = matcher;
        this.bridge = bridge;
        this.sentences = sentences;
    }

    /**
     * @param foreignWords words of other languages in the sentences that the model cannot hear as
     *                     written, each in the model's words ("español" as another language's
     *                     bridge says it); they are read back as the word
     */
    public static ListeningRoute direct(Assistant assistant, String language, SpeechModel model,
                                        Map<String, List<String>> foreignWords) {
        ForeignWords foreign = new ForeignWords(foreignWords);
        return new ListeningRoute(language, model, Grammar.of(assistant.grammarPhrases(language).stream()
                .map(foreign::respell).distinct().toList()), SentenceMatcher.of(assistant, language), null, null, foreign);
    }

    public static ListeningRoute bridged(Assistant assistant, String language, SpeechModel model, PhoneticBridge bridge,
                                  BridgedSentences sentences) {
        return new ListeningRoute(language, model, Grammar.of(sentences.phrases()),
                new BridgedMatcher(assistant, language, bridge, sentences), bridge, sentences, new ForeignWords(Map.of()));
    }

    public String language() {
        return language;
    }

    public SpeechModel model() {
        return model;
    }

    public Grammar grammar() {
        return grammar;
    }

    public SentenceMatcher matcher() {
        return matcher;
    }

    public boolean bridged() {
        return bridge != null;
    }

    /** The language of the model's own words: the language itself, or the one the bridge speaks into. */
    public String modelLanguage() {
        return model.language();
    }

    /**
     * The transcript the decision weighs. Through the bridge free mode heard the model's
     * language, not this one: it has nothing to give here and is left out.
     */
    public Transcript forDecision(Transcript heard) {
        if (bridge == null) {
            return foreign.isEmpty() ? heard
                    : new Transcript(foreign.restore(heard.grammar()), heard.free(), heard.seconds(), heard.loudness());
        }
        return new Transcript(heard.grammar(), Heard.nothing(), heard.seconds(), heard.loudness());
    }

    /** A grammar of only these sentences of the language, for listening again; null when none can be said. */
    public Grammar grammarOf(Collection<String> candidates) {
        if (bridge == null) {
            return Grammar.of(candidates.stream().map(foreign::respell).distinct().toList());
        }
        List<String> bridged = candidates.stream().map(sentences::bridged).filter(Objects::nonNull).toList();
        return bridged.isEmpty() ? null : Grammar.of(bridged);
    }

    /**
     * A second listen's words when they are one of the sentences asked for, else nothing.
     * Through the bridge grammar mode still strings the candidates' words together, so the
     * words count when the sentence they sound nearest to is one of the candidates.
     */
    public Heard oneOf(Heard again, Collection<String> candidates) {
        if (again.isEmpty()) {
            return again;
        }
        if (bridge == null) {
            Heard restored = foreign.restore(again);
            return candidates.contains(restored.text()) ? restored : Heard.nothing();
        }
        String sentence = sentences.nearest(List.of(again.text().split(" ")), 1).stream().map(BridgedSentences.Near::sentence)
                .findFirst().orElse(null);
        return sentence != null && candidates.contains(sentence) ? again : Heard.nothing();
    }

    /** The sentences nearest to what either recognizer heard, for listening again among them. */
    public Set<String> nearestSentences(Assistant assistant, Transcript transcript, int count) {
        Set<String> candidates = new LinkedHashSet<>();
        if (bridge == null) {
            candidates.addAll(assistant.nearestSentences(language, matcher.text(transcript.grammar()), count));
            candidates.addAll(assistant.nearestSentences(language, transcript.free().text(), count));
        } else if (!transcript.grammar().isEmpty()) {
            List<String> words = List.of(transcript.grammar().text().split(" "));
            sentences.nearest(words, count).forEach(near -> candidates.add(near.sentence()));
        }
        return candidates;
    }

    /** What the visitor sees of what was heard. */
    public String shown(Transcript transcript) {
        return bridge == null ? transcript.text() : matcher.text(transcript.grammar());
    }

    /** Words heard so far, to show while the visitor speaks. */
    public String shownWhileSpeaking(String partial) {
        if (partial == null) {
            return null;
        }
        return bridge == null ? foreign.restore(new Heard(partial, List.of())).text() : bridge.readBackText(partial);
    }

    /** The matcher for words heard through the bridge. */
    private record BridgedMatcher(Assistant assistant, String language, PhoneticBridge bridge,
                                  BridgedSentences sentences) implements SentenceMatcher {

        /** Only what the bridge is trusted with, and emergencies; anything else is not understood. */
        private Understanding trusted(Understanding understanding) {
            return understanding.intent().isUnknown() || Answers.isEmergency(understanding.intent())
                    || bridge.listensFor(understanding.intent().name()) ? understanding : Understanding.unknown();
        }

        @Override
        public List<Understanding> nearestReadings(Heard heard, int count) {
            List<String> words = heard.words().isEmpty() ? List.of(heard.text().split(" "))
                    : heard.words().stream().map(w -> w.word()).toList();
            Map<String, Understanding> byMeaning = new LinkedHashMap<>();
            for (BridgedSentences.Near near : sentences.nearest(words, count * NEAR_PER_MEANING)) {
                Understanding sentence = trusted(assistant.exactly(language, near.sentence()));
                if (!sentence.intent().isUnknown() && byMeaning.size() < count) {
                    byMeaning.putIfAbsent(sentence.intent().name() + new TreeMap<>(sentence.intent().slots()),
                            new Understanding(sentence.intent(), Understanding.Source.TEMPLATE, near.sentence(),
                                    near.similarity()));
                }
            }
            return List.copyOf(byMeaning.values());
        }

        @Override
        public Understanding exactly(Heard run) {
            String sentence = sentences.sentence(run.text());
            return sentence == null ? Understanding.unknown() : trusted(assistant.exactly(language, sentence));
        }

        @Override
        public Understanding understand(Heard heard) {
            return trusted(assistant.understand(language, text(heard)));
        }

        @Override
        public Understanding snap(Heard heard) {
            List<Understanding> nearest = nearestReadings(heard, 1);
            return nearest.isEmpty() ? Understanding.unknown() : nearest.get(0);
        }

        @Override
        public String text(Heard heard) {
            return bridge.readBackText(heard.text());
        }
    }
}
