package app.sala.assistant;

import app.sala.recognition.Heard;
import app.sala.recognition.HeardWord;
import app.sala.recognition.RecognitionProperties;
import app.sala.recognition.Transcript;
import org.springframework.stereotype.Component;

/**
 * Decides what an utterance meant, or that it is not sure. Wrong actions cost more than a
 * retry, so each path has to earn its answer:
 * <ol>
 * <li>an emergency heard by either recognizer wins, from anywhere;</li>
 * <li>grammar mode, when every word is in the phrase list and heard with confidence, snapped
 *     to the nearest phrase, or understood as if typed when free mode heard the same;</li>
 * <li>free mode, for questions of a few words outside the phrase list, through the tolerant
 *     matcher;</li>
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
    private static final double BARE_NAME_AGREEMENT = 0.5;
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
        // Grammar mode strings phrase-list words together; an emergency named among unrelated
        // ones ("see knee a passed out", Spanish into the English model) must also be what the
        // whole sentence snaps to, or be heard by free mode too.
        if (grammarEmergency != null && (freeEmergency != null || isEmergency(assistant.snap(language, grammar.text())))) {
            return grammarEmergency;
        }
        if (freeEmergency != null) {
            return freeEmergency;
        }
        double agreement = agreement(grammar, free);
        if (grammarTrusted) {
            Understanding snapped = assistant.snap(language, grammar.text());
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

    private Understanding emergency(String language, String text) {
        if (text == null) {
            return null;
        }
        Understanding understood = assistant.understand(language, text);
        return understood.source() == Understanding.Source.EMERGENCY ? understood : null;
    }

    /**
     * How alike the two recognizers' readings sound, 0..1: one minus the letter edit distance
     * over the longer reading, spaces and "[unk]" left out.
     */
    static double agreement(Heard grammar, Heard free) {
        String a = letters(grammar.text());
        String b = letters(free.text());
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / Math.max(a.length(), b.length());
    }

    private static String letters(String text) {
        return text.replace(Heard.UNKNOWN_WORD, "").replaceAll("[^\\p{L}]", "");
    }

    private static boolean bareName(Understanding snapped, Heard grammar) {
        String intent = snapped.intent().name();
        return grammar.words().size() <= BARE_NAME_WORDS
                && (Intent.OPEN_EXERCISE.equals(intent) || Intent.WHERE_TO_GO.equals(intent));
    }

    private static boolean isEmergency(Understanding understanding) {
        return Intent.WHERE_TO_GO.equals(understanding.intent().name())
                && "emergency".equals(understanding.intent().slots().get("setting"));
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
