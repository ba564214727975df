package app.sala.understanding;

import app.sala.sentences.Intent;

/**
 * The intent found in one utterance, with how it was found and how sure the matcher is.
 *
 * @param intent  the intent; {@link Intent#unknown()} when nothing matched well enough
 * @param source  which path matched it
 * @param phrase  the sentence-template expansion the text was snapped to, or null
 * @param score   similarity of the text to that expansion, 0..1 (1 = exact); 0 for unknown
 */
public record Understanding(Intent intent, Source source, String phrase, double score) {

    public enum Source {
        /** The text is (nearly) one of the template expansions. */
        TEMPLATE,
        /** Free text matched by slot values and keywords (tolerant matcher). */
        KEYWORDS,
        /** An emergency condition was heard somewhere in the text. */
        EMERGENCY,
        /** Nothing matched. */
        NONE
    }

    public static Understanding unknown() {
        return new Understanding(Intent.unknown(), Source.NONE, null, 0);
    }
}
