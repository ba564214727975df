package app.sala.sentences;

import java.util.List;
import java.util.Map;

/**
 * One language's sentence file as written: how to compare words, the slot lists, the
 * expansion rules, the sentences of each intent, keywords for questions outside the
 * sentences, the responses, the labels of the choices Sala offers when it asks "did you
 * mean...?", and the examples shown to visitors.
 */
public record SentenceFile(
        String fileName,
        String language,
        TextNormalizer normalizer,
        Map<String, SlotList> lists,
        Map<String, SentenceTemplate> rules,
        Map<String, List<IntentSentences>> intents,
        Map<String, List<Located>> keywords,
        Map<String, Map<String, Located>> responses,
        Map<String, Map<String, Located>> choices,
        List<String> examples) {

    /** A template or text with where it was found in the file, for messages. */
    public record Located(String where, String text, SentenceTemplate template) {
    }

    /** A group of sentences of one intent that share their fixed slots. */
    public record IntentSentences(String where, List<Located> sentences, Map<String, String> slots) {
    }

    /** The response of an intent that has only one. */
    public static final String SINGLE = "";
}
