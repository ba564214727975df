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
 *     to the nearest phrase;</li>
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

        Understanding emergency = emergency(language, grammarTrusted ? grammar.text() : null);
        if (emergency == null && free.words().size() >= FREE_MIN_WORDS && free.minConfidence() >= minConfidence) {
            emergency = emergency(language, freeTrusted ? free.text() : null);
        }
        if (emergency != null) {
            return emergency;
        }
        if (grammarTrusted) {
            Understanding snapped = assistant.snap(language, grammar.text());
            if (!snapped.intent().isUnknown()) {
                return snapped;
            }
        }
        if (freeTrusted) {
            Understanding understood = assistant.understand(language, free.text());
            // A short fragment counts only when it is exactly a phrase; keywords need a
            // question of a few words, each heard with confidence (Spanish speech into the
            // English model comes out as confident English-sounding fragments).
            boolean template = understood.source() == Understanding.Source.TEMPLATE;
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
