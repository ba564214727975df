package app.sala.voice;

import app.sala.answers.Answers;
import app.sala.recognition.Heard;
import app.sala.recognition.HeardWord;
import app.sala.recognition.Transcript;
import app.sala.sentences.Intent;
import app.sala.understanding.Assistant;
import app.sala.understanding.Understanding;
import app.sala.voice.Decision.Candidate;
import app.sala.voice.Decision.Outcome;
import app.sala.voice.Reading.Pass;
import app.sala.voice.route.SentenceMatcher;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Decides what an utterance meant: act, ask "Did you mean…?", or not understood. Each
 * recognizer pass gives readings, each scored by the pass's confidence in its words, how close
 * the words are to something Sala understands, and how much they stand out from the room
 * ({@link #readings}); the passes that read the same meaning are combined into one score per
 * meaning ({@link #decide}), which two cut-offs turn into the outcome. An emergency is never
 * passed over: above a low floor it is acted on or offered first, and then nothing else is
 * acted on. The weights below say how much each kind of evidence is worth; the cut-offs
 * ({@link DecisionProperties}) were chosen on a tuning corpus.
 */
@Component
public class VoiceInterpreter {

    /** Readings taken from each pass: the nearest meanings, for the choices when Sala asks. */
    static final int NEAREST = 3;
    /**
     * Noise makes Vosk end an utterance with one long unsure word ("help" in grammar mode), so
     * a single word must be short and very sure to count at all.
     */
    private static final double SINGLE_WORD_CONFIDENCE = 0.9;
    private static final double SINGLE_WORD_MAX_SECONDS = 1.2;
    /**
     * A visitor speaking to the kiosk is louder than the room while speaking; words Vosk fits
     * onto babble or hum are not. At 10 dB SNR speech stands out by about 8 dB, babble by about
     * 0: below the floor the words are the room's; from the floor to "clear" they count more
     * and more.
     */
    private static final double NOISE_FLOOR_DB = 1;
    private static final double CLEAR_DB = 6;
    private static final double LEAST_LOUDNESS_WEIGHT = 0.6;
    /** A similarity this low to the nearest sentence says nothing; from here to 1 it counts linearly. */
    private static final double LEAST_SIMILARITY = 0.4;
    /**
     * The next nearest sentences to the same words are alternatives to the nearest, not more
     * evidence: they are offered when Sala asks, but count half.
     */
    private static final double ALTERNATIVE_WEIGHT = 0.5;
    /** A sentence found inside a longer reading: it may be a coincidence of the words around it. */
    private static final double CONTAINED_WEIGHT = 0.85;
    private static final int CONTAINED_MIN_WORDS = 2;
    /** Keywords found in free words speak for a meaning less than a whole sentence does. */
    private static final double KEYWORD_WEIGHT = 0.8;
    /**
     * An exercise or condition named on its own ("cow", "throwing up") is what grammar mode
     * makes of a short command in noise ("slow down", "turn it up").
     */
    private static final int BARE_NAME_WORDS = 2;
    private static final double BARE_NAME_WEIGHT = 0.6;
    /** Free mode's one or two words are what it makes of noise or of a word half heard. */
    private static final double ONE_FREE_WORD_WEIGHT = 0.5;
    private static final double TWO_FREE_WORDS_WEIGHT = 0.8;
    /**
     * A second listen among a handful of sentences comes back confident even when wrong; when
     * it only repeats the first grammar reading it adds little.
     */
    private static final double REPEATED_WEIGHT = 0.25;

    private final Assistant assistant;
    private final DecisionProperties cutoffs;

    public VoiceInterpreter(Assistant assistant, DecisionProperties cutoffs) {
        this.assistant = assistant;
        this.cutoffs = cutoffs;
    }

    public DecisionProperties cutoffs() {
        return cutoffs;
    }

    /** The readings of the first two passes (grammar and free), unsorted. */
    public List<Reading> readings(String language, Transcript transcript) {
        return readings(SentenceMatcher.of(assistant, language), transcript);
    }

    /** The readings of the first two passes, with the words matched to the sentences by {@code sentences}. */
    public List<Reading> readings(SentenceMatcher sentences, Transcript transcript) {
        List<Reading> readings = new ArrayList<>();
        Heard grammar = transcript.grammar();
        double grammarWeight = weight(transcript, grammar);
        if (grammarWeight > 0) {
            String words = sentences.text(grammar);
            double rank = 1;
            for (Understanding near : sentences.nearestReadings(grammar, NEAREST)) {
                double bare = bareName(near, grammar) ? BARE_NAME_WEIGHT : 1;
                add(readings, near, grammarWeight * fit(near.score()) * bare * rank, Pass.GRAMMAR, words);
                rank = ALTERNATIVE_WEIGHT;
            }
            containedSentences(sentences, transcript, grammar, readings);
            // Grammar mode strings phrase-list words together: what they say as free text counts too
            // ("show me the steps of the bridge", an emergency named among other words).
            Understanding typed = sentences.understand(grammar);
            if (typed.source() != Understanding.Source.TEMPLATE) {
                add(readings, typed, grammarWeight * evidence(typed, grammar) * KEYWORD_WEIGHT, Pass.GRAMMAR, words);
            }
        }
        Heard free = transcript.free();
        double freeWeight = weight(transcript, free) * switch (free.words().size()) {
            case 1 -> ONE_FREE_WORD_WEIGHT;
            case 2 -> TWO_FREE_WORDS_WEIGHT;
            default -> 1.0;
        };
        if (freeWeight > 0) {
            Understanding typed = sentences.understand(free);
            double kind = typed.source() == Understanding.Source.TEMPLATE ? 1 : KEYWORD_WEIGHT;
            add(readings, typed, freeWeight * evidence(typed, free) * kind, Pass.FREE, free.text());
            double rank = 1;
            for (Understanding near : sentences.nearestReadings(free, NEAREST)) {
                add(readings, near, freeWeight * fit(near.score()) * rank, Pass.FREE, free.text());
                rank = ALTERNATIVE_WEIGHT;
            }
        }
        return readings;
    }

    /**
     * In babble grammar mode fits words of its list onto the room before and after the visitor
     * ("thighs show me the knee to chest stretch", "speak faster losing a is"): each run of its
     * words that is a sentence word for word is a reading too (the longest first, none
     * overlapping, so a sentence the room made up beside the visitor's does not hide it),
     * weighed by its own words' confidence and loudness (the visitor's stand out, the room's do
     * not) and by how much of the utterance it is.
     */
    private void containedSentences(SentenceMatcher sentences, Transcript transcript, Heard grammar,
                                    List<Reading> readings) {
        List<HeardWord> words = grammar.words();
        BitSet taken = new BitSet(words.size());
        for (int length = words.size() - 1; length >= CONTAINED_MIN_WORDS; length--) {
            for (int from = 0; from + length <= words.size(); from++) {
                if (!taken.get(from, from + length).isEmpty()) {
                    continue;
                }
                List<HeardWord> run = words.subList(from, from + length);
                Heard part = new Heard(String.join(" ", run.stream().map(HeardWord::word).toList()), run);
                Understanding sentence = sentences.exactly(part);
                if (!sentence.intent().isUnknown()) {
                    double bare = bareName(sentence, part) ? BARE_NAME_WEIGHT : 1;
                    double share = Math.sqrt((double) length / words.size());
                    add(readings, sentence, weight(transcript, part) * share * bare * CONTAINED_WEIGHT, Pass.GRAMMAR,
                            sentences.text(part));
                    taken.set(from, from + length);
                }
            }
        }
    }

    /** The readings of a second listen to the same audio, among the sentences nearest to the first readings. */
    public List<Reading> againReadings(String language, Transcript transcript, Heard again) {
        return againReadings(SentenceMatcher.of(assistant, language), transcript, again);
    }

    /** The readings of a second listen, with the words matched to the sentences by {@code sentences}. */
    public List<Reading> againReadings(SentenceMatcher sentences, Transcript transcript, Heard again) {
        double weight = weight(transcript, again);
        if (weight <= 0 || again.hasUnknownWords()) {
            return List.of();
        }
        if (again.text().equals(transcript.grammar().text())) {
            weight *= REPEATED_WEIGHT;
        }
        List<Reading> readings = new ArrayList<>();
        Understanding snapped = sentences.snap(again);
        double bare = bareName(snapped, again) ? BARE_NAME_WEIGHT : 1;
        add(readings, snapped, weight * fit(snapped.score()) * bare, Pass.AGAIN, sentences.text(again));
        return readings;
    }

    /** Whether the first readings are sure enough that a second listen cannot change the outcome. */
    public boolean sure(List<Reading> readings) {
        Decision decision = decide(readings);
        return decision.outcome() == Outcome.ACT;
    }

    public Decision decide(List<Reading> readings) {
        return decide(readings, cutoffs);
    }

    /**
     * One score per meaning: the strongest reading of each pass, combined as independent
     * evidence (1 - the product of 1 - score). Then: an emergency above its floor is acted on when
     * it is best and sure, else offered first; the best meaning is acted on when it reaches the
     * act cut-off clearly ahead of the next; offered with the next ones when it reaches the ask
     * cut-off; else not understood.
     */
    public static Decision decide(List<Reading> readings, DecisionProperties cutoffs) {
        Map<String, Map<Pass, Reading>> byMeaning = new LinkedHashMap<>();
        for (Reading reading : readings) {
            if (reading.intent().isUnknown() || reading.score() <= 0) {
                continue;
            }
            byMeaning.computeIfAbsent(meaning(reading), k -> new EnumMap<>(Pass.class))
                    .merge(reading.pass(), reading, (a, b) -> b.score() > a.score() ? b : a);
        }
        List<Candidate> candidates = new ArrayList<>();
        byMeaning.values().forEach(passes -> {
            double doubt = 1;
            for (Reading reading : passes.values()) {
                doubt *= 1 - reading.score();
            }
            Reading best = passes.values().stream().max(Comparator.comparingDouble(Reading::score)).orElseThrow();
            candidates.add(new Candidate(best, 1 - doubt));
        });
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        if (candidates.isEmpty()) {
            return Decision.notUnderstood();
        }
        Candidate best = candidates.get(0);
        double next = candidates.size() > 1 ? candidates.get(1).score() : 0;
        Candidate emergency = candidates.stream().filter(c -> c.isEmergency() && c.score() >= cutoffs.emergency())
                .findFirst().orElse(null);
        if (emergency != null) {
            if (emergency == best && best.score() >= cutoffs.emergencyAct()) {
                return new Decision(Outcome.ACT, List.of(best));
            }
            return new Decision(Outcome.ASK, offered(candidates, emergency, cutoffs));
        }
        if (best.score() >= cutoffs.act() && best.score() - next >= cutoffs.margin()) {
            return new Decision(Outcome.ACT, List.of(best));
        }
        if (best.score() >= cutoffs.ask()) {
            return new Decision(Outcome.ASK, offered(candidates, best, cutoffs));
        }
        return Decision.notUnderstood();
    }

    /** The first choice, then the next best that are at least half as likely as an askable one. */
    private static List<Candidate> offered(List<Candidate> candidates, Candidate first, DecisionProperties cutoffs) {
        List<Candidate> offered = new ArrayList<>(List.of(first));
        for (Candidate candidate : candidates) {
            if (offered.size() < Answers.MAX_CHOICES && candidate != first
                    && candidate.score() >= cutoffs.ask() / 2 && !candidate.isEmergency()) {
                offered.add(candidate);
            }
        }
        return offered;
    }

    /** Emergencies are one meaning whichever condition was named: the 911 screen. */
    private static String meaning(Reading reading) {
        return reading.isEmergency() ? "emergency" : reading.intent().name() + new TreeMap<>(reading.intent().slots());
    }

    private static void add(List<Reading> readings, Understanding understanding, double score, Pass pass, String heard) {
        if (!understanding.intent().isUnknown() && score > 0) {
            readings.add(new Reading(understanding, Math.min(1, score), pass, heard));
        }
    }

    /**
     * How much a pass's words count, 0..1: its confidence in them (the mean and the weakest word
     * alike; words it could not make out count as unsure), times how much they stand out from
     * the room; nothing for noise.
     */
    private static double weight(Transcript transcript, Heard heard) {
        if (heard.isEmpty() || bogusSingleWord(heard)) {
            return 0;
        }
        double db = transcript.standsOutDb(heard);
        double loudness = Double.isNaN(db) ? 1 : db < NOISE_FLOOR_DB ? 0
                : Math.min(1, LEAST_LOUDNESS_WEIGHT + (1 - LEAST_LOUDNESS_WEIGHT) * (db - NOISE_FLOOR_DB) / (CLEAR_DB - NOISE_FLOOR_DB));
        long unknown = heard.words().stream().filter(w -> Heard.UNKNOWN_WORD.equals(w.word())).count();
        double known = 1 - (double) unknown / heard.words().size();
        // The weakest word counts as much as all the others: one unsure word is where a reading goes wrong.
        double confidence = (heard.meanConfidence() + heard.minConfidence()) / 2;
        return confidence * known * loudness;
    }

    /**
     * How much of what was heard speaks for the understanding: the match's own score, and for
     * an emergency named among other words, how much of the utterance the naming covers ("passed
     * out" is all of "he passed out" but little of "see knee a passed out", Spanish into the
     * English model). The square root keeps a short naming in a long sentence above the
     * emergency floor.
     */
    private static double evidence(Understanding understanding, Heard heard) {
        if (understanding.source() != Understanding.Source.EMERGENCY || understanding.phrase() == null) {
            return understanding.score();
        }
        double named = understanding.phrase().split(" ").length;
        return Math.sqrt(Math.min(1, named / Math.max(1, heard.words().size())));
    }

    private static double fit(double similarity) {
        return Math.max(0, (similarity - LEAST_SIMILARITY) / (1 - LEAST_SIMILARITY));
    }

    private static boolean bareName(Understanding understanding, Heard heard) {
        String intent = understanding.intent().name();
        return heard.words().size() <= BARE_NAME_WORDS
                && (Intent.OPEN_EXERCISE.equals(intent) || Intent.WHERE_TO_GO.equals(intent));
    }

    private static boolean bogusSingleWord(Heard heard) {
        if (heard.words().size() != 1) {
            return false;
        }
        HeardWord word = heard.words().get(0);
        return word.confidence() < SINGLE_WORD_CONFIDENCE || word.seconds() > SINGLE_WORD_MAX_SECONDS;
    }
}
