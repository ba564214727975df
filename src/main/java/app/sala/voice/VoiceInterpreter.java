package app.sala.voice;

import app.sala.content.CareSetting;
import app.sala.recognition.Heard;
import app.sala.recognition.HeardWord;
import app.sala.recognition.RecognitionProperties;
import app.sala.recognition.Transcript;
import app.sala.sentences.Intent;
import app.sala.sentences.IntentContract;
import app.sala.understanding.Assistant;
import app.sala.understanding.Understanding;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.springframework.stereotype.Component;

/**
 * Decides what an utterance meant, or that it is not sure. Wrong actions cost more than a
 * retry, so each path has to earn its answer:
 * <ol>
 * <li>an emergency wins, from anywhere: heard by free mode, or by grammar mode when the whole
 *     reading means that emergency;</li>
 * <li>grammar mode, when every word is in the phrase list and heard with confidence, snapped
 *     to the nearest phrase, or understood as if typed when free mode heard the same;</li>
 * <li>free mode, for questions of a few words outside the phrase list, through the tolerant
 *     matcher;</li>
 * <li>when none of these is sure, a second listen to the same audio for only the sentences
 *     nearest to what was heard ({@link #confirm});</li>
 * <li>otherwise unknown: "Sorry, I didn't catch that".</li>
 * </ol>
 * Noise makes Vosk end an utterance with one long bogus word ("help" in grammar mode), so a
 * single word must be short and very sure.
 */
@Component
public class VoiceInterpreter {

    private static final double SINGLE_WORD_CONFIDENCE = 0.9;
    /**
     * Free mode is for questions outside the phrase list, which take a few words; a shorter
     * fragment counts only when it is exactly one of the phrases.
     */
    private static final int FREE_MIN_WORDS = 3;
    /**
     * A visitor speaking to the kiosk is louder than the room while speaking; words Vosk fits
     * onto babble or hum are not. 10 dB SNR speech stands out by about 8 dB, babble by about 0.
     */
    private static final double MIN_STANDS_OUT_DB = 3;
    private static final double SINGLE_WORD_MAX_SECONDS = 1.2;
    /**
     * An exercise or a condition named on its own ("cow", "bird dog", "throwing up") is what
     * grammar mode makes of a short command in noise ("slow down", "turn it up"), so free mode
     * must have heard something like it too.
     */
    private static final int BARE_NAME_WORDS = 2;
    /** Half the letters: "cat cow" against "cow" agrees, "bird dog" against "they turned it around" does not. */
    private static final double BARE_NAME_AGREEMENT = 0.5;
    /** Among a handful of candidates Vosk is sure of more than among thousands, so more is asked. */
    private static final double AGAIN_CONFIDENCE = 0.9;
    /** Grammar and free mode heard nearly the same letters: the words are right. */
    private static final double AGREEMENT = 0.8;

    private final Assistant assistant;
    private final double minConfidence;

    public VoiceInterpreter(Assistant assistant, RecognitionProperties properties) {
        this.assistant = assistant;
        this.minConfidence = properties.minConfidence();
    }

    public Understanding interpret(String language, Transcript transcript) {
        Heard grammar = transcript.grammar();
        Heard free = transcript.free();
        // Every word of a grammar result must be sure: Spanish into the English model comes
        // out as confident phrase-list fragments ("might not see all the e r") with one unsure word.
        boolean grammarTrusted = !grammar.hasUnknownWords() && trusted(transcript, grammar)
                && grammar.minConfidence() >= minConfidence;
        boolean freeTrusted = trusted(transcript, free);

        Understanding freeEmergency = free.words().size() >= FREE_MIN_WORDS && free.minConfidence() >= minConfidence
                ? emergency(language, freeTrusted ? free.text() : null) : null;
        Understanding grammarEmergency = emergency(language, grammarTrusted ? grammar.text() : null);
        Understanding snapped = grammarTrusted ? assistant.snap(language, grammar.text()) : Understanding.unknown();
        // Grammar mode strings phrase-list words together; an emergency named among unrelated
        // ones ("see knee a passed out", Spanish into the English model) must also be what the
        // whole sentence snaps to, or be heard by free mode too.
        if (grammarEmergency != null && (freeEmergency != null || isEmergency(snapped))) {
            return grammarEmergency;
        }
        if (freeEmergency != null) {
            return freeEmergency;
        }
        double agreement = agreement(grammar, free);
        if (grammarTrusted) {
            if (!snapped.intent().isUnknown() && !(bareName(snapped, grammar) && agreement < BARE_NAME_AGREEMENT)) {
                return snapped;
            }
            // Both recognizers heard the same words, so the words are right even though they
            // are not one of the sentences: understood as if typed.
            if (agreement >= AGREEMENT) {
                Understanding understood = assistant.understand(language, grammar.text());
                if (!understood.intent().isUnknown()) {
                    return understood;
                }
            }
        }
        if (freeTrusted) {
            Understanding understood = assistant.understand(language, free.text());
            // A short fragment counts only when it is exactly a phrase, and not one word on its
            // own, which is what free mode makes of noise or of a word half heard ("reading"
            // for "stop reading"); keywords need a question of a few words, each heard with
            // confidence (Spanish speech into the English model comes out as confident
            // English-sounding fragments).
            boolean template = understood.source() == Understanding.Source.TEMPLATE && free.words().size() > 1;
            boolean question = free.words().size() >= FREE_MIN_WORDS && free.minConfidence() >= minConfidence;
            if (!understood.intent().isUnknown() && (template || question)) {
                return understood;
            }
        }
        return Understanding.unknown();
    }

    /**
     * What a second listen, for only the sentences nearest to the first readings, makes of an
     * utterance the first pass was unsure of. It must be very sure, stand out from the room, and
     * correct the first grammar reading rather than repeat it: with a handful of candidates a
     * doubtful reading comes back confident ("have a cold" for "help" in babble).
     */
    public Understanding confirm(String language, Transcript transcript, Heard again) {
        if (again.isEmpty() || again.hasUnknownWords() || again.minConfidence() < AGAIN_CONFIDENCE
                || again.text().equals(transcript.grammar().text()) || bogusSingleWord(again)
                || !standsOut(transcript, again)) {
            return Understanding.unknown();
        }
        Understanding snapped = assistant.snap(language, again.text());
        if (bareName(snapped, again) && agreement(again, transcript.free()) < BARE_NAME_AGREEMENT) {
            return Understanding.unknown();
        }
        return snapped;
    }

    private Understanding emergency(String language, String text) {
        if (text == null) {
            return null;
        }
        Understanding understood = assistant.understand(language, text);
        return understood.source() == Understanding.Source.EMERGENCY ? understood : null;
    }

    /**
     * How alike the two recognizers' readings sound, 0..1: one minus the letter edit distance
     * over the longer reading, letters only ("[unk]", spaces and apostrophes left out), because
     * the recognizers split and spell the same sounds differently ("mayfield" for "may feel").
     */
    static double agreement(Heard grammar, Heard free) {
        String a = letters(grammar.text());
        String b = letters(free.text());
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int edits = LevenshteinDistance.getDefaultInstance().apply(a, b);
        return 1 - (double) edits / Math.max(a.length(), b.length());
    }

    private static String letters(String text) {
        return text.replace(Heard.UNKNOWN_WORD, "").replaceAll("[^\\p{L}]", "");
    }

    private static boolean bareName(Understanding snapped, Heard heard) {
        String intent = snapped.intent().name();
        return heard.words().size() <= BARE_NAME_WORDS
                && (Intent.OPEN_EXERCISE.equals(intent) || Intent.WHERE_TO_GO.equals(intent));
    }

    private static boolean isEmergency(Understanding understanding) {
        return Intent.WHERE_TO_GO.equals(understanding.intent().name())
                && CareSetting.EMERGENCY.equals(understanding.intent().slots().get(IntentContract.SETTING));
    }

    private static boolean standsOut(Transcript transcript, Heard heard) {
        double db = transcript.standsOutDb(heard);
        return Double.isNaN(db) || db >= MIN_STANDS_OUT_DB;
    }

    /**
     * Heard with confidence on average (one unsure word among sure ones is common in a noisy
     * room), louder than the room, and not one long unsure word.
     */
    private boolean trusted(Transcript transcript, Heard heard) {
        return !heard.isEmpty() && heard.meanConfidence() >= minConfidence && !bogusSingleWord(heard)
                && standsOut(transcript, heard);
    }

    private static boolean bogusSingleWord(Heard heard) {
        if (heard.words().size() != 1) {
            return false;
        }
        HeardWord word = heard.words().get(0);
        return word.confidence() < SINGLE_WORD_CONFIDENCE || word.seconds() > SINGLE_WORD_MAX_SECONDS;
    }
}
