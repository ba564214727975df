package app.sala.voice.route;

import app.sala.recognition.Heard;
import app.sala.understanding.Assistant;
import app.sala.understanding.Understanding;
import java.util.List;

/**
 * What the decision asks of a language's sentences about words a recognizer heard. For a
 * language with its own model the words are the language's ({@link #of}); through the phonetic
 * bridge they are the model's words for its sounds ({@link ListeningRoute}).
 */
public interface SentenceMatcher {

    /** The readings nearest to the words, one per meaning, nearest first, each scored by its similarity (0..1). */
    List<Understanding> nearestReadings(Heard heard, int count);

    /** The sentence the words are, word for word, or unknown. */
    Understanding exactly(Heard run);

    /** The words as free text: an emergency named anywhere in them, keywords, the nearest sentence. */
    Understanding understand(Heard heard);

    /** A second listen's words (one of a few sentences) snapped to its sentence, or unknown. */
    Understanding snap(Heard heard);

    /** The words as the visitor said them, to show; "[unk]" left out. */
    String text(Heard heard);

    /** The language's own words, understood by the assistant as they are. */
    static SentenceMatcher of(Assistant assistant, String language) {
        return new SentenceMatcher() {
            @Override
            public List<Understanding> nearestReadings(Heard heard, int count) {
                return assistant.nearestReadings(language, text(heard), count);
            }

            @Override
            public Understanding exactly(Heard run) {
                return assistant.exactly(language, run.text());
            }

            @Override
            public Understanding understand(Heard heard) {
                return assistant.understand(language, heard.text());
            }

            @Override
            public Understanding snap(Heard heard) {
                return assistant.snap(language, heard.text());
            }

            @Override
            public String text(Heard heard) {
                return heard.text().replace(Heard.UNKNOWN_WORD, " ").strip().replaceAll(" +", " ");
            }
        };
    }
}
